package org.peermap.render.geometry;

import java.util.List;

/**
 * An axis-aligned rectangle in y-down screen coordinates: {@code (x, y)} is the top-left corner. Width and
 * height are finite and not negative; a zero-size box is a point or a segment.
 */
public record Box(double x, double y, double width, double height) {

    /**
     * Creates a box.
     *
     * @throws IllegalArgumentException if a value is not finite or the width or height is negative
     */
    public Box {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("box values must be finite");
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("box width and height must not be negative");
        }
    }

    /** Returns the box of the given size centred on {@code centre} (Graphviz gives node centres and sizes). */
    public static Box around(Point centre, double width, double height) {
        return new Box(centre.x() - width / 2, centre.y() - height / 2, width, height);
    }

    /** Returns the x of the left edge. */
    public double left() {
        return x;
    }

    /** Returns the y of the top edge. */
    public double top() {
        return y;
    }

    /** Returns the x of the right edge. */
    public double right() {
        return x + width;
    }

    /** Returns the y of the bottom edge. */
    public double bottom() {
        return y + height;
    }

    /** Returns the centre. */
    public Point centre() {
        return new Point(x + width / 2, y + height / 2);
    }

    /** Returns the corners in the order top-left, top-right, bottom-right, bottom-left. */
    public List<Point> corners() {
        return List.of(new Point(left(), top()), new Point(right(), top()), new Point(right(), bottom()),
                new Point(left(), bottom()));
    }

    /** Returns whether {@code p} is inside the box or on its edge. */
    public boolean contains(Point p) {
        return p.x() >= left() && p.x() <= right() && p.y() >= top() && p.y() <= bottom();
    }

    /**
     * Returns this box grown by {@code margin} on every side (shrunk if negative, but never below zero size,
     * keeping the centre).
     */
    public Box grow(double margin) {
        double w = Math.max(0, width + 2 * margin);
        double h = Math.max(0, height + 2 * margin);
        return around(centre(), w, h);
    }
}
