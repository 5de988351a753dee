package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClearanceTest {
    private static final Clearance.Obstacle ELLIPSE = new Clearance.Obstacle(new Point(50, 0), 20, 8, true);
    private static final Clearance.Obstacle BOX = new Clearance.Obstacle(new Point(50, 0), 20, 8, false);

    @Test
    void aLineClearOfEveryoneIsReturnedAsItIs() {
        List<Point> line = List.of(new Point(0, 20), new Point(100, 20));
        assertSame(line, Clearance.around(line, List.of(ELLIPSE), 4));
        assertSame(line, Clearance.around(line, List.of(), 4));
    }

    @Test
    void aLineGrazingAnEllipseIsMovedToLeaveTheRoom() {
        List<Point> line = List.of(new Point(0, 10), new Point(100, 10));
        List<Point> moved = Clearance.around(line, List.of(ELLIPSE), 4);
        assertClear(moved, ELLIPSE, 4);
        assertEquals(line.get(0), moved.get(0), "the ends stay on their people");
        assertEquals(line.get(1), moved.get(moved.size() - 1));
        assertTrue(moved.stream().allMatch(p -> p.y() >= 10 - 1e-9), "moved away on the side it passes: " + moved);
    }

    @Test
    void aLineThroughTheMiddleGoesRoundOneSideInOnePiece() {
        List<Point> line = List.of(new Point(0, 1), new Point(100, 1));
        List<Point> moved = Clearance.around(line, List.of(ELLIPSE), 4);
        assertClear(moved, ELLIPSE, 4);
        assertTrue(moved.stream().allMatch(p -> p.y() >= 0), "all on the side the line was nearer: " + moved);
        for (int i = 1; i < moved.size(); i++) {
            assertTrue(moved.get(i).minus(moved.get(i - 1)).length() < 8, "no jump across the person at " + i);
        }
    }

    @Test
    void aBoxIsKeptClearOfToo() {
        List<Point> line = List.of(new Point(0, -9), new Point(100, -9));
        List<Point> moved = Clearance.around(line, List.of(BOX), 3);
        assertClear(moved, BOX, 3);
        assertTrue(moved.stream().allMatch(p -> p.y() <= -9 + 1e-9), moved.toString());
    }

    @Test
    void aLineGoesRoundTheSideWhereThereIsNoOneElse() {
        Clearance.Obstacle below = new Clearance.Obstacle(new Point(50, 18), 20, 8, true);
        // nearer the bottom of ELLIPSE, but someone sits just below it: the way round is over the top
        List<Point> line = List.of(new Point(0, 4), new Point(100, 4));
        List<Point> moved = Clearance.around(line, List.of(ELLIPSE, below), 3);
        assertClear(moved, ELLIPSE, 3);
        assertClear(moved, below, 3);
    }

    @Test
    void theSameLineGivesTheSamePoints() {
        List<Point> line = List.of(new Point(0, 6), new Point(40, 9), new Point(100, 3));
        assertEquals(Clearance.around(line, List.of(ELLIPSE, BOX), 4), Clearance.around(line, List.of(ELLIPSE, BOX), 4));
    }

    private static void assertClear(List<Point> line, Clearance.Obstacle o, double room) {
        for (Point p : line) {
            assertFalse(Clearance.inside(p, o, room - 1e-3), p + " is within " + room + " of " + o);
        }
    }
}
