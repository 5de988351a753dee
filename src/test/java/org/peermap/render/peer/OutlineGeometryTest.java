package org.peermap.render.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermap.render.geometry.Point;

/** Where two outlines run side by side: the measure behind "two outlines read as one line". */
class OutlineGeometryTest {

    static List<Point> square(double x, double y, double size) {
        return List.of(new Point(x, y), new Point(x + size, y), new Point(x + size, y + size), new Point(x, y + size));
    }

    @Test
    void concentricSquaresCloserThanTheLimitRunAllTheWayRound() {
        assertEquals(1, OutlineGeometry.parallelRuns(square(0, 0, 100), square(3, 3, 94)));
    }

    @Test
    void concentricSquaresFurtherApartDoNotRun() {
        assertEquals(0, OutlineGeometry.parallelRuns(square(0, 0, 100), square(9, 9, 82)));
    }

    @Test
    void outlinesCrossingAtRightAnglesDoNotRun() {
        List<Point> wide = List.of(new Point(0, 40), new Point(200, 40), new Point(200, 60), new Point(0, 60));
        List<Point> tall = List.of(new Point(90, -100), new Point(110, -100), new Point(110, 200), new Point(90, 200));
        assertEquals(0, OutlineGeometry.parallelRuns(wide, tall));
    }

    @Test
    void twoSeparateStretchesAlongsideAreCountedApart() {
        // a thin box lying along the top and the bottom of a square, 2 pt away, joined far to the right
        List<Point> a = square(0, 0, 100);
        List<Point> c = List.of(new Point(10, -2), new Point(90, -2), new Point(90, -60), new Point(300, -60),
                new Point(300, 160), new Point(90, 160), new Point(90, 102), new Point(10, 102), new Point(10, 140),
                new Point(280, 140), new Point(280, -40), new Point(10, -40));
        assertEquals(2, OutlineGeometry.parallelRuns(a, c));
    }
}
