package org.peermap.render.geometry;

import java.util.List;

/** Cubic Bézier curves, as Graphviz gives them: {@code 1 + 3n} control points. */
public final class Curves {

    private Curves() {
    }

    /**
     * Returns the point at parameter {@code t} of the cubic Bézier {@code p0 p1 p2 p3}. {@code t = 0} gives
     * exactly {@code p0} and {@code t = 1} exactly {@code p3}; other values of {@code t} extrapolate.
     */
    public static Point bezierPoint(Point p0, Point p1, Point p2, Point p3, double t) {
        if (t == 0) {
            return p0;
        }
        if (t == 1) {
            return p3;
        }
        double u = 1 - t;
        double b0 = u * u * u;
        double b1 = 3 * u * u * t;
        double b2 = 3 * u * t * t;
        double b3 = t * t * t;
        return new Point(b0 * p0.x() + b1 * p1.x() + b2 * p2.x() + b3 * p3.x(),
                b0 * p0.y() + b1 * p1.y() + b2 * p2.y() + b3 * p3.y());
    }

    /**
     * Returns the derivative (velocity, not normalised) at parameter {@code t} of the cubic Bézier
     * {@code p0 p1 p2 p3}. It is the zero vector where the curve stops, e.g. at an end whose control point
     * coincides with it.
     */
    public static Point bezierDerivative(Point p0, Point p1, Point p2, Point p3, double t) {
        double u = 1 - t;
        Point d0 = p1.minus(p0);
        Point d1 = p2.minus(p1);
        Point d2 = p3.minus(p2);
        double a = 3 * u * u;
        double b = 6 * u * t;
        double c = 3 * t * t;
        return new Point(a * d0.x() + b * d1.x() + c * d2.x(), a * d0.y() + b * d1.y() + c * d2.y());
    }

    /**
     * Splits the cubic Bézier {@code p0 p1 p2 p3} at parameter {@code t} (de Casteljau). Returns seven points:
     * the first four are the part before {@code t}, the last four the part after; they share the middle point.
     */
    public static List<Point> split(Point p0, Point p1, Point p2, Point p3, double t) {
        Point a = p0.lerp(p1, t);
        Point b = p1.lerp(p2, t);
        Point c = p2.lerp(p3, t);
        Point ab = a.lerp(b, t);
        Point bc = b.lerp(c, t);
        Point mid = ab.lerp(bc, t);
        return List.of(p0, a, ab, mid, bc, c, p3);
    }

    /**
     * Returns the number of cubic segments in a Graphviz spline of {@code 1 + 3n} control points.
     *
     * @throws IllegalArgumentException if the list is empty or its size is not {@code 1 + 3n}
     */
    public static int segmentCount(List<Point> bezier) {
        if (bezier.isEmpty() || bezier.size() % 3 != 1) {
            throw new IllegalArgumentException(
                    "a spline needs 1 + 3n control points, got " + bezier.size());
        }
        return (bezier.size() - 1) / 3;
    }

    /**
     * Returns the point at parameter {@code t} of segment {@code segment} (0-based) of a Graphviz spline.
     *
     * @throws IllegalArgumentException if the spline is malformed
     * @throws IndexOutOfBoundsException if there is no such segment
     */
    public static Point splinePoint(List<Point> bezier, int segment, double t) {
        int count = segmentCount(bezier);
        if (segment < 0 || segment >= count) {
            throw new IndexOutOfBoundsException("segment " + segment + " of " + count);
        }
        int i = 3 * segment;
        return bezierPoint(bezier.get(i), bezier.get(i + 1), bezier.get(i + 2), bezier.get(i + 3), t);
    }
}
