package org.peermap.render.peer;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.peermap.render.geometry.Box;
import org.peermap.render.geometry.Point;

/**
 * The geometric tests behind the outline rules of {@code ../shared/design/legibility.md}: what an outline
 * holds, whether its edge cuts a box, how far a point is from its edge, and where two outlines run side
 * by side. Polygons are closed vertex lists in map points.
 */
final class OutlineGeometry {
    /**
     * Two outlines closer than 6 pt on the page read as one line when they stay that close for longer than
     * 30 pt. Outlines are planned in map units, which print at 0.8 to 1.25 times their size, so the rule
     * is held at the tightest of those scales: 6 / 0.8 and 30 / 1.25 map units.
     */
    static final double NEAR = 6 / PeerMapRenderer.MIN_SCALE;
    static final double RUN = 30 / PeerMapRenderer.MAX_SCALE;

    private OutlineGeometry() {}

    static Area area(List<Point> polygon) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < polygon.size(); i++) {
            Point p = polygon.get(i);
            if (i == 0) {
                path.moveTo(p.x(), p.y());
            } else {
                path.lineTo(p.x(), p.y());
            }
        }
        path.closePath();
        return new Area(path);
    }

    static Area area(Box b) {
        return new Area(new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height()));
    }

    /** True when the box and the polygon's inside share any area. */
    static boolean overlaps(Area polygon, Box box) {
        if (!polygon.getBounds2D().intersects(box.x(), box.y(), box.width(), box.height())) {
            return false;
        }
        Area a = area(box);
        a.intersect(polygon);
        return !a.isEmpty();
    }

    /** True when the box lies wholly inside the polygon. */
    static boolean holds(Area polygon, Box box) {
        Area a = area(box);
        a.subtract(polygon);
        return a.isEmpty();
    }

    /** True when the polygon's edge passes through the box (the box is neither wholly in nor wholly out). */
    static boolean edgeCuts(Area polygon, Box box) {
        return overlaps(polygon, box) && !holds(polygon, box);
    }

    /** The distance from {@code p} to the polygon's edge. */
    static double distanceToEdge(List<Point> polygon, Point p) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < polygon.size(); i++) {
            best = Math.min(best, p.distanceToSegment(polygon.get(i), polygon.get((i + 1) % polygon.size())));
        }
        return best;
    }

    /** Points along an open polyline every {@code step} points (at most), its ends included. */
    static List<Point> samples(List<Point> line, double step) {
        List<Point> out = new ArrayList<>();
        for (int i = 1; i < line.size(); i++) {
            Point a = line.get(i - 1);
            Point b = line.get(i);
            int steps = Math.max(1, (int) Math.ceil(a.distance(b) / step));
            for (int k = 0; k < steps; k++) {
                out.add(a.lerp(b, (double) k / steps));
            }
        }
        if (!line.isEmpty()) {
            out.add(line.get(line.size() - 1));
        }
        return out;
    }

    /** Points along the polygon's edge every {@code step} points, starting at its first vertex. */
    static List<Point> walk(List<Point> polygon, double step) {
        List<Point> out = new ArrayList<>();
        double carry = 0;
        for (int i = 0; i < polygon.size(); i++) {
            Point a = polygon.get(i);
            Point b = polygon.get((i + 1) % polygon.size());
            double length = a.distance(b);
            double t = carry;
            while (t < length) {
                out.add(a.lerp(b, t / length));
                t += step;
            }
            carry = t - length;
        }
        return out;
    }

    /**
     * How many stretches of {@code a}'s edge run within {@link #NEAR} of {@code b}'s edge for longer than
     * {@link #RUN} (walked in 1 pt steps, around the closed edge).
     */
    static int parallelRuns(List<Point> a, List<Point> b) {
        Box ba = bounds(a).grow(NEAR);
        Box bb = bounds(b);
        if (ba.right() < bb.left() || bb.right() < ba.left() || ba.bottom() < bb.top() || bb.bottom() < ba.top()) {
            return 0;
        }
        List<Point> walk = walk(a, 1);
        int n = walk.size();
        boolean[] near = new boolean[n];
        boolean all = true;
        int firstFar = -1;
        for (int i = 0; i < n; i++) {
            near[i] = bb.grow(NEAR).contains(walk.get(i)) && distanceToEdge(b, walk.get(i)) < NEAR;
            if (!near[i] && firstFar < 0) {
                firstFar = i;
            }
            all &= near[i];
        }
        if (all) {
            return n > RUN ? 1 : 0;
        }
        int runs = 0;
        int length = 0;
        for (int k = 1; k <= n; k++) {
            int i = (firstFar + k) % n;
            if (near[i]) {
                length++;
            } else {
                if (length > RUN) {
                    runs++;
                }
                length = 0;
            }
        }
        return runs;
    }

    static Box bounds(List<Point> polygon) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : polygon) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Box(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }
}
