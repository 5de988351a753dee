package org.peermap.render;

import java.util.ArrayList;
import java.util.List;
import org.peermap.model.PersonKind;
import org.peermap.model.RelationshipType;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * The key: a bordered panel titled "Key" with a 40 pt sample of each line type the map uses, drawn by
 * the same code as the map, then each person shape used and the incident outline, and nothing the map
 * does not use.
 */
public final class KeyPanel {
    static final double WIDTH = 178;
    static final double TEXT_SIZE = 9;
    static final double SAMPLE = 40;
    private static final double PAD = 8;
    private static final double ROW_GAP = 6;

    /** A person shape shown in the key. */
    public record PersonSample(PersonKind kind, boolean focus) {}

    private KeyPanel() {}

    /** The panel's shapes with its top-left corner at ({@code x}, {@code y}); the last shape is its border. */
    public static Panel draw(double x, double y, List<RelationshipType> types, List<PersonSample> people,
            boolean incidents) {
        List<Shape> shapes = new ArrayList<>();
        double textX = x + PAD + SAMPLE + 8;
        double textWidth = WIDTH - (textX - x) - PAD;
        double cursor = y + PAD + 10;
        shapes.add(new Shape.Text(new Point(x + PAD, cursor), "Key", 10, true, Shape.Anchor.START, Style.BLACK));
        cursor += 8;
        for (RelationshipType type : types) {
            List<String> lines = TextWrap.wrap(type.label(), textWidth, TEXT_SIZE, false);
            double rowHeight = Math.max(14, lines.size() * (TEXT_SIZE + 2));
            double mid = cursor + rowHeight / 2;
            Point a = new Point(x + PAD, mid);
            Point b = new Point(x + PAD + SAMPLE, mid);
            shapes.addAll(LineDrawer.draw(type, straight(a, b), 0));
            text(shapes, lines, textX, mid - (lines.size() * (TEXT_SIZE + 2)) / 2);
            cursor += rowHeight + ROW_GAP;
        }
        for (PersonSample person : people) {
            List<String> lines = TextWrap.wrap(PersonDrawer.keyLabel(person.kind(), person.focus()), textWidth,
                    TEXT_SIZE, false);
            double rowHeight = Math.max(20, lines.size() * (TEXT_SIZE + 2));
            double mid = cursor + rowHeight / 2;
            shapes.addAll(PersonDrawer.shape(person.kind(), person.focus(), new Point(x + PAD + SAMPLE / 2, mid),
                    person.kind() == PersonKind.YOUNG_PERSON ? 34 : 32, 18));
            text(shapes, lines, textX, mid - (lines.size() * (TEXT_SIZE + 2)) / 2);
            cursor += rowHeight + ROW_GAP;
        }
        if (incidents) {
            List<String> lines = TextWrap.wrap("Incident: the people involved in one event (date, what, place)",
                    textWidth, TEXT_SIZE, false);
            double rowHeight = Math.max(22, lines.size() * (TEXT_SIZE + 2));
            double mid = cursor + rowHeight / 2;
            shapes.add(new Shape.Rect(x + PAD, mid - 10, SAMPLE, 20, 8, Style.stroke(IncidentOutlines.STROKE,
                    IncidentOutlines.STROKE_WIDTH).withFill(IncidentOutlines.TINTS.get(0),
                    IncidentOutlines.FILL_OPACITY)));
            text(shapes, lines, textX, mid - (lines.size() * (TEXT_SIZE + 2)) / 2);
            cursor += rowHeight + ROW_GAP;
        }
        double height = cursor - y + PAD - ROW_GAP;
        shapes.add(0, new Shape.Rect(x, y, WIDTH, height, 0, Style.stroke(Style.BLACK, 0.8).withFill("#ffffff")));
        return new Panel(shapes, height);
    }

    /** The panel's shapes and height. */
    public record Panel(List<Shape> shapes, double height) {}

    private static void text(List<Shape> shapes, List<String> lines, double x, double top) {
        double baseline = top + TEXT_SIZE * 0.9;
        for (String line : lines) {
            shapes.add(new Shape.Text(new Point(x, baseline), line, TEXT_SIZE, false, Shape.Anchor.START,
                    Style.BLACK));
            baseline += TEXT_SIZE + 2;
        }
    }

    static List<Point> straight(Point a, Point b) {
        return List.of(a, new Point(a.x() + (b.x() - a.x()) / 3, a.y() + (b.y() - a.y()) / 3),
                new Point(a.x() + 2 * (b.x() - a.x()) / 3, a.y() + 2 * (b.y() - a.y()) / 3), b);
    }
}
