package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** Shared shapes and assertions for the geometry tests. */
final class Fixtures {

    /** The control-point distance factor for a quarter circle: 4/3 (sqrt 2 - 1). */
    static final double KAPPA = 4.0 / 3.0 * (Math.sqrt(2) - 1);

    /** Centre and radius of {@link #QUARTER_CIRCLE}. */
    static final Point CIRCLE_CENTRE = new Point(20, 30);
    static final double RADIUS = 100;

    /**
     * A quarter circle of radius 100 around (20, 30) from (120, 30) to (20, 130): it starts going down the
     * screen and ends going left, so it turns clockwise on the screen and its left side is the outside.
     */
    static final List<Point> QUARTER_CIRCLE = List.of(
            new Point(120, 30),
            new Point(120, 30 + KAPPA * RADIUS),
            new Point(20 + KAPPA * RADIUS, 130),
            new Point(20, 130));

    /** An S-shaped two-segment spline from (0, 50) over a crest, through (100, 50), to (200, 50). */
    static final List<Point> S_CURVE = List.of(
            new Point(0, 50), new Point(30, 0), new Point(70, 0), new Point(100, 50),
            new Point(130, 100), new Point(170, 100), new Point(200, 50));

    /** A horizontal line from (0, 0) to (100, 0). */
    static final List<Point> HORIZONTAL = List.of(new Point(0, 0), new Point(100, 0));

    private Fixtures() {
    }

    /** Returns a dense sampling of the spline (2000 samples per segment), a stand-in for the true curve. */
    static List<Point> dense(List<Point> bezier) {
        List<Point> out = new ArrayList<>();
        int segments = Curves.segmentCount(bezier);
        out.add(bezier.get(0));
        for (int s = 0; s < segments; s++) {
            for (int i = 1; i <= 2000; i++) {
                out.add(Curves.splinePoint(bezier, s, i / 2000.0));
            }
        }
        return out;
    }

    /** Asserts that two points are within {@code tolerance} of each other. */
    static void assertNear(Point expected, Point actual, double tolerance) {
        assertTrue(expected.distance(actual) <= tolerance,
                () -> "expected " + expected + " but was " + actual + " (off by " + expected.distance(actual) + ")");
    }

    /** Asserts that two lines have the same number of points, each within {@code tolerance}. */
    static void assertLineNear(List<Point> expected, List<Point> actual, double tolerance) {
        assertEquals(expected.size(), actual.size(), () -> "point count of " + actual);
        for (int i = 0; i < expected.size(); i++) {
            assertNear(expected.get(i), actual.get(i), tolerance);
        }
    }

    /**
     * Returns the signed sideways offset of {@code p} from the line: its distance to the line, positive if it
     * is on the left of travel (screen sense) of the nearest segment.
     */
    static double signedDistance(List<Point> line, Point p) {
        double best = Double.POSITIVE_INFINITY;
        double sign = 1;
        for (int i = 1; i < line.size(); i++) {
            Point a = line.get(i - 1);
            Point b = line.get(i);
            if (a.equals(b)) {
                continue;
            }
            double d = p.distanceToSegment(a, b);
            if (d < best) {
                best = d;
                Point left = b.minus(a).perpendicular();
                sign = Math.signum(p.minus(a).dot(left));
            }
        }
        return sign * best;
    }

    /** Returns {@link Hulls#turn} at every vertex of a closed polygon (positive: a mathematical left turn). */
    static List<Double> turns(List<Point> polygon) {
        List<Double> out = new ArrayList<>();
        int n = polygon.size();
        for (int i = 0; i < n; i++) {
            out.add(Hulls.turn(polygon.get(i), polygon.get((i + 1) % n), polygon.get((i + 2) % n)));
        }
        return out;
    }
}
