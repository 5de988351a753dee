package org.peermap.render.geometry;

import java.util.ArrayList;
import java.util.List;

/** Parallel offsets of polylines; see {@link Paths#offset}. */
final class Offsets {

    /** Longest allowed miter, as a multiple of the offset distance. */
    static final double MITER_LIMIT = 4;

    /** Consecutive points closer than this are merged before offsetting. */
    static final double MERGE_DISTANCE = 1e-9;

    private Offsets() {
    }

    static List<Point> offset(List<Point> line, double distance) {
        if (line.isEmpty()) {
            throw new IllegalArgumentException("a line needs at least one point");
        }
        if (!Double.isFinite(distance)) {
            throw new IllegalArgumentException("offset distance must be finite: " + distance);
        }
        List<Point> pts = merged(line);
        if (pts.size() < 2 || distance == 0) {
            return List.copyOf(line);
        }
        List<Point> out = new ArrayList<>();
        Point normal = Measured.direction(pts.get(0), pts.get(1)).perpendicular();
        out.add(pts.get(0).plus(normal.times(distance)));
        for (int i = 1; i < pts.size() - 1; i++) {
            Point p = pts.get(i);
            Point tIn = Measured.direction(pts.get(i - 1), p);
            Point tOut = Measured.direction(p, pts.get(i + 1));
            join(p, tIn, tOut, distance, out);
        }
        Point last = pts.get(pts.size() - 1);
        Point lastNormal = Measured.direction(pts.get(pts.size() - 2), last).perpendicular();
        out.add(last.plus(lastNormal.times(distance)));
        return List.copyOf(out);
    }

    /** Adds the offset point(s) for the inner vertex {@code p} between directions {@code tIn} and {@code tOut}. */
    private static void join(Point p, Point tIn, Point tOut, double distance, List<Point> out) {
        Point n1 = tIn.perpendicular();
        Point n2 = tOut.perpendicular();
        double denominator = 1 + n1.dot(n2);
        // The miter vector m satisfies m.n1 = m.n2 = 1; its length is 1 / cos(turn / 2).
        if (denominator > 2 / (MITER_LIMIT * MITER_LIMIT)) {
            Point miter = n1.plus(n2).times(1 / denominator);
            out.add(p.plus(miter.times(distance)));
            return;
        }
        boolean inner = n1.dot(tOut) * distance > 0;
        if (inner) {
            Point bisector = n1.plus(n2).normalised();
            out.add(p.plus(bisector.times(MITER_LIMIT * distance)));
        } else {
            out.add(p.plus(n1.times(distance)));
            out.add(p.plus(n2.times(distance)));
        }
    }

    /** Returns the points with near-duplicates merged, keeping the exact first and last points. */
    private static List<Point> merged(List<Point> line) {
        List<Point> pts = new ArrayList<>();
        pts.add(line.get(0));
        for (int i = 1; i < line.size(); i++) {
            Point p = line.get(i);
            if (p.distance(pts.get(pts.size() - 1)) > MERGE_DISTANCE) {
                pts.add(p);
            }
        }
        Point last = line.get(line.size() - 1);
        if (pts.size() > 1) {
            pts.set(pts.size() - 1, last);
        }
        return pts;
    }
}
