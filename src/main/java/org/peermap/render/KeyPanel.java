package org.peermap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.peermap.model.PersonKind;
import org.peermap.model.RelationshipType;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * The key: a bordered panel titled "Key" with one row per symbol the map uses (a 40 pt sample drawn by
 * the same code as the map, then its words), and nothing the map does not use.
 */
public final class KeyPanel {
    public static final double WIDTH = 190;
    static final double TEXT_SIZE = 8.5;
    public static final double SAMPLE = 40;
    private static final double PAD = 8;
    private static final double ROW_GAP = 3;

    /** A person shape shown in the key. */
    public record PersonSample(PersonKind kind, boolean focus) {}

    /**
     * One row of the key.
     *
     * @param sample draws the sample centred on the given point, within {@link #SAMPLE} points wide
     * @param label the words beside it
     * @param height the least height of the row
     */
    public record Row(Function<Point, List<Shape>> sample, String label, double height) {}

    /** The panel's shapes and height. */
    public record Panel(List<Shape> shapes, double height) {}

    private KeyPanel() {}

    /** A row for a relationship line type, drawn with {@link LineDrawer}. */
    public static Row line(RelationshipType type) {
        return new Row(mid -> LineDrawer.draw(type, straight(new Point(mid.x() - SAMPLE / 2, mid.y()),
                new Point(mid.x() + SAMPLE / 2, mid.y())), 0), type.label(), 14);
    }

    /** A row for a person shape. */
    public static Row person(PersonSample person) {
        return new Row(mid -> PersonDrawer.shape(person.kind(), person.focus(), mid,
                person.kind() == PersonKind.YOUNG_PERSON ? 34 : 32, 18),
                PersonDrawer.keyLabel(person.kind(), person.focus()), 20);
    }

    /** The rows of a map's key for its line types and person shapes. */
    public static List<Row> peerMapRows(List<RelationshipType> types, List<PersonSample> people) {
        List<Row> rows = new ArrayList<>();
        types.forEach(t -> rows.add(line(t)));
        people.forEach(p -> rows.add(person(p)));
        return rows;
    }

    /** Says which incidents have no outline: "Incidents 5-8 are shown by their numbers only". */
    public static String leftOutWords(List<Integer> numbers) {
        return numbersWords(numbers) + ": no outline (it would cross others); the numbers show who was there";
    }

    /** "Incident 3", "Incidents 1, 2", "Incidents 4-7, 9": numbers in order, runs joined. */
    public static String numbersWords(List<Integer> numbers) {
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(numbers.get(i));
            if (j > i) {
                s.append(j == i + 1 ? ", " : "-").append(numbers.get(j));
            }
            i = j + 1;
        }
        boolean one = numbers.size() == 1;
        return (one ? "Incident " : "Incidents ") + s;
    }

    /** The panel with its top-left corner at ({@code x}, {@code y}); its border is the first shape. */
    public static Panel draw(double x, double y, List<Row> rows) {
        List<Shape> shapes = new ArrayList<>();
        double textX = x + PAD + SAMPLE + 8;
        double textWidth = WIDTH - (textX - x) - PAD;
        double cursor = y + PAD + 10;
        shapes.add(new Shape.Text(new Point(x + PAD, cursor), "Key", 10, true, Shape.Anchor.START, Style.BLACK));
        cursor += 8;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<String> lines = TextWrap.wrap(row.label(), textWidth, TEXT_SIZE, false);
            double rowHeight = Math.max(row.height(), lines.size() * (TEXT_SIZE + 2));
            double mid = cursor + rowHeight / 2;
            List<Shape> rowShapes = new ArrayList<>();
            rowShapes.add(new Shape.Group("pm-sample", row.sample().apply(new Point(x + PAD + SAMPLE / 2, mid))));
            double baseline = mid - (lines.size() * (TEXT_SIZE + 2)) / 2 + TEXT_SIZE * 0.9;
            for (String line : lines) {
                rowShapes.add(new Shape.Text(new Point(textX, baseline), line, TEXT_SIZE, false, Shape.Anchor.START,
                        Style.BLACK));
                baseline += TEXT_SIZE + 2;
            }
            shapes.add(new Shape.Group("pm-key-row", List.of(Shape.Data.of("row", r + 1)), rowShapes));
            cursor += rowHeight + ROW_GAP;
        }
        double height = cursor - y + PAD - ROW_GAP;
        shapes.add(0, new Shape.Rect(x, y, WIDTH, height, 0, Style.stroke(Style.BLACK, 0.8).withFill("#ffffff")));
        return new Panel(List.of(new Shape.Group("pm-key", shapes)), height);
    }

    static List<Point> straight(Point a, Point b) {
        return List.of(a, new Point(a.x() + (b.x() - a.x()) / 3, a.y() + (b.y() - a.y()) / 3),
                new Point(a.x() + 2 * (b.x() - a.x()) / 3, a.y() + 2 * (b.y() - a.y()) / 3), b);
    }
}
