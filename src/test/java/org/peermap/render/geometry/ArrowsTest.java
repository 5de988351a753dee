package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peermap.render.geometry.Fixtures.assertLineNear;
import static org.peermap.render.geometry.Fixtures.assertNear;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArrowsTest {

    private static final double EPS = 1e-9;
    private static final Point TIP = new Point(10, 10);

    @Test
    void pointingRight() {
        // base 8 behind, 6 wide; the left of travel (first base point) is up the screen
        assertLineNear(List.of(TIP, new Point(2, 7), new Point(2, 13)),
                Arrows.arrowhead(TIP, new Point(1, 0), 8, 6), EPS);
    }

    @Test
    void pointingUpTheScreen() {
        // travelling up (negative y), the base is below the tip and the left of travel is -x
        assertLineNear(List.of(TIP, new Point(7, 18), new Point(13, 18)),
                Arrows.arrowhead(TIP, new Point(0, -1), 8, 6), EPS);
    }

    @Test
    void pointingDiagonallyDownRight() {
        Point direction = new Point(1, 1).normalised();
        List<Point> head = Arrows.arrowhead(TIP, direction, 8, 6);
        assertEquals(3, head.size());
        assertSame(TIP, head.get(0));
        Point left = head.get(1);
        Point right = head.get(2);
        Point baseCentre = left.midpoint(right);
        assertNear(TIP.minus(direction.times(8)), baseCentre, EPS);
        assertEquals(6, left.distance(right), EPS);
        assertEquals(0, right.minus(left).dot(direction), EPS, "base is square to the direction");
        assertEquals(Math.hypot(8, 3), left.distance(TIP), EPS);
        assertEquals(Math.hypot(8, 3), right.distance(TIP), EPS);
        // left of travelling down-right is up-right on the screen
        assertTrue(left.x() > right.x() && left.y() < right.y());
    }

    @Test
    void directionNeedNotBeUnitLength() {
        assertLineNear(Arrows.arrowhead(TIP, new Point(0, 1), 8, 6),
                Arrows.arrowhead(TIP, new Point(0, 25), 8, 6), EPS);
    }

    @Test
    void zeroSizeCollapsesToTheTip() {
        assertEquals(List.of(TIP, TIP, TIP), Arrows.arrowhead(TIP, new Point(1, 0), 0, 0));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> Arrows.arrowhead(TIP, Point.ORIGIN, 8, 6));
        assertThrows(IllegalArgumentException.class, () -> Arrows.arrowhead(TIP, new Point(1, 0), -8, 6));
        assertThrows(IllegalArgumentException.class, () -> Arrows.arrowhead(TIP, new Point(1, 0), 8, -6));
        assertThrows(IllegalArgumentException.class, () -> Arrows.arrowheadAtEnd(List.of(), 8, 6));
        assertThrows(IllegalArgumentException.class, () -> Arrows.arrowheadAtStart(List.of(), 8, 6));
    }

    @Test
    void atEndOfAStraightLineMeetsTheTrimmedLine() {
        List<Point> head = Arrows.arrowheadAtEnd(Fixtures.HORIZONTAL, 8, 6);
        assertLineNear(List.of(new Point(100, 0), new Point(92, -3), new Point(92, 3)), head, EPS);
        assertSame(Fixtures.HORIZONTAL.get(1), head.get(0));
        List<Point> trimmed = Paths.trimEnd(Fixtures.HORIZONTAL, 8);
        assertNear(head.get(1).midpoint(head.get(2)), trimmed.get(trimmed.size() - 1), EPS);
    }

    @Test
    void atStartOfAStraightLinePointsBackwards() {
        List<Point> head = Arrows.arrowheadAtStart(Fixtures.HORIZONTAL, 8, 6);
        // travelling left, the left of travel is down the screen
        assertLineNear(List.of(new Point(0, 0), new Point(8, 3), new Point(8, -3)), head, EPS);
        assertSame(Fixtures.HORIZONTAL.get(0), head.get(0));
    }

    @Test
    void atEndOfACurveCoversTheTrimmedEnd() {
        List<Point> flat = Paths.flatten(Fixtures.QUARTER_CIRCLE, 0.05);
        List<Point> head = Arrows.arrowheadAtEnd(flat, 10, 6);
        assertSame(flat.get(flat.size() - 1), head.get(0));
        List<Point> trimmed = Paths.trimEnd(flat, 10);
        Point cut = trimmed.get(trimmed.size() - 1);
        assertTrue(Hulls.contains(head, cut), "the trimmed end is under the arrowhead");
        Point axis = head.get(0).minus(head.get(1).midpoint(head.get(2))).normalised();
        assertEquals(0, axis.cross(cut.minus(head.get(0))), EPS, "the trimmed end is on the axis");
        // arriving at the end of the quarter circle the line travels left (-x), slightly down
        assertTrue(axis.x() < -0.99 && axis.y() > 0);
    }

    @Test
    void atStartOfACurveCoversTheTrimmedStart() {
        List<Point> flat = Paths.flatten(Fixtures.S_CURVE, 0.05);
        List<Point> head = Arrows.arrowheadAtStart(flat, 10, 6);
        assertSame(flat.get(0), head.get(0));
        assertTrue(Hulls.contains(head, Paths.trimStart(flat, 10).get(0)));
    }

    @Test
    void shortAndZeroLengthLines() {
        List<Point> shortLine = List.of(new Point(0, 0), new Point(0, 3));
        assertLineNear(List.of(new Point(0, 3), new Point(3, -5), new Point(-3, -5)),
                Arrows.arrowheadAtEnd(shortLine, 8, 6), EPS);
        Point p = new Point(5, 5);
        assertLineNear(List.of(p, new Point(-3, 2), new Point(-3, 8)), Arrows.arrowheadAtEnd(List.of(p), 8, 6), EPS);
        assertLineNear(List.of(p, new Point(13, 8), new Point(13, 2)),
                Arrows.arrowheadAtStart(List.of(p, p), 8, 6), EPS);
    }
}
