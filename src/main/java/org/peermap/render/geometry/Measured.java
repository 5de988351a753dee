package org.peermap.render.geometry;

import java.util.ArrayList;
import java.util.List;

/** A polyline with its cumulative arc lengths, for walking along it by distance. */
final class Measured {

    /** Direction reported for a line with no length. */
    static final Point FALLBACK_DIRECTION = new Point(1, 0);

    private final List<Point> points;
    private final double[] cumulative;

    Measured(List<Point> line) {
        if (line.isEmpty()) {
            throw new IllegalArgumentException("a line needs at least one point");
        }
        this.points = List.copyOf(line);
        this.cumulative = new double[points.size()];
        for (int i = 1; i < points.size(); i++) {
            cumulative[i] = cumulative[i - 1] + points.get(i - 1).distance(points.get(i));
        }
    }

    List<Point> points() {
        return points;
    }

    double length() {
        return cumulative[cumulative.length - 1];
    }

    /**
     * Returns the first segment index j whose end lies beyond {@code d}; such a segment has a non-zero length
     * and starts at or before {@code d}. Returns -1 if there is none (d at or beyond the end).
     */
    private int segmentAfter(double d) {
        int lo = 1;
        int hi = cumulative.length - 1;
        if (hi < 1 || cumulative[hi] <= d) {
            return -1;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > d) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }

    Point pointAt(double distance) {
        double d = clamp(distance);
        if (d <= 0) {
            return points.get(0);
        }
        int j = segmentAfter(d);
        if (j < 0) {
            return points.get(points.size() - 1);
        }
        double t = (d - cumulative[j]) / (cumulative[j + 1] - cumulative[j]);
        return points.get(j).lerp(points.get(j + 1), t);
    }

    Point tangentAt(double distance) {
        int j = segmentAfter(clamp(distance));
        if (j < 0) {
            for (j = points.size() - 2; j >= 0; j--) {
                if (cumulative[j + 1] > cumulative[j]) {
                    break;
                }
            }
            if (j < 0) {
                return FALLBACK_DIRECTION;
            }
        }
        return direction(points.get(j), points.get(j + 1));
    }

    /**
     * Returns the part between arc lengths {@code from} and {@code to} (clamped to the line, and {@code to}
     * raised to {@code from} if smaller): always at least two points, the first and last exactly where the
     * cut falls (exactly the line's ends for 0 and the full length).
     */
    List<Point> slice(double from, double to) {
        double a = clamp(from);
        double b = Math.max(a, clamp(to));
        List<Point> out = new ArrayList<>();
        out.add(pointAt(a));
        for (int i = 0; i < points.size(); i++) {
            if (cumulative[i] > a && cumulative[i] < b && !points.get(i).equals(out.get(out.size() - 1))) {
                out.add(points.get(i));
            }
        }
        out.add(pointAt(b));
        return List.copyOf(out);
    }

    private double clamp(double distance) {
        if (Double.isNaN(distance)) {
            throw new IllegalArgumentException("distance must not be NaN");
        }
        return Math.max(0, Math.min(length(), distance));
    }

    /** Returns the unit vector from {@code a} to {@code b}, which must differ by a non-zero length. */
    static Point direction(Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.hypot(dx, dy);
        return new Point(dx / length, dy / length);
    }
}
