package org.peermap.render.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermap.render.geometry.Point;

/** The outlines' geometry, and that placed lines pass through nothing but their ends. */
class PlacementTest {

    @Test
    void segmentsMeetEllipsesAndRectanglesOnlyInside() {
        Outline ellipse = new Outline(new Point(0, 0), 40, 20, true);
        assertTrue(ellipse.meets(new Point(-30, 0), new Point(30, 0), 0));
        assertFalse(ellipse.meets(new Point(-30, 10.5), new Point(30, 10.5), 0), "passes just above");
        assertTrue(ellipse.meets(new Point(-30, 10.5), new Point(30, 10.5), 1), "but not with a margin");
        assertFalse(ellipse.meets(new Point(19, 9), new Point(25, 12), 0), "beside the corner of its box");
        Outline rect = Outline.rect(0, 0, 10, 10);
        assertTrue(rect.meets(new Point(-5, 5), new Point(15, 5), 0));
        assertFalse(rect.meets(new Point(-5, 10), new Point(15, 10), 0), "along an edge is not inside");
        assertFalse(rect.meets(new Point(5, 10), new Point(5, 30), 0), "leaving from an edge is not inside");
        Point edge = ellipse.edgeToward(new Point(100, 0));
        assertEquals(20, edge.x(), 1e-9);
        assertEquals(10, new Outline(new Point(0, 0), 40, 20, false).edgeToward(new Point(0, 50)).y(), 1e-9);
    }

    @Test
    void noLinePassesThroughAnotherItemEvenWhenCrowded() {
        // two marks and twenty items in two rows, every item joined to both marks
        List<Outline> marks = List.of(Outline.rect(0, -20, 80, 40), Outline.rect(300, -20, 80, 40));
        List<Placement.Anchor> anchors = List.of(new Placement.Anchor(0, 8, 72, 20),
                new Placement.Anchor(1, 308, 372, 20));
        List<Placement.Item> items = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            items.add(new Placement.Item(50, 30, k % 3 != 0, k % 4 == 0 ? List.of(0, 1) : List.of(k % 2),
                    k % 2 == 0 ? 40 : 340));
        }
        List<Placement.Placed> placed = new Placement(marks, anchors, new Placement.Rows(70, 44, 3), -100, 480)
                .place(items).orElseThrow();
        assertEquals(20, placed.size());
        for (int i = 0; i < placed.size(); i++) {
            assertEquals(items.get(i).anchors().size(), placed.get(i).lines().size());
            for (List<Point> line : placed.get(i).lines()) {
                for (int j = 0; j < placed.size(); j++) {
                    if (j != i) {
                        assertFalse(placed.get(j).outline().meets(line, -1), "line of " + i + " through " + j);
                    }
                }
            }
        }
    }
}
