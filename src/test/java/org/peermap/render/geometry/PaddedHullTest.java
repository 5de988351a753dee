package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peermap.render.geometry.Fixtures.assertLineNear;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaddedHullTest {

    private static final double EPS = 1e-9;

    @Test
    void oneSamplePerCornerIsAGrownRectangle() {
        List<Point> outline = Hulls.paddedHull(List.of(new Box(10, 20, 30, 40)), 5, 1);
        // clockwise on the screen from the top-left
        assertLineNear(List.of(new Point(5, 15), new Point(45, 15), new Point(45, 65), new Point(5, 65)), outline,
                EPS);
    }

    @Test
    void oneBoxGivesARoundedRectangle() {
        Box box = new Box(10, 20, 30, 40);
        double padding = 8;
        int k = 6;
        List<Point> outline = Hulls.paddedHull(List.of(box), padding, k);
        assertEquals(4 * k, outline.size());
        assertConvexAndPadded(outline, List.of(box), padding);
        // straight sides lie exactly padding from the box
        assertEquals(box.left() - padding, outline.stream().mapToDouble(Point::x).min().orElseThrow(), EPS);
        assertEquals(box.right() + padding, outline.stream().mapToDouble(Point::x).max().orElseThrow(), EPS);
        assertEquals(box.top() - padding, outline.stream().mapToDouble(Point::y).min().orElseThrow(), EPS);
        assertEquals(box.bottom() + padding, outline.stream().mapToDouble(Point::y).max().orElseThrow(), EPS);
        // the corners are round: every outline point is close to the padded rounded rectangle
        double radius = padding / Math.cos(Math.PI / 4 / k);
        for (Point p : outline) {
            double d = distanceToBox(p, box);
            assertTrue(d >= padding - EPS && d <= radius + EPS, "distance " + d);
        }
    }

    @Test
    void severalBoxesGiveAConvexBlobAroundAll() {
        List<Box> boxes = List.of(new Box(0, 0, 40, 20), new Box(100, 10, 40, 20), new Box(50, 80, 40, 20),
                new Box(60, 30, 10, 10));
        double padding = 6;
        List<Point> outline = Hulls.paddedHull(boxes, padding, 8);
        assertConvexAndPadded(outline, boxes, padding);
        double radius = padding / Math.cos(Math.PI / 4 / 8);
        for (Point p : outline) {
            double nearest = boxes.stream().mapToDouble(b -> distanceToBox(p, b)).min().orElseThrow();
            assertTrue(nearest <= radius + EPS, "outline hugs the boxes: " + nearest);
        }
        List<Box> reversed = new ArrayList<>(boxes);
        Collections.reverse(reversed);
        assertEquals(outline, Hulls.paddedHull(reversed, padding, 8), "independent of box order");
    }

    @Test
    void zeroPaddingIsTheHullOfTheCorners() {
        List<Box> boxes = List.of(new Box(0, 0, 10, 10), new Box(20, 5, 10, 10));
        assertEquals(List.of(new Point(0, 0), new Point(10, 0), new Point(30, 5), new Point(30, 15),
                new Point(20, 15), new Point(0, 10)), Hulls.paddedHull(boxes, 0, 4));
    }

    @Test
    void pointBoxGivesARoundBlob() {
        Point centre = new Point(50, 50);
        List<Point> outline = Hulls.paddedHull(List.of(Box.around(centre, 0, 0)), 10, 8);
        assertEquals(32, outline.size());
        for (Point p : outline) {
            assertEquals(10 / Math.cos(Math.PI / 32), p.distance(centre), EPS);
        }
        assertConvexAndPadded(outline, List.of(Box.around(centre, 0, 0)), 10);
    }

    @Test
    void emptyAndBadInput() {
        assertEquals(List.of(), Hulls.paddedHull(List.of(), 5, 4));
        Box box = new Box(0, 0, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> Hulls.paddedHull(List.of(box), -1, 4));
        assertThrows(IllegalArgumentException.class, () -> Hulls.paddedHull(List.of(box), 5, 0));
        assertThrows(IllegalArgumentException.class, () -> Hulls.paddedHull(List.of(box), Double.NaN, 4));
    }

    /** Asserts the outline is strictly convex, maths counter-clockwise, and every box corner is padding inside. */
    private static void assertConvexAndPadded(List<Point> outline, List<Box> boxes, double padding) {
        assertTrue(Hulls.signedArea(outline) > 0);
        for (double turn : Fixtures.turns(outline)) {
            assertTrue(turn > 0, "convex");
        }
        for (Box box : boxes) {
            for (Point corner : box.corners()) {
                assertTrue(Hulls.contains(outline, corner));
                double inset = Double.POSITIVE_INFINITY;
                for (int i = 0; i < outline.size(); i++) {
                    inset = Math.min(inset,
                            corner.distanceToSegment(outline.get(i), outline.get((i + 1) % outline.size())));
                }
                assertTrue(inset >= padding - 0.01, "corner " + corner + " is only " + inset + " inside");
            }
        }
    }

    private static double distanceToBox(Point p, Box box) {
        double dx = Math.max(0, Math.max(box.left() - p.x(), p.x() - box.right()));
        double dy = Math.max(0, Math.max(box.top() - p.y(), p.y() - box.bottom()));
        return Math.hypot(dx, dy);
    }
}
