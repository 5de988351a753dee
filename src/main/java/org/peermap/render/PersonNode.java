package org.peermap.render;

import java.util.ArrayList;
import java.util.List;
import org.peermap.anonymise.Printed;
import org.peermap.model.Person;
import org.peermap.model.PersonKind;

/**
 * How one person is drawn: the label lines inside the shape ({@code AB, 15}, then the plan, then the assessed
 * risk level and workers, for example {@code medium risk · UV}) and the shape's size, measured with the map's
 * font. The risk and workers line is plain type like the plan: no colour, no badge.
 */
public record PersonNode(String label, String detail, String practice, PersonKind kind, boolean focus, double width,
        double height, List<Integer> incidents) {

    public static final double LABEL_SIZE = 10;
    public static final double DETAIL_SIZE = 10;
    private static final double LINE_GAP = 2;
    /** Text in a node is cut to this width (the appendix has it whole), so no node grows absurdly wide. */
    static final double MAX_TEXT = 110;

    public PersonNode {
        incidents = List.copyOf(incidents);
    }

    /** A node without badges or a risk and workers line. */
    public PersonNode(String label, String detail, PersonKind kind, boolean focus, double width, double height) {
        this(label, detail, "", kind, focus, width, height, List.of());
    }

    public static PersonNode of(Person p, Printed printed) {
        return of(p, printed, List.of());
    }

    /**
     * The node of a person involved in {@code incidents} (their numbers, in order), which are shown as a
     * row of badges under the label, inside the shape.
     */
    public static PersonNode of(Person p, Printed printed, List<Integer> incidents) {
        return of(p, printed, incidents, true);
    }

    /** As {@link #of(Person, Printed, List)}; without {@code practice}, no risk and workers line. */
    public static PersonNode of(Person p, Printed printed, List<Integer> incidents, boolean practice) {
        String label = printed.person(p.id()) + printed.age(p).map(a -> ", " + a).orElse("");
        String detail = TitleBlock.fit(p.plan().filter(plan -> !plan.equalsIgnoreCase("none")).orElse(""),
                MAX_TEXT, DETAIL_SIZE, false);
        String practiceLine = practice ? TitleBlock.fit(practice(p, printed), MAX_TEXT, DETAIL_SIZE, false) : "";
        double textWidth = Math.max(Math.max(Math.max(Fonts.width(label, LABEL_SIZE, true),
                Fonts.width(detail, DETAIL_SIZE, false)), Fonts.width(practiceLine, DETAIL_SIZE, false)),
                Badges.Block.of(incidents).width());
        double textHeight = textHeight(detail, practiceLine, incidents);
        double width;
        double height;
        if (p.kind() == PersonKind.YOUNG_PERSON && !incidents.isEmpty()) {
            // the badge row's corners must be inside too: an ellipse through the corners of the text block
            width = Math.max(48, (textWidth + 6) * 1.42);
            height = Math.max(30, (textHeight + 4) * 1.42);
        } else if (p.kind() == PersonKind.YOUNG_PERSON) {
            // an ellipse holds a centred text box of w x h when its axes are sqrt(2) times larger
            width = Math.max(48, (textWidth + 8) * 1.3);
            height = Math.max(30, (textHeight + 6) * 1.45);
        } else {
            width = Math.max(44, textWidth + 16);
            height = Math.max(26, textHeight + 12);
        }
        return new PersonNode(label, detail, practiceLine, p.kind(), p.focus(), round(width), round(height),
                incidents);
    }

    /**
     * The risk and workers line of a person: {@code medium risk · UV, WX}, {@code high risk}, {@code UV}, or
     * empty when the case gives neither. Workers are printed by their codes, as everywhere on a map.
     */
    public static String practice(Person p, Printed printed) {
        List<String> parts = new ArrayList<>();
        p.practice().risk().ifPresent(r -> parts.add(r.word() + " risk"));
        List<String> workers = p.practice().workers().stream().filter(printed::hasPerson).map(printed::person)
                .toList();
        if (!workers.isEmpty()) {
            parts.add(String.join(", ", workers));
        }
        return String.join(" \u00b7 ", parts);
    }

    /**
     * The small node of a person on an overview of a large group: the label alone ({@code AB, 15}), in a
     * shape just large enough for it, without the plan or badges.
     */
    public static PersonNode compact(Person p, Printed printed) {
        String label = printed.person(p.id()) + printed.age(p).map(a -> ", " + a).orElse("");
        double textWidth = Fonts.width(label, LABEL_SIZE, true);
        double width;
        double height;
        if (p.kind() == PersonKind.YOUNG_PERSON) {
            width = Math.max(30, (textWidth + 6) * 1.25);
            height = 22;
        } else {
            width = Math.max(28, textWidth + 12);
            height = 18;
        }
        return new PersonNode(label, "", "", p.kind(), p.focus(), round(width), round(height), List.of());
    }

    /** The label lines, each with its font size and weight, top to bottom. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(label, LABEL_SIZE, true));
        if (!detail.isEmpty()) {
            lines.add(new Line(detail, DETAIL_SIZE, false));
        }
        if (!practice.isEmpty()) {
            lines.add(new Line(practice, DETAIL_SIZE, false));
        }
        return lines;
    }

    /** Total height of the label lines and the badge row. */
    public double textHeight() {
        return textHeight(detail, practice, incidents);
    }

    private static double textHeight(String detail, String practice, List<Integer> incidents) {
        return LABEL_SIZE + (detail.isEmpty() ? 0 : LINE_GAP + DETAIL_SIZE)
                + (practice.isEmpty() ? 0 : LINE_GAP + DETAIL_SIZE)
                + (incidents.isEmpty() ? 0 : Badges.GAP_ABOVE + Badges.Block.of(incidents).height());
    }

    /** The badges for the incidents, as drawn: at most two rows, later ones counted in a "+N" box. */
    public Badges.Block badges() {
        return Badges.Block.of(incidents);
    }

    public static double lineGap() {
        return LINE_GAP;
    }

    private static double round(double v) {
        return Math.ceil(v);
    }

    /** One line of a node's label. */
    public record Line(String text, double size, boolean bold) {}
}
