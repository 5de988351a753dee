package org.peermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermap.model.RelationshipType;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;

/** Every symbol keeps its shape whatever its length: a short harm line is still a zig-zag with an arrow. */
class ShortLinesTest {

    static List<Point> straight(double length) {
        return KeyPanel.straight(new Point(0, 0), new Point(length, 0));
    }

    /** The largest distance of the line's body from the straight centre line. */
    static double swing(List<Shape> shapes) {
        double most = 0;
        for (Shape s : shapes) {
            if (s instanceof Shape.Polyline p && !p.closed()) {
                for (Point q : p.points()) {
                    most = Math.max(most, Math.abs(q.y()));
                }
            }
        }
        return most;
    }

    static long arrowheads(List<Shape> shapes) {
        return shapes.stream().filter(s -> s instanceof Shape.Polyline p && p.closed()).count();
    }

    @Test
    void shortHarmLinesKeepTheirZigzagAndArrow() {
        for (double length : new double[] {12, 16, 20, 28, 40, 120}) {
            List<Shape> shapes = LineDrawer.draw(RelationshipType.builtIn("harm"), straight(length), 0);
            assertEquals(1, arrowheads(shapes), "arrow at " + length + " pt");
            assertTrue(swing(shapes) > 2.5, "zig-zag at " + length + " pt: " + swing(shapes));
        }
    }

    @Test
    void shortWavyLinesKeepTheirWave() {
        RelationshipType wavy = new RelationshipType("w", "Wavy", org.peermap.model.LineStyle.WAVY,
                org.peermap.model.Arrow.FORWARD, RelationshipType.BLACK, 1, false);
        for (double length : new double[] {14, 20, 30}) {
            List<Shape> shapes = LineDrawer.draw(wavy, straight(length), 0);
            assertEquals(1, arrowheads(shapes));
            assertTrue(swing(shapes) > 2.5, "wave at " + length + " pt");
        }
    }
}
