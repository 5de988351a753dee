package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peermap.render.geometry.Fixtures.assertLineNear;
import static org.peermap.render.geometry.Fixtures.assertNear;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetTest {

    private static final double EPS = 1e-9;

    @Test
    void horizontalLinePositiveIsUpTheScreen() {
        assertEquals(List.of(new Point(0, -2), new Point(100, -2)), Paths.offset(Fixtures.HORIZONTAL, 2));
        assertEquals(List.of(new Point(0, 2), new Point(100, 2)), Paths.offset(Fixtures.HORIZONTAL, -2));
    }

    @Test
    void downwardLinePositiveIsToTheRightOfTheScreen() {
        List<Point> down = List.of(new Point(5, 0), new Point(5, 10));
        assertEquals(List.of(new Point(7, 0), new Point(7, 10)), Paths.offset(down, 2));
    }

    @Test
    void rightAngleGetsAMiterOnBothSides() {
        // right, then down: a clockwise turn on the screen, so the left (positive) side is the outside
        List<Point> ell = List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10));
        assertLineNear(List.of(new Point(0, -1), new Point(11, -1), new Point(11, 10)), Paths.offset(ell, 1), EPS);
        assertLineNear(List.of(new Point(0, 1), new Point(9, 1), new Point(9, 10)), Paths.offset(ell, -1), EPS);
    }

    @Test
    void hairpinGetsABevelOutsideAndAClampedMiterInside() {
        // right 10, then back left and slightly down: a turn of nearly 180 degrees, clockwise on the screen
        List<Point> hairpin = List.of(new Point(0, 0), new Point(10, 0), new Point(0, 1));
        List<Point> outside = Paths.offset(hairpin, 1);
        assertEquals(4, outside.size(), "bevel: two points at the sharp vertex");
        assertNear(new Point(10, -1), outside.get(1), EPS);
        Point tOut = new Point(-10, 1).normalised();
        assertNear(new Point(10, 0).plus(tOut.perpendicular()), outside.get(2), EPS);
        List<Point> inside = Paths.offset(hairpin, -1);
        assertEquals(3, inside.size());
        assertEquals(Offsets.MITER_LIMIT, inside.get(1).distance(new Point(10, 0)), EPS, "miter clamped");
        assertTrue(inside.get(1).x() < 10, "the clamped miter points into the hairpin");
    }

    @Test
    void straightThroughVertexIsUnchangedByIt() {
        List<Point> line = List.of(new Point(0, 0), new Point(4, 0), new Point(10, 0));
        assertLineNear(List.of(new Point(0, -3), new Point(4, -3), new Point(10, -3)), Paths.offset(line, 3), EPS);
    }

    @Test
    void endsMoveSquareToTheirEndSegments() {
        List<Point> flat = Paths.flatten(Fixtures.S_CURVE, 0.05);
        List<Point> off = Paths.offset(flat, 1.5);
        Point startNormal = flat.get(1).minus(flat.get(0)).normalised().perpendicular();
        assertNear(flat.get(0).plus(startNormal.times(1.5)), off.get(0), EPS);
        int n = flat.size();
        Point endNormal = flat.get(n - 1).minus(flat.get(n - 2)).normalised().perpendicular();
        assertNear(flat.get(n - 1).plus(endNormal.times(1.5)), off.get(off.size() - 1), EPS);
    }

    @Test
    void repeatedPointsAreIgnored() {
        List<Point> clean = List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10));
        List<Point> repeats = List.of(new Point(0, 0), new Point(0, 0), new Point(10, 0), new Point(10, 0),
                new Point(10, 1e-12), new Point(10, 10), new Point(10, 10));
        assertLineNear(Paths.offset(clean, 2), Paths.offset(repeats, 2), EPS);
    }

    @Test
    void veryShortLineStillMovesSideways() {
        List<Point> tiny = List.of(new Point(0, 0), new Point(0.001, 0));
        assertLineNear(List.of(new Point(0, -1.5), new Point(0.001, -1.5)), Paths.offset(tiny, 1.5), EPS);
    }

    @Test
    void zeroLengthLinesAndZeroDistanceAreUnchanged() {
        Point p = new Point(3, 3);
        assertEquals(List.of(p), Paths.offset(List.of(p), 2));
        assertEquals(List.of(p, p, p), Paths.offset(List.of(p, p, p), 2));
        assertEquals(Fixtures.HORIZONTAL, Paths.offset(Fixtures.HORIZONTAL, 0));
        assertThrows(IllegalArgumentException.class, () -> Paths.offset(List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> Paths.offset(Fixtures.HORIZONTAL, Double.NaN));
    }

    @Test
    void quarterCircleOffsetsAreConcentricArcs() {
        List<Point> flat = Paths.flatten(Fixtures.QUARTER_CIRCLE, 0.05);
        for (double d : new double[] {1.5, -1.5}) {
            List<Point> off = Paths.offset(flat, d);
            assertEquals(flat.size(), off.size(), "no bevels on a smooth curve");
            // the curve turns clockwise on the screen, so its left (positive) side is the outside
            double wantedRadius = Fixtures.RADIUS + d;
            assertParallel(flat, off, d);
            for (Point p : samples(off)) {
                assertEquals(wantedRadius, p.distance(Fixtures.CIRCLE_CENTRE), 0.1);
            }
        }
    }

    @Test
    void sCurveOffsetsStayParallelOnBothSides() {
        List<Point> flat = Paths.flatten(Fixtures.S_CURVE, 0.05);
        List<Point> curve = Fixtures.dense(Fixtures.S_CURVE);
        List<Point> left = Paths.offset(flat, 1.5);
        List<Point> right = Paths.offset(flat, -1.5);
        assertParallel(flat, left, 1.5);
        assertParallel(flat, right, -1.5);
        for (Point p : samples(left)) {
            assertEquals(1.5, Paths.distanceTo(curve, p), 0.1, "against the true curve");
            assertEquals(3, Paths.distanceTo(right, p), 0.2, "the two strokes stay 3 pt apart");
        }
        assertEquals(Paths.length(flat), (Paths.length(left) + Paths.length(right)) / 2, 0.1);
    }

    @Test
    void aPointMovesAlongTheAveragedNormal() {
        List<Point> flat = Paths.flatten(Fixtures.S_CURVE, 0.05);
        List<Point> off = Paths.offset(flat, 1.5);
        assertEquals(flat.size(), off.size());
        for (int i = 1; i < flat.size() - 1; i++) {
            Point bisector = flat.get(i + 1).minus(flat.get(i - 1)).normalised().perpendicular();
            Point moved = off.get(i).minus(flat.get(i));
            assertEquals(1.5, moved.dot(bisector), 0.01, "on the left, about 1.5 out, at vertex " + i);
        }
    }

    /** Asserts every vertex and in-between point of {@code off} is |d| ± 0.1 from {@code line}, on d's side. */
    private static void assertParallel(List<Point> line, List<Point> off, double d) {
        for (Point p : samples(off)) {
            double signed = Fixtures.signedDistance(line, p);
            assertEquals(d, signed, 0.1, () -> "offset point " + p);
        }
    }

    /** The vertices of a line and the quarter points of its segments. */
    private static List<Point> samples(List<Point> line) {
        List<Point> out = new ArrayList<>(line);
        for (int i = 1; i < line.size(); i++) {
            for (double f : new double[] {0.25, 0.5, 0.75}) {
                out.add(line.get(i - 1).lerp(line.get(i), f));
            }
        }
        return out;
    }

    @Test
    void twoPointLineKeepsItsIdentityEnds() {
        List<Point> line = List.of(new Point(1, 1), new Point(4, 5));
        List<Point> off = Paths.offset(line, 5);
        // direction (0.6, 0.8); left normal (0.8, -0.6)
        assertLineNear(List.of(new Point(5, -2), new Point(8, 2)), off, EPS);
        assertSame(line.get(0), Paths.offset(line, 0).get(0));
    }
}
