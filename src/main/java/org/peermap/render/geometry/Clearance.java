package org.peermap.render.geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a line clear of shapes it does not join. Graphviz routes a line around people, but only just: its
 * route may pass within a point of someone, and the waves of a harm line or the strokes of a double line,
 * which lie either side of the route, then cross into their shape, so the line reads as joining them. Here
 * every stretch of the line that comes within {@code room} of a shape is moved sideways, across the line,
 * to the near side of that shape, just far enough to leave the room. Both ends stay where they are (on the
 * borders of the two people the line joins).
 */
public final class Clearance {
    /** The longest step between the points of a line that is moved, in points. */
    static final double STEP = 1.5;
    private static final int PASSES = 4;
    /** How many points either side of a moved stretch are moved with it, less and less. */
    private static final int TAPER = 4;

    /**
     * A shape to keep clear of: an ellipse ({@code round}) or an upright box, by its centre and half sizes.
     */
    public record Obstacle(Point centre, double halfWidth, double halfHeight, boolean round) {}

    /** Points of a line from index {@code from} on. */
    private record Stretch(int from, List<Point> points) {}

    private Clearance() {}

    /**
     * The line, moved where it comes within {@code room} of an obstacle; the same list when it comes near
     * none. A stretch that cannot be moved clear of every obstacle (people too close together) is left as
     * near as it ends up after a few passes.
     */
    public static List<Point> around(List<Point> line, List<Obstacle> obstacles, double room) {
        if (line.size() < 2 || obstacles.isEmpty()) {
            return line;
        }
        if (!nearAny(line, obstacles, room)) {
            return line;
        }
        List<Point> points = densify(line);
        boolean any = false;
        for (int pass = 0; pass < PASSES; pass++) {
            boolean moved = false;
            for (Obstacle o : obstacles) {
                moved |= pushOut(points, o, obstacles, room);
            }
            any |= moved;
            if (!moved) {
                break;
            }
        }
        return any ? List.copyOf(points) : line;
    }

    /**
     * Moves every run of inner points inside {@code o} (grown by {@code room}) out to one side of it: the
     * side the run is already on, unless that leaves it inside another obstacle and the other side does not.
     */
    private static boolean pushOut(List<Point> points, Obstacle o, List<Obstacle> obstacles, double room) {
        boolean moved = false;
        int i = 1;
        while (i < points.size() - 1) {
            if (!inside(points.get(i), o, room)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < points.size() - 1 && inside(points.get(j + 1), o, room)) {
                j++;
            }
            Point chord = points.get(j + 1).minus(points.get(i - 1));
            double length = Math.hypot(chord.x(), chord.y());
            if (length > 1e-9) {
                Point normal = new Point(chord.y() / length, -chord.x() / length);
                double side = 0;
                for (int k = i; k <= j; k++) {
                    Point q = points.get(k).minus(o.centre());
                    side += q.x() * normal.x() + q.y() * normal.y();
                }
                Point away = side < 0 ? normal.times(-1) : normal;
                // a wide arc on the near side if it is clear; else whichever of a wide or a tight bend, on
                // either side, runs into fewest others
                Stretch near = moved(points, i, j, away, o, room, true);
                int clash = clashes(near.points(), obstacles, room);
                for (int t = 1; t < 4 && clash > 0; t++) {
                    Stretch other = moved(points, i, j, t % 2 == 1 ? away.times(-1) : away, o, room, t < 2);
                    int c = clashes(other.points(), obstacles, room);
                    if (c < clash) {
                        near = other;
                        clash = c;
                    }
                }
                for (int k = 0; k < near.points().size(); k++) {
                    points.set(near.from() + k, near.points().get(k));
                }
                moved = true;
            }
            i = j + 1;
        }
        return moved;
    }

