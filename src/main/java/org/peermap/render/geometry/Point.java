package org.peermap.render.geometry;

/**
 * A point or vector in y-down screen coordinates (points). Coordinates must be finite.
 *
 * <p>Equality is the record's: exact, component by component. Negative zero is stored as {@code 0.0}, so
 * equal positions are equal points (and never print as {@code -0.0}).
 */
public record Point(double x, double y) {

    /** The origin, also the zero vector. */
    public static final Point ORIGIN = new Point(0, 0);

    /**
     * Creates a point, storing {@code -0.0} as {@code 0.0}.
     *
     * @throws IllegalArgumentException if a coordinate is NaN or infinite
     */
    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("coordinates must be finite: (" + x + ", " + y + ")");
        }
        x += 0.0; // -0.0 + 0.0 is 0.0
        y += 0.0;
    }

    /** Returns this plus {@code other}. */
    public Point plus(Point other) {
        return new Point(x + other.x, y + other.y);
    }

    /** Returns this minus {@code other} (the vector from {@code other} to this). */
    public Point minus(Point other) {
        return new Point(x - other.x, y - other.y);
    }

    /** Returns this scaled by {@code factor}. */
    public Point times(double factor) {
        return new Point(x * factor, y * factor);
    }

    /** Returns the dot product of this and {@code other}. */
    public double dot(Point other) {
        return x * other.x + y * other.y;
    }

    /**
     * Returns the z component of the cross product, {@code x * other.y - y * other.x}. In y-down screen
     * coordinates it is positive when {@code other} points clockwise of this as seen on the screen.
     */
    public double cross(Point other) {
        return x * other.y - y * other.x;
    }

    /** Returns the length of this vector. */
    public double length() {
        // not Math.hypot, which is several times slower and guards against overflow no map coordinate comes near; the
        // two differ by at most a unit in the last place, far below what any drawn coordinate shows
        return Math.sqrt(x * x + y * y);
    }

    /** Returns the distance from this point to {@code other}. */
    public double distance(Point other) {
        double dx = x - other.x;
        double dy = y - other.y;
        return Math.sqrt(dx * dx + dy * dy);
    }

    /**
     * Returns the unit vector in the direction of this vector.
     *
     * @throws IllegalStateException if this is the zero vector
     */
    public Point normalised() {
        double length = length();
        if (length == 0) {
            throw new IllegalStateException("cannot normalise the zero vector");
        }
        return new Point(x / length, y / length);
    }

    /**
     * Returns this vector turned 90° counter-clockwise as seen on a y-down screen: {@code (x, y) -> (y, -x)}.
     * For a direction of travel this is the traveller's left: right {@code (1, 0)} gives up {@code (0, -1)},
     * down {@code (0, 1)} gives right {@code (1, 0)}. The length is unchanged.
     */
    public Point perpendicular() {
        return new Point(y, -x);
    }

    /** Returns the point a fraction {@code t} of the way from this to {@code other} (t = 0 gives this). */
    public Point lerp(Point other, double t) {
        if (t == 0) {
            return this;
        }
        if (t == 1) {
            return other;
        }
        return new Point(x + (other.x - x) * t, y + (other.y - y) * t);
    }

    /** Returns the midpoint of this and {@code other}. */
    public Point midpoint(Point other) {
        return new Point((x + other.x) / 2, (y + other.y) / 2);
    }

    /** Returns the distance from this point to the closed segment from {@code a} to {@code b}. */
    public double distanceToSegment(Point a, Point b) {
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double lengthSquared = dx * dx + dy * dy;
        if (lengthSquared == 0) {
            return distance(a);
        }
        double t = ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        double ex = x - (a.x + t * dx);
        double ey = y - (a.y + t * dy);
        return Math.sqrt(ex * ex + ey * ey);
    }
}
