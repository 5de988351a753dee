package org.peermap.render.geometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Convex hulls, padded outlines around groups of boxes, and point-in-polygon and polygon-box tests.
 *
 * <p>Polygons are vertex lists without a repeated closing point. Hulls returned here are counter-clockwise
 * in standard mathematical orientation ({@link #signedArea} positive), which looks clockwise on a y-down
 * screen, and start at the vertex with the smallest x (then the smallest y).
 */
public final class Hulls {

    /** Points this close to a polygon's boundary count as inside it. */
    static final double BOUNDARY_TOLERANCE = 1e-9;

    private static final Comparator<Point> BY_X_THEN_Y =
            Comparator.comparingDouble(Point::x).thenComparingDouble(Point::y);

    private Hulls() {
    }

    /**
     * Returns the convex hull of the points by Andrew's monotone chain: the hull's corners only (points on
     * an edge are left out), counter-clockwise in mathematical orientation (clockwise on a y-down screen),
     * starting at the smallest x (then smallest y), without a repeated closing point. Duplicates are merged.
     * No points give an empty list, one distinct point a one-point list, and collinear points their two
     * extreme points (smallest first).
     */
    public static List<Point> convexHull(List<Point> points) {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(BY_X_THEN_Y);
        List<Point> distinct = new ArrayList<>();
        for (Point p : sorted) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(p)) {
                distinct.add(p);
            }
        }
        if (distinct.size() < 3) {
            return List.copyOf(distinct);
        }
        List<Point> hull = new ArrayList<>();
        for (Point p : distinct) {
            addTurningLeft(hull, p, 2);
        }
        int lowerSize = hull.size() + 1;
        for (int i = distinct.size() - 2; i >= 0; i--) {
            addTurningLeft(hull, distinct.get(i), lowerSize);
        }
        hull.remove(hull.size() - 1); // the first point again
        return List.copyOf(hull);
    }

    /** Pops points that would not make a strict mathematical left turn, keeping at least {@code floor - 1}. */
    private static void addTurningLeft(List<Point> hull, Point p, int floor) {
        while (hull.size() >= floor && turn(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
            hull.remove(hull.size() - 1);
        }
        hull.add(p);
    }

    /** Returns the cross product of {@code a - o} and {@code b - o}: positive for a mathematical left turn. */
    static double turn(Point o, Point a, Point b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }

    /**
     * Returns the signed area of the polygon by the shoelace formula: positive for counter-clockwise in
     * mathematical orientation (as hulls here are), which looks clockwise on a y-down screen. Fewer than
     * three points give 0.
     */
    public static double signedArea(List<Point> polygon) {
        double sum = 0;
        for (int i = 0; i < polygon.size(); i++) {
            Point a = polygon.get(i);
            Point b = polygon.get((i + 1) % polygon.size());
            sum += a.x() * b.y() - b.x() * a.y();
        }
        return sum / 2;
    }

    /**
     * Returns a rounded convex outline around the boxes: the convex hull of every box grown by
     * {@code padding} with rounded corners. Each box corner contributes {@code samplesPerCorner} points on
     * its outward quarter circle, at the middles of {@code samplesPerCorner} equal arcs and at radius
     * {@code padding / cos(45° / samplesPerCorner)}, so that the outline's edges touch the padded shape
     * instead of cutting into it: every point of every box is at least {@code padding} inside the outline,
     * straight sides lie exactly {@code padding} from the box sides, and no point of the outline is farther
     * than {@code padding / cos(45° / samplesPerCorner)} from a box. One sample per corner gives a plain
     * rectangle grown by {@code padding}; 6 or more look round.
     *
     * <p>One box gives a rounded rectangle of {@code 4 × samplesPerCorner} points; several give a smooth
     * convex blob. The orientation is that of {@link #convexHull}. No boxes give an empty list; a padding
     * of 0 gives the hull of the box corners.
     *
     * @throws IllegalArgumentException if {@code padding} is negative or not finite, or
     *     {@code samplesPerCorner} is less than 1
     */
    public static List<Point> paddedHull(List<Box> boxes, double padding, int samplesPerCorner) {
        Paths.checkNotNegative(padding, "padding");
        if (samplesPerCorner < 1) {
            throw new IllegalArgumentException("samplesPerCorner must be at least 1: " + samplesPerCorner);
        }
        double step = Math.PI / 2 / samplesPerCorner;
        double radius = padding / Math.cos(step / 2);
        List<Point> offsets = new ArrayList<>();
        for (int j = 0; j < 4 * samplesPerCorner; j++) {
            double angle = (j + 0.5) * step; // screen angle from +x towards +y (down)
            offsets.add(new Point(radius * Math.cos(angle), radius * Math.sin(angle)));
        }
        List<Point> samples = new ArrayList<>();
        for (Box box : boxes) {
            // Quadrants in screen angle order: bottom-right, bottom-left, top-left, top-right.
            Point[] corners = {
                new Point(box.right(), box.bottom()), new Point(box.left(), box.bottom()),
                new Point(box.left(), box.top()), new Point(box.right(), box.top())};
            for (int j = 0; j < offsets.size(); j++) {
                samples.add(corners[j / samplesPerCorner].plus(offsets.get(j)));
            }
        }
        return convexHull(samples);
    }

    /**
     * Returns whether {@code p} is inside the polygon (even-odd rule, so it works for any simple polygon,
     * convex or not, in either orientation). Points on the boundary, within 1e-9, count as inside. An
     * empty polygon contains nothing; a one- or two-point polygon contains only the points on it.
     */
    public static boolean contains(List<Point> polygon, Point p) {
        int n = polygon.size();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (p.distanceToSegment(polygon.get(i), polygon.get((i + 1) % n)) <= BOUNDARY_TOLERANCE) {
                return true;
            }
        }
        boolean inside = false;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            Point a = polygon.get(i);
            Point b = polygon.get(j);
            if ((a.y() > p.y()) != (b.y() > p.y())) {
                double crossingX = a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
                if (p.x() < crossingX) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /**
     * Returns whether the polygon and the box share any point: they overlap, one holds the other, or they
     * touch. Works for any simple polygon, convex or not. An empty polygon intersects nothing.
     */
    public static boolean intersects(List<Point> polygon, Box box) {
        int n = polygon.size();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (segmentMeetsBox(polygon.get(i), polygon.get((i + 1) % n), box)) {
                return true;
            }
        }
        // No edge meets the box, so the box is wholly inside or wholly outside the polygon.
        return contains(polygon, box.centre());
    }

    /** Returns whether the closed segment meets the closed box (Liang-Barsky clipping). */
    static boolean segmentMeetsBox(Point a, Point b, Box box) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - box.left(), box.right() - a.x(), a.y() - box.top(), box.bottom() - a.y()};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    if (r > t1) {
                        return false;
                    }
                    t0 = Math.max(t0, r);
                } else {
                    if (r < t0) {
                        return false;
                    }
                    t1 = Math.min(t1, r);
                }
            }
        }
        return t0 <= t1;
    }
}
