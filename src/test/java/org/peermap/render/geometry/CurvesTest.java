package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.peermap.render.geometry.Fixtures.assertNear;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurvesTest {

    private static final Point P0 = new Point(0, 0);
    private static final Point P1 = new Point(10, 30);
    private static final Point P2 = new Point(50, 30);
    private static final Point P3 = new Point(60, 0);

    @Test
    void endsAreExact() {
        assertSame(P0, Curves.bezierPoint(P0, P1, P2, P3, 0));
        assertSame(P3, Curves.bezierPoint(P0, P1, P2, P3, 1));
    }

    @Test
    void middleIsTheWeightedAverage() {
        // B(1/2) = (p0 + 3 p1 + 3 p2 + p3) / 8
        assertNear(new Point((0 + 30 + 150 + 60) / 8.0, (0 + 90 + 90 + 0) / 8.0),
                Curves.bezierPoint(P0, P1, P2, P3, 0.5), 1e-12);
    }

    @Test
    void evenlySpacedControlPointsGiveAStraightUniformLine() {
        Point a = new Point(0, 0);
        Point d = new Point(30, -60);
        for (double t = 0; t <= 1; t += 0.125) {
            assertNear(a.lerp(d, t), Curves.bezierPoint(a, a.lerp(d, 1 / 3.0), a.lerp(d, 2 / 3.0), d, t), 1e-12);
        }
    }

    @Test
    void quarterCircleStaysOnTheCircle() {
        List<Point> q = Fixtures.QUARTER_CIRCLE;
        for (int i = 0; i <= 100; i++) {
            Point p = Curves.bezierPoint(q.get(0), q.get(1), q.get(2), q.get(3), i / 100.0);
            // The standard cubic approximation of a circle is within 0.03% of the radius.
            assertEquals(Fixtures.RADIUS, p.distance(Fixtures.CIRCLE_CENTRE), 0.03);
        }
    }

    @Test
    void derivativeMatchesEndTangentsAndFiniteDifferences() {
        assertEquals(P1.minus(P0).times(3), Curves.bezierDerivative(P0, P1, P2, P3, 0));
        assertEquals(P3.minus(P2).times(3), Curves.bezierDerivative(P0, P1, P2, P3, 1));
        double h = 1e-6;
        for (double t : new double[] {0.1, 0.37, 0.5, 0.9}) {
            Point numeric = Curves.bezierPoint(P0, P1, P2, P3, t + h)
                    .minus(Curves.bezierPoint(P0, P1, P2, P3, t - h)).times(1 / (2 * h));
            assertNear(numeric, Curves.bezierDerivative(P0, P1, P2, P3, t), 1e-5);
        }
    }

    @Test
    void splitHalvesTraceTheSameCurve() {
        double t = 0.3;
        List<Point> parts = Curves.split(P0, P1, P2, P3, t);
        assertEquals(7, parts.size());
        assertSame(P0, parts.get(0));
        assertSame(P3, parts.get(6));
        assertNear(Curves.bezierPoint(P0, P1, P2, P3, t), parts.get(3), 1e-12);
        for (double u = 0; u <= 1; u += 0.1) {
            assertNear(Curves.bezierPoint(P0, P1, P2, P3, t * u),
                    Curves.bezierPoint(parts.get(0), parts.get(1), parts.get(2), parts.get(3), u), 1e-9);
            assertNear(Curves.bezierPoint(P0, P1, P2, P3, t + (1 - t) * u),
                    Curves.bezierPoint(parts.get(3), parts.get(4), parts.get(5), parts.get(6), u), 1e-9);
        }
    }

    @Test
    void segmentCountNeedsOnePlusThreeN() {
        assertEquals(0, Curves.segmentCount(List.of(P0)));
        assertEquals(1, Curves.segmentCount(List.of(P0, P1, P2, P3)));
        assertEquals(2, Curves.segmentCount(Fixtures.S_CURVE));
        assertThrows(IllegalArgumentException.class, () -> Curves.segmentCount(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Curves.segmentCount(List.of(P0, P1)));
        assertThrows(IllegalArgumentException.class, () -> Curves.segmentCount(List.of(P0, P1, P2, P3, P0)));
    }

    @Test
    void splinePointPicksTheSegment() {
        List<Point> s = Fixtures.S_CURVE;
        assertEquals(new Point(100, 50), Curves.splinePoint(s, 0, 1));
        assertEquals(new Point(100, 50), Curves.splinePoint(s, 1, 0));
        assertEquals(new Point(200, 50), Curves.splinePoint(s, 1, 1));
        assertNear(new Point(50, 12.5), Curves.splinePoint(s, 0, 0.5), 1e-12);
        assertThrows(IndexOutOfBoundsException.class, () -> Curves.splinePoint(s, 2, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> Curves.splinePoint(s, -1, 0));
    }
}
