package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoxTest {

    private final Box box = new Box(10, 20, 30, 40);

    @Test
    void edgesAndCentre() {
        assertEquals(10, box.left());
        assertEquals(20, box.top());
        assertEquals(40, box.right());
        assertEquals(60, box.bottom());
        assertEquals(new Point(25, 40), box.centre());
    }

    @Test
    void cornersGoTopLeftTopRightBottomRightBottomLeft() {
        assertEquals(List.of(new Point(10, 20), new Point(40, 20), new Point(40, 60), new Point(10, 60)),
                box.corners());
    }

    @Test
    void aroundCentresTheBox() {
        Box b = Box.around(new Point(100, 50), 20, 10);
        assertEquals(new Box(90, 45, 20, 10), b);
        assertEquals(new Point(100, 50), b.centre());
    }

    @Test
    void containsIncludesTheEdge() {
        assertTrue(box.contains(new Point(25, 40)));
        assertTrue(box.contains(new Point(10, 20)));
        assertTrue(box.contains(new Point(40, 35)));
        assertFalse(box.contains(new Point(40.001, 35)));
        assertFalse(box.contains(new Point(25, 19.999)));
    }

    @Test
    void growAndShrink() {
        assertEquals(new Box(5, 15, 40, 50), box.grow(5));
        assertEquals(new Box(15, 25, 20, 30), box.grow(-5));
        Box collapsed = box.grow(-20);
        assertEquals(0, collapsed.width());
        assertEquals(0, collapsed.height());
        assertEquals(box.centre(), collapsed.centre());
    }

    @Test
    void zeroSizeIsAllowedNegativeIsNot() {
        assertEquals(new Point(3, 4), new Box(3, 4, 0, 0).centre());
        assertThrows(IllegalArgumentException.class, () -> new Box(0, 0, -1, 5));
        assertThrows(IllegalArgumentException.class, () -> new Box(0, 0, 5, -1));
        assertThrows(IllegalArgumentException.class, () -> new Box(Double.NaN, 0, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> new Box(0, 0, Double.POSITIVE_INFINITY, 5));
    }
}
