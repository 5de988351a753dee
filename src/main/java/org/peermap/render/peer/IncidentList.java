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

    private IncidentList() {}

    /** The words of one incident's row: date and time, what, place. */
    static String words(Incident i, Printed printed) {
        return i.date().printed() + i.time().map(t -> " " + Dates.time(t)).orElse("") + " "
                + IncidentOutlines.label(i, printed);
    }

    /**
     * The panel with its top-left corner at ({@code x}, {@code y}) and {@code width} wide.
     *
     * @param members for each incident, the printed numbers (from 1) of the people involved
     */
    static KeyPanel.Panel draw(double x, double y, double width, List<Incident> incidents,
            java.util.function.Function<Incident, List<Integer>> members, Printed printed) {
        List<Shape> shapes = new ArrayList<>();
        double cursor = y + PAD + 10;
        shapes.add(new Shape.Text(new Point(x + PAD, cursor), "Incidents", 10, true, Shape.Anchor.START,
                Style.BLACK));
        cursor += 6;
        double numberWidth = Badges.width(Math.max(9, incidents.stream().mapToInt(Incident::number).max().orElse(0))) + 6;
        double textX = x + PAD + numberWidth;
        double textWidth = width - (textX - x) - PAD;
        for (Incident i : incidents) {
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
            cursor += Math.max(Badges.HEIGHT + 2, lines.size() * LINE) + ROW_GAP;
        }
        double height = cursor - y + PAD - ROW_GAP;
        shapes.add(0, new Shape.Rect(x, y, width, height, 0, Style.stroke(Style.BLACK, 0.8).withFill("#ffffff")));
        return new KeyPanel.Panel(List.of(new Shape.Group("pm-incidents", shapes)), height);
    }

    /** The height the panel will take, without drawing it. */
    static double height(double width, List<Incident> incidents, Printed printed) {
        return draw(0, 0, width, incidents, i -> List.of(), printed).height();
    }
}
