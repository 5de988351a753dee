package org.peermap.render;

import java.util.ArrayList;
import java.util.List;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * Draws a place as a house-like pentagon (a roof over a box), a shape no person has, with its printed
 * label inside.
 */
public final class PlaceDrawer {
    static final double LABEL_SIZE = 10;

    private PlaceDrawer() {}

    static final double MAX_TEXT = 150;

    /** The label as drawn: cut with an ellipsis when longer than a place's shape may be. */
    static String shown(String label) {
        return TitleBlock.fit(label, MAX_TEXT, LABEL_SIZE, false);
    }

    public static double width(String label) {
        return Math.max(56, Fonts.width(shown(label), LABEL_SIZE, false) + 16);
    }

    public static final double HEIGHT = 30;

    public static List<Shape> shape(Point centre, double width, double height) {
        double left = centre.x() - width / 2;
        double right = centre.x() + width / 2;
        double top = centre.y() - height / 2;
        double bottom = centre.y() + height / 2;
        double eaves = top + height * 0.35;
        return List.of(new Shape.Polyline(List.of(new Point(left, bottom), new Point(left, eaves),
                new Point(centre.x(), top), new Point(right, eaves), new Point(right, bottom)), true,
                Style.stroke(Style.BLACK, 1).withFill("#f2f2f2")));
    }

    /**
     * A safe or protective place: the same house, with a second outline inside it (as a double border), so it
     * reads as different from any other place in greyscale.
     */
    public static List<Shape> safeShape(Point centre, double width, double height) {
        List<Shape> shapes = new ArrayList<>(shape(centre, width, height));
        double inset = 3;
        double left = centre.x() - width / 2 + inset;
        double right = centre.x() + width / 2 - inset;
        double top = centre.y() - height / 2 + inset * 1.6;
        double bottom = centre.y() + height / 2 - inset;
        double eaves = centre.y() - height / 2 + height * 0.35 + inset * 0.6;
        shapes.add(new Shape.Polyline(List.of(new Point(left, bottom), new Point(left, eaves),
                new Point(centre.x(), top), new Point(right, eaves), new Point(right, bottom)), true,
                Style.stroke(Style.BLACK, 0.8)));
        return shapes;
    }

    public static List<Shape> draw(String label, Point centre) {
        return draw(label, centre, false);
    }

    public static List<Shape> draw(String label, Point centre, boolean safe) {
        double width = width(label);
        List<Shape> shapes = new ArrayList<>(safe ? safeShape(centre, width, HEIGHT) : shape(centre, width, HEIGHT));
        shapes.add(new Shape.Text(new Point(centre.x(), centre.y() + HEIGHT * 0.32), shown(label), LABEL_SIZE, false,
                Shape.Anchor.MIDDLE, Style.BLACK));
        return shapes;
    }
}
