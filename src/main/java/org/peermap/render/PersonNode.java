package org.peermap.render;

import java.util.ArrayList;
import java.util.List;
import org.peermap.anonymise.Printed;
import org.peermap.model.Person;
import org.peermap.model.PersonKind;

/**
 * How one person is drawn: the label lines inside the shape ({@code AB, 15}, then the plan in small
 * type) and the shape's size, measured with the map's font.
 */
public record PersonNode(String label, String detail, PersonKind kind, boolean focus, double width, double height) {

    public static final double LABEL_SIZE = 10;
    public static final double DETAIL_SIZE = 10;
    private static final double LINE_GAP = 2;
    /** Text in a node is cut to this width (the appendix has it whole), so no node grows absurdly wide. */
    static final double MAX_TEXT = 110;

    public static PersonNode of(Person p, Printed printed) {
        String label = printed.person(p.id()) + printed.age(p).map(a -> ", " + a).orElse("");
        String detail = TitleBlock.fit(p.plan().filter(plan -> !plan.equalsIgnoreCase("none")).orElse(""),
                MAX_TEXT, DETAIL_SIZE, false);
        double textWidth = Math.max(Fonts.width(label, LABEL_SIZE, true), Fonts.width(detail, DETAIL_SIZE, false));
        double textHeight = LABEL_SIZE + (detail.isEmpty() ? 0 : LINE_GAP + DETAIL_SIZE);
        double width;
        double height;
        if (p.kind() == PersonKind.YOUNG_PERSON) {
            // an ellipse holds a centred text box of w x h when its axes are sqrt(2) times larger
            width = Math.max(48, (textWidth + 8) * 1.3);
            height = Math.max(30, (textHeight + 6) * 1.45);
        } else {
            width = Math.max(44, textWidth + 16);
            height = Math.max(26, textHeight + 12);
        }
        return new PersonNode(label, detail, p.kind(), p.focus(), round(width), round(height));
    }

    /** The label lines, each with its font size and weight, top to bottom. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(label, LABEL_SIZE, true));
        if (!detail.isEmpty()) {
            lines.add(new Line(detail, DETAIL_SIZE, false));
        }
        return lines;
    }

    /** Total height of the label lines. */
    public double textHeight() {
        return LABEL_SIZE + (detail.isEmpty() ? 0 : LINE_GAP + DETAIL_SIZE);
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
