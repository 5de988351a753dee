package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peermap.render.geometry.Fixtures.assertNear;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Length, pointAt, tangentAt, slice, trimStart, trimEnd and distanceTo. */
class WalkTest {

    private static final double EPS = 1e-12;

    /** Right 10, then down 5: an L of length 15. */
    private static final List<Point> ELL = List.of(new Point(0, 0), new Point(10, 0), new Point(10, 5));

    /** The same L with repeated points. */
    private static final List<Point> ELL_WITH_REPEATS = List.of(new Point(0, 0), new Point(0, 0),
            new Point(10, 0), new Point(10, 0), new Point(10, 5), new Point(10, 5));

    @Test
    void length() {
        assertEquals(15, Paths.length(ELL), EPS);
        assertEquals(15, Paths.length(ELL_WITH_REPEATS), EPS);
        assertEquals(100, Paths.length(Fixtures.HORIZONTAL), EPS);
        assertEquals(0, Paths.length(List.of()));
        assertEquals(0, Paths.length(List.of(new Point(5, 5))));
        assertEquals(0, Paths.length(List.of(new Point(5, 5), new Point(5, 5))));
        double arc = Paths.length(Paths.flatten(Fixtures.QUARTER_CIRCLE, 0.01));
        assertEquals(Math.PI / 2 * Fixtures.RADIUS, arc, 0.05);
    }

    @Test
    void pointAt() {
        assertEquals(new Point(2.5, 0), Paths.pointAt(ELL, 2.5));
        assertEquals(new Point(10, 0), Paths.pointAt(ELL, 10));
        assertEquals(new Point(10, 2), Paths.pointAt(ELL, 12));
        assertSame(ELL.get(0), Paths.pointAt(ELL, 0));
        assertSame(ELL.get(0), Paths.pointAt(ELL, -3));
        assertSame(ELL.get(2), Paths.pointAt(ELL, 15));
        assertSame(ELL.get(2), Paths.pointAt(ELL, 1000));
        assertEquals(new Point(10, 2), Paths.pointAt(ELL_WITH_REPEATS, 12));
        assertEquals(new Point(10, 0), Paths.pointAt(ELL_WITH_REPEATS, 10));
    }

    @Test
    void pointAtOnACurveIsAtThatArcLength() {
        List<Point> flat = Paths.flatten(Fixtures.QUARTER_CIRCLE, 0.01);
        double length = Paths.length(flat);
        for (int i = 0; i <= 10; i++) {
            double s = length * i / 10;
            Point p = Paths.pointAt(flat, s);
            assertEquals(s, Paths.length(Paths.trimEnd(flat, length - s)), 1e-9);
            assertEquals(Fixtures.RADIUS, p.distance(Fixtures.CIRCLE_CENTRE), 0.05);
        }
    }

