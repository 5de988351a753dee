package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PointTest {

    private static final double EPS = 1e-12;

    @Test
    void arithmetic() {
        Point a = new Point(1, 2);
        Point b = new Point(4, -6);
        assertEquals(new Point(5, -4), a.plus(b));
        assertEquals(new Point(-3, 8), a.minus(b));
        assertEquals(new Point(2.5, 5), a.times(2.5));
        assertEquals(4 - 12, a.dot(b));
        assertEquals(1 * -6 - 2 * 4, a.cross(b));
        assertEquals(new Point(2.5, -2), a.midpoint(b));
    }

    @Test
    void lengthAndDistance() {
        assertEquals(5, new Point(3, 4).length(), EPS);
        assertEquals(0, Point.ORIGIN.length());
        assertEquals(5, new Point(1, 1).distance(new Point(4, 5)), EPS);
        assertEquals(0, new Point(7, 7).distance(new Point(7, 7)));
    }

    @Test
    void normalisedHasUnitLengthAndSameDirection() {
        Point n = new Point(3, -4).normalised();
        assertEquals(0.6, n.x(), EPS);
        assertEquals(-0.8, n.y(), EPS);
        assertEquals(1, new Point(1e-7, 3e-7).normalised().length(), EPS);
        assertThrows(IllegalStateException.class, Point.ORIGIN::normalised);
    }

    @Test
    void perpendicularIsLeftOfTravelOnAYDownScreen() {
        // right -> up the screen (y decreases)
        assertEquals(new Point(0, -1), new Point(1, 0).perpendicular());
        // down the screen -> right (the traveller faces south; left is east)
        assertEquals(new Point(1, 0), new Point(0, 1).perpendicular());
        // up the screen -> left
        assertEquals(new Point(-1, 0), new Point(0, -1).perpendicular());
        // left -> down
        assertEquals(new Point(0, 1), new Point(-1, 0).perpendicular());
        Point v = new Point(3, 4);
        assertEquals(0, v.dot(v.perpendicular()), EPS);
        assertEquals(5, v.perpendicular().length(), EPS);
        assertEquals(-25, v.cross(v.perpendicular()), EPS);
    }

    @Test
    void lerpHitsTheEndsExactly() {
        Point a = new Point(0.1, 0.7);
        Point b = new Point(10.3, -5.9);
        assertSame(a, a.lerp(b, 0));
        assertSame(b, a.lerp(b, 1));
        assertEquals(new Point(2.5, 5), new Point(0, 0).lerp(new Point(10, 20), 0.25));
        assertEquals(new Point(-10, -20), new Point(0, 0).lerp(new Point(10, 20), -1));
    }

    @Test
    void distanceToSegment() {
        Point a = new Point(0, 0);
        Point b = new Point(10, 0);
        assertEquals(3, new Point(4, 3).distanceToSegment(a, b), EPS);
        assertEquals(3, new Point(4, -3).distanceToSegment(a, b), EPS);
        assertEquals(5, new Point(-3, 4).distanceToSegment(a, b), EPS);
        assertEquals(5, new Point(13, -4).distanceToSegment(a, b), EPS);
        assertEquals(0, new Point(7, 0).distanceToSegment(a, b), EPS);
        assertEquals(5, new Point(3, 4).distanceToSegment(a, a), EPS);
    }

    @Test
    void negativeZeroIsStoredAsZero() {
        Point p = new Point(-0.0, -0.0);
        assertEquals(new Point(0, 0), p);
        assertEquals(0, Double.compare(0.0, p.x()));
        assertEquals("Point[x=0.0, y=0.0]", p.toString());
    }

    @Test
    void rejectsNonFiniteCoordinates() {
        assertThrows(IllegalArgumentException.class, () -> new Point(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new Point(0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new Point(1e308, 0).times(10));
    }
}
