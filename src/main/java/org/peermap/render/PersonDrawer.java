package org.peermap.render;

import java.util.ArrayList;
import java.util.List;
import org.peermap.model.PersonKind;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * Draws a person: a young person as an ellipse, an adult as a rectangle, a professional as a rounded
 * rectangle with a double border; the focus young person with a thick outline and a light grey fill.
 * Shapes, not colours, tell them apart on a greyscale print.
 */
public final class PersonDrawer {
    static final double OUTLINE = 1.2;
    static final double FOCUS_OUTLINE = 2.8;
    static final String FOCUS_FILL = "#e3e3e3";
    static final String WHITE = "#ffffff";

    private PersonDrawer() {}

    /** The shape alone, centred on {@code centre}, {@code width} x {@code height}. */
    public static List<Shape> shape(PersonKind kind, boolean focus, Point centre, double width, double height) {
        Style style = Style.stroke(Style.BLACK, focus ? FOCUS_OUTLINE : OUTLINE).withFill(focus ? FOCUS_FILL : WHITE);
        double x = centre.x() - width / 2;
        double y = centre.y() - height / 2;
        List<Shape> shapes = new ArrayList<>();
        switch (kind) {
            case YOUNG_PERSON -> shapes.add(new Shape.Ellipse(centre, width / 2, height / 2, style));
            case ADULT -> shapes.add(new Shape.Rect(x, y, width, height, 0, style));
            case PROFESSIONAL -> {
                shapes.add(new Shape.Rect(x, y, width, height, 7, style));
                double inset = 2.6;
                shapes.add(new Shape.Rect(x + inset, y + inset, width - 2 * inset, height - 2 * inset, 5,
                        Style.stroke(Style.BLACK, 0.8)));
            }
        }
        return shapes;
    }

    /** The shape and its centred label lines (no badges). */
    public static List<Shape> draw(PersonNode node, Point centre) {
        List<Shape> shapes = new ArrayList<>(shape(node.kind(), node.focus(), centre, node.width(), node.height()));
        double y = centre.y() - node.textHeight() / 2;
        for (PersonNode.Line line : node.lines()) {
            double baseline = y + line.size() * 0.8;
            shapes.add(new Shape.Text(new Point(centre.x(), baseline), line.text(), line.size(), line.bold(),
                    Shape.Anchor.MIDDLE, Style.BLACK));
            y += line.size() + PersonNode.lineGap();
        }
        return shapes;
    }

    /** Where the middle of a node's badges is: under its label lines, inside the shape. */
    public static Point badgeRow(PersonNode node, Point centre) {
        return new Point(centre.x(), centre.y() + node.textHeight() / 2 - node.badges().height() / 2);
    }

    /** The words for a person shape in the key. */
    static String keyLabel(PersonKind kind, boolean focus) {
        if (focus) {
            return "The young person this map is about";
        }
        return switch (kind) {
            case YOUNG_PERSON -> "Young person (code, age)";
            case ADULT -> "Adult";
            case PROFESSIONAL -> "Professional";
        };
    }
}