    /**
     * The inner points around {@code i..j}, moved along {@code away} so that {@code i..j} leave {@code o}:
     * each point of the run lifts the line by as much as it must move, falling away smoothly over twice that
     * distance (at least {@link #TAPER} points) either side, or over {@link #TAPER} points only when not
     * {@code wide}, and every point moves by the most any of these asks of it. So the line bends round the
     * person in one smooth arc rather than hugging their outline, which would read as a second border; the
     * tight bend is for a line squeezed between people.
     */
    private static Stretch moved(List<Point> points, int i, int j, Point away, Obstacle o, double room,
            boolean wide) {
        double[] by = new double[j - i + 1];
        int[] reach = new int[j - i + 1];
        int widest = TAPER;
        for (int k = i; k <= j; k++) {
            by[k - i] = exit(points.get(k), away, o, room) + 1e-6;
            reach[k - i] = wide ? Math.max(TAPER, (int) Math.ceil(2 * by[k - i] / STEP)) : TAPER;
            widest = Math.max(widest, reach[k - i]);
        }
        int from = Math.max(1, i - widest);
        int to = Math.min(points.size() - 2, j + widest);
        List<Point> out = new ArrayList<>(points.subList(from, to + 1));
        for (int m = from; m <= to; m++) {
            double move = 0;
            for (int k = i; k <= j; k++) {
                int apart = Math.abs(m - k);
                if (apart <= reach[k - i]) {
                    move = Math.max(move, by[k - i] * ease(1 - (double) apart / (reach[k - i] + 1)));
                }
            }
            out.set(m - from, points.get(m).plus(away.times(move)));
        }
        return new Stretch(from, out);
    }

    /** A smooth step from 0 to 1. */
    private static double ease(double t) {
        return t * t * (3 - 2 * t);
    }

    /** How many of the points lie inside an obstacle. */
    private static int clashes(List<Point> points, List<Obstacle> obstacles, double room) {
        int n = 0;
        for (Point p : points) {
            for (Obstacle o : obstacles) {
                if (inside(p, o, room)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** False when no obstacle, grown by {@code room}, meets the line's bounding box: nothing to move. */
    private static boolean nearAny(List<Point> line, List<Obstacle> obstacles, double room) {
        Extent box = Extent.of(line);
        for (Obstacle o : obstacles) {
            double a = o.halfWidth() + room;
            double b = o.halfHeight() + room;
            if (o.centre().x() + a > box.minX() && o.centre().x() - a < box.maxX() && o.centre().y() + b > box.minY()
                    && o.centre().y() - b < box.maxY()) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(Point p, Obstacle o, double room) {
        double dx = p.x() - o.centre().x();
        double dy = p.y() - o.centre().y();
        double a = o.halfWidth() + room;
        double b = o.halfHeight() + room;
        return o.round() ? dx * dx / (a * a) + dy * dy / (b * b) < 1 : Math.abs(dx) < a && Math.abs(dy) < b;
    }

    /** How far from {@code p}, inside the grown obstacle, along the unit vector {@code u} its border is. */
    private static double exit(Point p, Point u, Obstacle o, double room) {
        double qx = p.x() - o.centre().x();
        double qy = p.y() - o.centre().y();
        double a = o.halfWidth() + room;
        double b = o.halfHeight() + room;
        if (o.round()) {
            double qa = u.x() * u.x() / (a * a) + u.y() * u.y() / (b * b);
            double qb = 2 * (qx * u.x() / (a * a) + qy * u.y() / (b * b));
            double qc = qx * qx / (a * a) + qy * qy / (b * b) - 1;
            return (-qb + Math.sqrt(Math.max(0, qb * qb - 4 * qa * qc))) / (2 * qa);
        }
        double t = Double.MAX_VALUE;
        if (Math.abs(u.x()) > 1e-12) {
            t = Math.min(t, ((u.x() > 0 ? a : -a) - qx) / u.x());
        }
        if (Math.abs(u.y()) > 1e-12) {
            t = Math.min(t, ((u.y() > 0 ? b : -b) - qy) / u.y());
        }
        return Math.max(0, t);
    }

    /** The line with points added so that no step is longer than {@link #STEP}. */
    private static List<Point> densify(List<Point> line) {
        List<Point> out = new ArrayList<>();
        out.add(line.get(0));
        for (int i = 1; i < line.size(); i++) {
            Point from = line.get(i - 1);
            Point to = line.get(i);
            int steps = (int) Math.ceil(Math.hypot(to.x() - from.x(), to.y() - from.y()) / STEP);
            for (int s = 1; s < steps; s++) {
                out.add(from.plus(to.minus(from).times((double) s / steps)));
            }
            out.add(to);
        }
        return out;
    }
}
