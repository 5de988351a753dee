package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConvexHullTest {

    @Test
    void squareWithInsideEdgeAndRepeatedPoints() {
        List<Point> points = List.of(new Point(5, 5), new Point(10, 10), new Point(0, 0), new Point(5, 0),
                new Point(0, 10), new Point(10, 0), new Point(10, 0), new Point(0, 5), new Point(2, 8));
        // maths counter-clockwise from the smallest x, then y; on a y-down screen: top-left, top-right,
        // bottom-right, bottom-left, i.e. clockwise as seen
        assertEquals(List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10), new Point(0, 10)),
                Hulls.convexHull(points));
    }

    @Test
    void orientationIsPositiveShoelaceArea() {
        List<Point> hull = Hulls.convexHull(List.of(new Point(0, 0), new Point(4, 0), new Point(0, 3)));
        assertEquals(List.of(new Point(0, 0), new Point(4, 0), new Point(0, 3)), hull);
        assertEquals(6, Hulls.signedArea(hull));
        assertEquals(-6, Hulls.signedArea(List.of(new Point(0, 0), new Point(0, 3), new Point(4, 0))));
    }

    @Test
    void smallInputs() {
        assertEquals(List.of(), Hulls.convexHull(List.of()));
        Point p = new Point(3, 4);
        assertEquals(List.of(p), Hulls.convexHull(List.of(p)));
        assertEquals(List.of(p), Hulls.convexHull(List.of(p, p, p)));
        Point q = new Point(1, 9);
        assertEquals(List.of(q, p), Hulls.convexHull(List.of(p, q)));
        assertEquals(List.of(q, p), Hulls.convexHull(List.of(q, p, q)));
        Point sameX = new Point(3, -2);
        assertEquals(List.of(sameX, p), Hulls.convexHull(List.of(p, sameX)));
    }

    @Test
    void collinearPointsGiveTheirExtremes() {
        List<Point> line = List.of(new Point(2, 2), new Point(0, 0), new Point(3, 3), new Point(1, 1));
        assertEquals(List.of(new Point(0, 0), new Point(3, 3)), Hulls.convexHull(line));
        List<Point> vertical = List.of(new Point(0, 5), new Point(0, -1), new Point(0, 2));
        assertEquals(List.of(new Point(0, -1), new Point(0, 5)), Hulls.convexHull(vertical));
    }

    @Test
    void negativeZeroIsTheSamePoint() {
        List<Point> hull = Hulls.convexHull(List.of(new Point(-0.0, 1), new Point(0.0, 1), new Point(0, 0),
                new Point(1, 0)));
        assertEquals(3, hull.size());
    }

    @Test
    void cloudHullIsConvexContainsEverythingAndIgnoresInputOrder() {
        Random random = new Random(20240601L);
        List<Point> cloud = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            cloud.add(new Point(Math.round(random.nextGaussian() * 500) / 10.0,
                    Math.round(random.nextGaussian() * 300) / 10.0));
        }
        List<Point> hull = Hulls.convexHull(cloud);
        assertTrue(hull.size() >= 5, "a real polygon: " + hull.size());
        assertTrue(Hulls.signedArea(hull) > 0);
        for (double turn : Fixtures.turns(hull)) {
            assertTrue(turn > 0, "strictly convex, no collinear vertices");
        }
        for (Point p : cloud) {
            assertTrue(Hulls.contains(hull, p), p + " inside");
        }
        assertTrue(cloud.containsAll(hull), "corners are input points");
        Point first = hull.get(0);
        for (Point p : cloud) {
            assertTrue(p.x() > first.x() || (p.x() == first.x() && p.y() >= first.y()), "starts at min x, y");
        }
        List<Point> shuffled = new ArrayList<>(cloud);
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(hull, Hulls.convexHull(shuffled));
        Collections.reverse(shuffled);
        assertEquals(hull, Hulls.convexHull(shuffled));
    }
}
