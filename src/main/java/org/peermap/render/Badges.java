package org.peermap.render;

import java.util.ArrayList;
import java.util.List;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * A person's incident badges: one small dark box per incident they were involved in, holding the
 * incident's number in white, in a row under their label. They answer "which incidents was this person
 * at?" at a glance, also where an incident's outline is left out. Dark boxes with white numbers print the
 * same in greyscale and look like nothing else on the map.
 */
public final class Badges {
    /** Text size in map units: at the smallest map scale (0.8) it prints at 8 pt. */
    static final double TEXT = 10;
    public static final double HEIGHT = 13;
    static final double GAP = 2;
    static final double GAP_ABOVE = 3;
    static final double PAD = 3;
    static final String FILL = "#262626";

    private Badges() {}

    public static double width(int number) {
        return Math.max(HEIGHT, Fonts.width(Integer.toString(number), TEXT, true) + 2 * PAD);
    }

    static double rowWidth(List<Integer> numbers) {
        double w = 0;
        for (int n : numbers) {
            w += width(n) + (w > 0 ? GAP : 0);
        }
        return w;
    }

    /** The badges as a row centred on {@code centre} (its middle), each a box with its number. */
    public static List<Shape> row(List<Integer> numbers, Point centre) {
        List<Shape> shapes = new ArrayList<>();
        double x = centre.x() - rowWidth(numbers) / 2;
        for (int n : numbers) {
            shapes.addAll(badge(n, x, centre.y() - HEIGHT / 2));
            x += width(n) + GAP;
        }
        return shapes;
    }

    public static List<Shape> badge(int number, double x, double top) {
        double w = width(number);
        return List.of(new Shape.Rect(x, top, w, HEIGHT, 2.5, Style.fill(FILL)),
                new Shape.Text(new Point(x + w / 2, top + HEIGHT - 3.2), Integer.toString(number), TEXT, true,
                        Shape.Anchor.MIDDLE, "#ffffff"));
    }
}
