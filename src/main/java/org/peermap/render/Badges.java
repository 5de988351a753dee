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

    /** Badges in one row; more wrap onto a second. */
    static final int PER_ROW = 6;
    /** The most badges a person shows; past it, the first ones and a "+N" box for the later incidents. */
    static final int MOST = 2 * PER_ROW;

    /**
     * How a person's badges are drawn: in rows of at most {@link #PER_ROW}, at most two rows; a person in
     * more than {@link #MOST} incidents shows the first ones and a last, outlined "+N" box that says how many
     * later incidents there are (the appendix's Chronology lists them all). So a person in 45 incidents is
     * drawn no larger than one in 12.
     */
    public record Block(List<List<Integer>> rows, int more) {
        public static Block of(List<Integer> numbers) {
            List<Integer> shown = numbers.size() <= MOST ? numbers : numbers.subList(0, MOST - 1);
            int more = numbers.size() - shown.size();
            int boxes = shown.size() + (more > 0 ? 1 : 0);
            int lines = (boxes + PER_ROW - 1) / PER_ROW;
            int per = lines == 0 ? 0 : (boxes + lines - 1) / lines;
            List<List<Integer>> rows = new ArrayList<>();
            for (int i = 0; i < shown.size(); i += per) {
                rows.add(List.copyOf(shown.subList(i, Math.min(shown.size(), i + per))));
            }
            if (more > 0 && (rows.isEmpty() || rows.get(rows.size() - 1).size() == per)) {
                rows.add(List.of());
            }
            return new Block(List.copyOf(rows), more);
        }

        /** The incident numbers shown, in order. */
        public List<Integer> shown() {
            return rows.stream().flatMap(List::stream).toList();
        }

        public double width() {
            double w = 0;
            for (int r = 0; r < rows.size(); r++) {
                w = Math.max(w, rowWidth(rows.get(r)) + (more > 0 && r == rows.size() - 1
                        ? (rows.get(r).isEmpty() ? 0 : GAP) + moreWidth(more) : 0));
            }
            return w;
        }

        public double height() {
            return rows.isEmpty() ? 0 : rows.size() * HEIGHT + (rows.size() - 1) * GAP;
        }

        /** The badges centred on {@code centre} (the block's middle), row under row. */
        public List<Shape> draw(Point centre) {
            List<Shape> shapes = new ArrayList<>();
            double top = centre.y() - height() / 2;
            for (int r = 0; r < rows.size(); r++) {
                List<Integer> row = rows.get(r);
                boolean last = more > 0 && r == rows.size() - 1;
                double w = rowWidth(row) + (last ? (row.isEmpty() ? 0 : GAP) + moreWidth(more) : 0);
                double x = centre.x() - w / 2;
                for (int n : row) {
                    shapes.addAll(badge(n, x, top));
                    x += Badges.width(n) + GAP;
                }
                if (last) {
                    shapes.addAll(moreBox(more, x, top));
                }
                top += HEIGHT + GAP;
            }
            return shapes;
        }
    }

    static double rowWidth(List<Integer> numbers) {
        double w = 0;
        for (int n : numbers) {
            w += width(n) + (w > 0 ? GAP : 0);
        }
        return w;
    }

    public static double moreWidth(int more) {
        return Math.max(HEIGHT, Fonts.width("+" + more, TEXT, true) + 2 * PAD);
    }

    /** The outlined "+N" box: white with a dark edge and dark text, so it never reads as an incident's number. */
    public static List<Shape> moreBox(int more, double x, double top) {
        double w = moreWidth(more);
        return List.of(new Shape.Rect(x, top, w, HEIGHT, 2.5, Style.stroke(FILL, 1).withFill("#ffffff")),
                new Shape.Text(new Point(x + w / 2, top + HEIGHT - 3.2), "+" + more, TEXT, true,
                        Shape.Anchor.MIDDLE, FILL));
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
