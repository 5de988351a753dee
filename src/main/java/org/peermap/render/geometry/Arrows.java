package org.peermap.render.geometry;

import java.util.List;

/** Arrowheads: filled triangles for the end of a line. */
public final class Arrows {

    private Arrows() {
    }

    /**
     * Returns a triangle {@code [tip, baseLeft, baseRight]} (closed implicitly: the first point is not
     * repeated). The tip is exactly {@code tip}; the base is perpendicular to {@code direction},
     * {@code length} behind the tip and {@code width} wide, centred on the axis. {@code baseLeft} is on the
     * left of travel as seen on a y-down screen (see {@link Point#perpendicular()}).
     *
     * @param tip where the arrow points
     * @param direction the direction of travel arriving at the tip; need not be of unit length
     * @param length the distance from the tip to the base; not negative
     * @param width the width of the base; not negative
     * @throws IllegalArgumentException if {@code direction} is the zero vector or a size is negative or not
     *     finite
     */
    public static List<Point> arrowhead(Point tip, Point direction, double length, double width) {
        Paths.checkNotNegative(length, "arrow length");
        Paths.checkNotNegative(width, "arrow width");
        if (direction.length() == 0) {
            throw new IllegalArgumentException("an arrowhead needs a direction");
        }
        Point unit = direction.normalised();
        Point baseCentre = tip.minus(unit.times(length));
        Point half = unit.perpendicular().times(width / 2);
        return List.of(tip, baseCentre.plus(half), baseCentre.minus(half));
    }

    /**
     * Returns the arrowhead for the end of {@code line}, with its tip exactly at the line's last point. It
     * points along the chord from {@code pointAt(line, length(line) - length)} to the end, so on a curve it
     * lines up with the end of {@code Paths.trimEnd(line, length)}; that trimmed end lies on the arrow's axis
     * inside the triangle (the chord is never longer than the arc), so no gap shows between line and head.
     * On a line shorter than {@code length} the chord from the start is used; if that chord has no length,
     * the line's tangent at the end is used ({@code (1, 0)} for a line of zero length).
     *
     * @throws IllegalArgumentException as {@link #arrowhead}, or if the line is empty
     */
    public static List<Point> arrowheadAtEnd(List<Point> line, double length, double width) {
        Paths.checkNotNegative(length, "arrow length");
        Measured measured = new Measured(line);
        Point tip = line.get(line.size() - 1);
        Point from = measured.pointAt(measured.length() - length);
        Point direction = from.distance(tip) > 0 ? tip.minus(from) : measured.tangentAt(measured.length());
        return arrowhead(tip, direction, length, width);
    }

    /**
     * Returns the arrowhead for the start of {@code line} (a "back" arrow), with its tip exactly at the line's
     * first point, pointing backwards along the chord from {@code pointAt(line, length)} to the start: the
     * mirror image of {@link #arrowheadAtEnd}, matching {@code Paths.trimStart(line, length)}. If that chord
     * has no length, the reversed tangent at the start is used ({@code (-1, 0)} for a line of zero length).
     *
     * @throws IllegalArgumentException as {@link #arrowhead}, or if the line is empty
     */
    public static List<Point> arrowheadAtStart(List<Point> line, double length, double width) {
        Paths.checkNotNegative(length, "arrow length");
        Measured measured = new Measured(line);
        Point tip = line.get(0);
        Point from = measured.pointAt(length);
        Point direction = from.distance(tip) > 0 ? tip.minus(from) : measured.tangentAt(0).times(-1);
        return arrowhead(tip, direction, length, width);
    }
}
