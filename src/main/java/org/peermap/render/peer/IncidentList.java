package org.peermap.render.peer;

import java.util.ArrayList;
import java.util.List;
import org.peermap.anonymise.Printed;
import org.peermap.model.Incident;
import org.peermap.render.Badges;
import org.peermap.render.Dates;
import org.peermap.render.KeyPanel;
import org.peermap.render.TextWrap;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * The list of incidents beside the key: each incident's number (as on its tab and on the people's
 * badges), its date and time, what happened and where. The full description lives here, so the tabs on
 * the map need only the number and a short date.
 */
final class IncidentList {
    static final double TEXT_SIZE = 8.5;
    private static final double PAD = 8;
    private static final double LINE = TEXT_SIZE + 2;
    private static final double ROW_GAP = 4;
    /** From the panel's top to its first row: padding, the heading and a gap. */
    private static final double HEAD = PAD + 10 + 6;

    private IncidentList() {}

    /** The words of one incident's row: date and time, what, place. */
    static String words(Incident i, Printed printed) {
        return i.date().printed() + i.time().map(t -> " " + Dates.time(t)).orElse("") + " "
                + IncidentOutlines.label(i, printed)
                + (i.how().marked() ? " (" + i.how().known().orElseThrow().word() + ")" : "");
    }

    /**
     * The panel with its top-left corner at ({@code x}, {@code y}) and {@code width} wide, listing the first
     * {@code shown} incidents; when that is fewer than all, a last line says how many more the appendix lists.
     *
     * @param members for each incident, the printed numbers (from 1) of the people involved
     */
    static KeyPanel.Panel draw(double x, double y, double width, List<Incident> incidents, int shown,
            java.util.function.Function<Incident, List<Integer>> members, Printed printed) {
        List<Shape> shapes = new ArrayList<>();
        double cursor = y + HEAD;
        shapes.add(new Shape.Text(new Point(x + PAD, y + PAD + 10), "Incidents", 10, true, Shape.Anchor.START,
                Style.BLACK));
        double textX = x + PAD + numberWidth(incidents);
        double textWidth = width - (textX - x) - PAD;
        for (Incident i : incidents.subList(0, shown)) {
            List<String> lines = TextWrap.wrap(words(i, printed), textWidth, TEXT_SIZE, false);
            List<Shape> row = new ArrayList<>();
            double top = cursor + 2;
            row.addAll(Badges.badge(i.number(), x + PAD, top));
            double baseline = top + Badges.HEIGHT - 3.2;
            for (String line : lines) {
                row.add(new Shape.Text(new Point(textX, baseline), line, TEXT_SIZE, false, Shape.Anchor.START,
                        Style.BLACK));
                baseline += LINE;
            }
            shapes.add(new Shape.Group("pm-incident", List.of(Shape.Data.of("incident", i.number()),
                    Shape.Data.of("members", members.apply(i))), row));
            cursor += rowHeight(lines.size());
        }
        if (shown < incidents.size()) {
            List<Shape> more = new ArrayList<>();
            double baseline = cursor + 2 + Badges.HEIGHT - 3.2;
            for (String line : TextWrap.wrap(more(incidents.size() - shown), width - 2 * PAD, TEXT_SIZE, false)) {
                more.add(new Shape.Text(new Point(x + PAD, baseline), line, TEXT_SIZE, false, Shape.Anchor.START,
                        Style.BLACK));
                baseline += LINE;
            }
            shapes.add(new Shape.Group("pm-incidents-more", List.of(Shape.Data.of("more", incidents.size() - shown)),
                    more));
            cursor += rowHeight(more.size());
        }
        double height = cursor - y + PAD - ROW_GAP;
        shapes.add(0, new Shape.Rect(x, y, width, height, 0, Style.stroke(Style.BLACK, 0.8).withFill("#ffffff")));
        return new KeyPanel.Panel(List.of(new Shape.Group("pm-incidents", shapes)), height);
    }

    /** "and 472 more (see the Chronology in the appendix)": the last line of a list cut to fit its page. */
    static String more(int left) {
        return "and " + left + " more (see the Chronology in the appendix)";
    }

    /**
     * The heights the panel takes showing 0, 1, ... all of the incidents, without drawing it: a page with
     * little room shows the first ones and says how many more the appendix lists.
     */
    static Sizes sizes(double width, List<Incident> incidents, Printed printed) {
        double textWidth = width - 2 * PAD - numberWidth(incidents);
        double[] heights = new double[incidents.size() + 1];
        double rows = 0;
        for (int k = 0; k <= incidents.size(); k++) {
            double more = k == incidents.size() ? 0
                    : rowHeight(TextWrap.wrap(more(incidents.size() - k), width - 2 * PAD, TEXT_SIZE, false).size());
            heights[k] = HEAD + rows + more + PAD - ROW_GAP;
            if (k < incidents.size()) {
                rows += rowHeight(TextWrap.wrap(words(incidents.get(k), printed), textWidth, TEXT_SIZE, false).size());
            }
        }
        return new Sizes(heights);
    }

    /** The list's heights by the number of incidents shown; no incidents is no list, of height 0. */
    record Sizes(double[] heights) {
        static Sizes none() {
            return new Sizes(new double[] {0});
        }

        int all() {
            return heights.length - 1;
        }

        double whole() {
            return heights[all()];
        }

        /** The height showing the first {@code rows} incidents (and the line that says how many more). */
        double height(int rows) {
            return heights[rows];
        }

        /** The most incidents that fit in {@code room} (0 when even the heading and the last line do not). */
        int rowsWithin(double room) {
            int rows = all();
            while (rows > 0 && heights[rows] > room) {
                rows--;
            }
            return rows;
        }
    }

    private static double numberWidth(List<Incident> incidents) {
        return Badges.width(Math.max(9, incidents.stream().mapToInt(Incident::number).max().orElse(0))) + 6;
    }

    private static double rowHeight(int lines) {
        return Math.max(Badges.HEIGHT + 2, lines * LINE) + ROW_GAP;
    }
}
