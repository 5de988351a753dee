package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hulls.contains and Hulls.intersects. */
class ContainsTest {

    private static final List<Point> SQUARE =
            List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10), new Point(0, 10));

    /** An L shape (not convex): the square (0,0)-(10,10) minus its bottom-right quarter (5,5)-(10,10). */
    private static final List<Point> ELL = List.of(new Point(0, 0), new Point(10, 0), new Point(10, 5),
            new Point(5, 5), new Point(5, 10), new Point(0, 10));

    @Test
    void containsInsideOutsideAndBoundary() {
        assertTrue(Hulls.contains(SQUARE, new Point(5, 5)));
        assertTrue(Hulls.contains(SQUARE, new Point(0.001, 9.999)));
        assertFalse(Hulls.contains(SQUARE, new Point(-0.001, 5)));
        assertFalse(Hulls.contains(SQUARE, new Point(5, 10.001)));
        assertFalse(Hulls.contains(SQUARE, new Point(20, 5)));
        assertTrue(Hulls.contains(SQUARE, new Point(10, 5)), "on an edge");
        assertTrue(Hulls.contains(SQUARE, new Point(0, 0)), "on a vertex");
        assertTrue(Hulls.contains(SQUARE, new Point(10, 10 + 1e-10)), "within the boundary tolerance");
    }

    @Test
    void containsWorksForEitherOrientation() {
        List<Point> reversed = List.of(SQUARE.get(3), SQUARE.get(2), SQUARE.get(1), SQUARE.get(0));
        assertTrue(Hulls.contains(reversed, new Point(5, 5)));
        assertFalse(Hulls.contains(reversed, new Point(11, 5)));
    }

    @Test
    void containsWorksForConcavePolygons() {
        assertTrue(Hulls.contains(ELL, new Point(2, 8)));
        assertTrue(Hulls.contains(ELL, new Point(8, 2)));
        assertFalse(Hulls.contains(ELL, new Point(8, 8)), "in the notch");
        assertTrue(Hulls.contains(ELL, new Point(5, 5)), "the inner corner");
        // a ray through a vertex must not miscount
        assertTrue(Hulls.contains(ELL, new Point(2, 5)));
        assertFalse(Hulls.contains(ELL, new Point(-1, 5)));
    }

    @Test
    void containsOnDegeneratePolygons() {
        assertFalse(Hulls.contains(List.of(), Point.ORIGIN));
        assertTrue(Hulls.contains(List.of(new Point(1, 1)), new Point(1, 1)));
        assertFalse(Hulls.contains(List.of(new Point(1, 1)), new Point(1, 2)));
        List<Point> segment = List.of(new Point(0, 0), new Point(10, 0));
        assertTrue(Hulls.contains(segment, new Point(4, 0)));
        assertFalse(Hulls.contains(segment, new Point(4, 1)));
    }

    @Test
    void intersectsWhenOverlappingAnEdge() {
        assertTrue(Hulls.intersects(SQUARE, new Box(8, 8, 5, 5)));
        assertTrue(Hulls.intersects(SQUARE, new Box(-5, 4, 30, 2)), "a bar through the middle, no corner inside");
    }

    @Test
    void intersectsWhenEitherHoldsTheOther() {
        assertTrue(Hulls.intersects(SQUARE, new Box(4, 4, 2, 2)), "box inside");
        assertTrue(Hulls.intersects(SQUARE, new Box(-5, -5, 30, 30)), "polygon inside");
    }

    @Test
    void intersectsWhenTouching() {
        assertTrue(Hulls.intersects(SQUARE, new Box(10, 2, 5, 5)), "sharing an edge");
        assertTrue(Hulls.intersects(SQUARE, new Box(10, 10, 5, 5)), "sharing a corner");
    }

    @Test
    void doesNotIntersectWhenApart() {
        assertFalse(Hulls.intersects(SQUARE, new Box(10.5, 2, 5, 5)));
        assertFalse(Hulls.intersects(SQUARE, new Box(-3, -3, 2.9, 2.9)));
        assertFalse(Hulls.intersects(ELL, new Box(6, 6, 3, 3)), "sitting in the notch of a concave polygon");
        assertTrue(Hulls.intersects(ELL, new Box(4, 6, 3, 3)), "poking out of the notch");
        List<Point> diamond = List.of(new Point(5, 0), new Point(10, 5), new Point(5, 10), new Point(0, 5));
        assertFalse(Hulls.intersects(diamond, new Box(8, 8, 4, 4)), "beside a slanted edge, bounding boxes overlap");
        assertTrue(Hulls.intersects(diamond, new Box(7, 7, 4, 4)));
    }

    @Test
    void intersectsOnDegeneratePolygonsAndBoxes() {
        assertFalse(Hulls.intersects(List.of(), new Box(0, 0, 100, 100)));
        assertTrue(Hulls.intersects(List.of(new Point(3, 3)), new Box(0, 0, 5, 5)));
        assertFalse(Hulls.intersects(List.of(new Point(6, 3)), new Box(0, 0, 5, 5)));
        assertTrue(Hulls.intersects(List.of(new Point(-5, 2), new Point(10, 2)), new Box(0, 0, 5, 5)));
        assertTrue(Hulls.intersects(SQUARE, new Box(5, 5, 0, 0)), "a point box inside");
        assertFalse(Hulls.intersects(SQUARE, new Box(15, 5, 0, 0)));
    }

    @Test
    void personInsideAnIncidentOutline() {
        // the use case: is an uninvolved person's box under the padded outline of the involved people?
        List<Box> involved = List.of(Box.around(new Point(0, 0), 40, 20), Box.around(new Point(200, 0), 40, 20));
        List<Point> outline = Hulls.paddedHull(involved, 10, 6);
        Box between = Box.around(new Point(100, 0), 40, 20);
        Box below = Box.around(new Point(100, 60), 40, 20);
        // the outline's bottom edge runs at y = 10 + 10; this box's top is at y = 18
        Box grazing = Box.around(new Point(100, 28), 40, 20);
        Box clear = Box.around(new Point(100, 31), 40, 20);
        assertTrue(Hulls.contains(outline, between.centre()));
        assertTrue(Hulls.intersects(outline, between));
        assertFalse(Hulls.intersects(outline, below));
        assertFalse(Hulls.contains(outline, grazing.centre()));
        assertTrue(Hulls.intersects(outline, grazing), "overlaps by 2 pt");
        assertFalse(Hulls.intersects(outline, clear), "1 pt clear");
    }
}