    @Test
    void pointAtOnDegenerateLines() {
        Point p = new Point(5, 6);
        assertSame(p, Paths.pointAt(List.of(p), 3));
        assertEquals(p, Paths.pointAt(List.of(p, p), 0.5));
        assertThrows(IllegalArgumentException.class, () -> Paths.pointAt(List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> Paths.pointAt(ELL, Double.NaN));
    }

    @Test
    void tangentAt() {
        assertEquals(new Point(1, 0), Paths.tangentAt(ELL, 0));
        assertEquals(new Point(1, 0), Paths.tangentAt(ELL, 9.99));
        assertEquals(new Point(0, 1), Paths.tangentAt(ELL, 10), "a vertex takes the following segment");
        assertEquals(new Point(0, 1), Paths.tangentAt(ELL, 15));
        assertEquals(new Point(0, 1), Paths.tangentAt(ELL, 99));
        assertEquals(new Point(1, 0), Paths.tangentAt(ELL, -5));
        assertEquals(new Point(1, 0), Paths.tangentAt(ELL_WITH_REPEATS, 0), "zero-length segments are skipped");
        assertEquals(new Point(0, 1), Paths.tangentAt(ELL_WITH_REPEATS, 15), "zero-length segments are skipped");
        assertEquals(new Point(0, 1), Paths.tangentAt(ELL_WITH_REPEATS, 10));
        Point diagonal = Paths.tangentAt(List.of(new Point(0, 0), new Point(3, 4)), 1);
        assertNear(new Point(0.6, 0.8), diagonal, EPS);
    }

    @Test
    void tangentOfAZeroLengthLineIsPlusX() {
        Point p = new Point(5, 6);
        assertEquals(new Point(1, 0), Paths.tangentAt(List.of(p), 0));
        assertEquals(new Point(1, 0), Paths.tangentAt(List.of(p, p, p), 7));
    }

    @Test
    void tangentOnAQuarterCircleFollowsTheCircle() {
        List<Point> flat = Paths.flatten(Fixtures.QUARTER_CIRCLE, 0.01);
        assertNear(new Point(0, 1), Paths.tangentAt(flat, 0), 0.02);
        assertNear(new Point(-1, 0), Paths.tangentAt(flat, Paths.length(flat)), 0.02);
        double length = Paths.length(flat);
        for (int i = 0; i <= 20; i++) {
            double s = length * i / 20;
            Point t = Paths.tangentAt(flat, s);
            assertEquals(1, t.length(), EPS);
            Point radial = Paths.pointAt(flat, s).minus(Fixtures.CIRCLE_CENTRE).normalised();
            assertEquals(0, t.dot(radial), 0.02, "tangent is perpendicular to the radius");
            assertTrue(radial.cross(t) > 0, "travels clockwise on the screen");
        }
    }

    @Test
    void slice() {
        assertEquals(List.of(new Point(2, 0), new Point(10, 0), new Point(10, 3)), Paths.slice(ELL, 2, 13));
        assertEquals(List.of(new Point(2, 0), new Point(5, 0)), Paths.slice(ELL, 2, 5));
        assertEquals(List.of(new Point(10, 0), new Point(10, 5)), Paths.slice(ELL, 10, 15));
        assertEquals(ELL, Paths.slice(ELL, -1, 20));
        assertEquals(ELL, Paths.slice(ELL_WITH_REPEATS, 0, 15), "interior repeats are dropped");
        assertEquals(List.of(new Point(4, 0), new Point(4, 0)), Paths.slice(ELL, 4, 2), "to is raised to from");
        assertEquals(List.of(new Point(10, 5), new Point(10, 5)), Paths.slice(ELL, 20, 30));
    }

    @Test
    void trimStart() {
        assertEquals(List.of(new Point(3, 0), new Point(100, 0)), Paths.trimStart(Fixtures.HORIZONTAL, 3));
        assertEquals(List.of(new Point(10, 1), new Point(10, 5)), Paths.trimStart(ELL, 11));
        assertSame(ELL.get(2), Paths.trimStart(ELL, 11).get(1), "ends exactly at the last point");
        assertEquals(ELL, Paths.trimStart(ELL, 0));
        assertEquals(List.of(new Point(10, 5), new Point(10, 5)), Paths.trimStart(ELL, 15), "cut the whole line");
        assertEquals(List.of(new Point(10, 5), new Point(10, 5)), Paths.trimStart(ELL, 40), "cut more than it");
        assertEquals(List.of(new Point(1, 1), new Point(1, 1)), Paths.trimStart(List.of(new Point(1, 1)), 2));
        assertThrows(IllegalArgumentException.class, () -> Paths.trimStart(ELL, -1));
        assertThrows(IllegalArgumentException.class, () -> Paths.trimStart(List.of(), 1));
    }

    @Test
    void trimEnd() {
        assertEquals(List.of(new Point(0, 0), new Point(97, 0)), Paths.trimEnd(Fixtures.HORIZONTAL, 3));
        assertEquals(List.of(new Point(0, 0), new Point(9, 0)), Paths.trimEnd(ELL, 6));
        assertEquals(List.of(new Point(0, 0), new Point(10, 0), new Point(10, 1)), Paths.trimEnd(ELL, 4));
        assertSame(ELL.get(0), Paths.trimEnd(ELL, 4).get(0), "starts exactly at the first point");
        assertEquals(ELL, Paths.trimEnd(ELL, 0));
        assertEquals(List.of(new Point(0, 0), new Point(0, 0)), Paths.trimEnd(ELL, 15));
        assertEquals(List.of(new Point(0, 0), new Point(0, 0)), Paths.trimEnd(ELL, 16));
        assertThrows(IllegalArgumentException.class, () -> Paths.trimEnd(ELL, Double.NaN));
    }

    @Test
    void trimmingACurveShortensItByTheCut() {
        List<Point> flat = Paths.flatten(Fixtures.S_CURVE, 0.05);
        double length = Paths.length(flat);
        List<Point> start = Paths.trimStart(flat, 8);
        List<Point> end = Paths.trimEnd(flat, 8);
        assertEquals(length - 8, Paths.length(start), 1e-9);
        assertEquals(length - 8, Paths.length(end), 1e-9);
        assertSame(flat.get(flat.size() - 1), start.get(start.size() - 1));
        assertSame(flat.get(0), end.get(0));
        assertEquals(Paths.pointAt(flat, 8), start.get(0));
        assertEquals(Paths.pointAt(flat, length - 8), end.get(end.size() - 1));
        for (Point p : start) {
            assertTrue(Paths.distanceTo(flat, p) < 1e-9, "trimmed points stay on the line");
        }
    }

    @Test
    void distanceTo() {
        assertEquals(3, Paths.distanceTo(ELL, new Point(5, -3)), EPS);
        assertEquals(2, Paths.distanceTo(ELL, new Point(12, 4)), EPS);
        assertEquals(5, Paths.distanceTo(ELL, new Point(10, 10)), EPS);
        assertEquals(0, Paths.distanceTo(ELL, new Point(10, 2.5)), EPS);
        assertEquals(5, Paths.distanceTo(List.of(new Point(0, 0)), new Point(3, 4)), EPS);
        assertThrows(IllegalArgumentException.class, () -> Paths.distanceTo(List.of(), Point.ORIGIN));
    }
}
