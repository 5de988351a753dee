package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlattenTest {

    /** Asserts the polyline and the true curve are within {@code tolerance} of each other, both ways. */
    private static void assertWithin(List<Point> bezier, List<Point> flat, double tolerance) {
        List<Point> curve = Fixtures.dense(bezier);
        double worstCurveToFlat = 0;
        for (Point p : curve) {
            worstCurveToFlat = Math.max(worstCurveToFlat, Paths.distanceTo(flat, p));
        }
        assertTrue(worstCurveToFlat <= tolerance, "curve strays " + worstCurveToFlat + " from the polyline");
        double worstFlatToCurve = 0;
        for (int i = 1; i < flat.size(); i++) {
            for (double f : new double[] {0, 0.25, 0.5, 0.75}) {
                Point p = flat.get(i - 1).lerp(flat.get(i), f);
                worstFlatToCurve = Math.max(worstFlatToCurve, Paths.distanceTo(curve, p));
            }
        }
        // the dense sampling itself is off the true curve by far less than 1e-4 here
        assertTrue(worstFlatToCurve <= tolerance + 1e-4, "polyline strays " + worstFlatToCurve + " from the curve");
    }

    @Test
    void quarterCircleWithinTolerance() {
        for (double tolerance : new double[] {1, 0.1, 0.01}) {
            List<Point> flat = Paths.flatten(Fixtures.QUARTER_CIRCLE, tolerance);
            assertSame(Fixtures.QUARTER_CIRCLE.get(0), flat.get(0));
            assertSame(Fixtures.QUARTER_CIRCLE.get(3), flat.get(flat.size() - 1));
            assertWithin(Fixtures.QUARTER_CIRCLE, flat, tolerance);
            for (Point p : flat) {
                assertEquals(Fixtures.RADIUS, p.distance(Fixtures.CIRCLE_CENTRE), 0.03, "vertices lie on the curve");
            }
        }
    }

    @Test
    void finerToleranceGivesMorePoints() {
        int coarse = Paths.flatten(Fixtures.QUARTER_CIRCLE, 1).size();
        int medium = Paths.flatten(Fixtures.QUARTER_CIRCLE, 0.1).size();
        int fine = Paths.flatten(Fixtures.QUARTER_CIRCLE, 0.01).size();
        assertTrue(coarse < medium && medium < fine, coarse + " " + medium + " " + fine);
        // a chord of a radius-100 circle deviating 0.01 spans about 2 sqrt(2 * 100 * 0.01) = 2.8 pt, so 157 pt
        // of arc needs at least 56 pieces; adaptive halving should not need more than a few times that
        assertTrue(fine >= 57 && fine <= 300, "points: " + fine);
    }

    @Test
    void sCurveWithinToleranceAndThroughItsJoint() {
        List<Point> flat = Paths.flatten(Fixtures.S_CURVE, 0.05);
        assertEquals(new Point(0, 50), flat.get(0));
        assertEquals(new Point(200, 50), flat.get(flat.size() - 1));
        assertTrue(flat.contains(new Point(100, 50)), "the joint between segments is a vertex");
        assertWithin(Fixtures.S_CURVE, flat, 0.05);
    }

    @Test
    void straightSplineGivesItsEnds() {
        List<Point> bezier = List.of(new Point(0, 0), new Point(10, 0), new Point(20, 0), new Point(30, 0));
        assertEquals(List.of(new Point(0, 0), new Point(30, 0)), Paths.flatten(bezier, 0.1));
    }

    @Test
    void degenerateSplines() {
        Point p = new Point(3, 4);
        assertEquals(List.of(p), Paths.flatten(List.of(p), 0.1));
        assertEquals(List.of(p, p), Paths.flatten(List.of(p, p, p, p), 0.1));
        // a segment that stays put followed by a real one: no repeated points
        Point q = new Point(13, 4);
        List<Point> flat = Paths.flatten(List.of(p, p, p, p, p, q, q), 0.1);
        assertEquals(List.of(p, q), flat);
    }

    @Test
    void veryShortSplineGivesItsEnds() {
        List<Point> tiny = List.of(new Point(5, 5), new Point(5.001, 5.002), new Point(5.003, 5.002),
                new Point(5.004, 5));
        assertEquals(List.of(new Point(5, 5), new Point(5.004, 5)), Paths.flatten(tiny, 0.01));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Paths.flatten(List.of(), 0.1));
        assertThrows(IllegalArgumentException.class,
                () -> Paths.flatten(List.of(new Point(0, 0), new Point(1, 1)), 0.1));
        assertThrows(IllegalArgumentException.class, () -> Paths.flatten(Fixtures.QUARTER_CIRCLE, 0));
        assertThrows(IllegalArgumentException.class, () -> Paths.flatten(Fixtures.QUARTER_CIRCLE, -1));
        assertThrows(IllegalArgumentException.class, () -> Paths.flatten(Fixtures.QUARTER_CIRCLE, Double.NaN));
    }

    @Test
    void resultIsUnmodifiable() {
        List<Point> flat = Paths.flatten(Fixtures.QUARTER_CIRCLE, 0.1);
        assertThrows(UnsupportedOperationException.class, () -> flat.add(Point.ORIGIN));
    }
}
