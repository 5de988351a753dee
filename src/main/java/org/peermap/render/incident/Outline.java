package org.peermap.render.incident;

import java.util.List;
import org.peermap.render.geometry.Point;

/**
 * The outer shape of something drawn on the incident map, as the line placement sees it: an ellipse or
 * a rectangle, centred on {@code centre}, {@code width} x {@code height}. A pentagon (a place) is held
 * as the rectangle around it.
 */
public record Outline(Point centre, double width, double height, boolean ellipse) {

    public static Outline rect(double x, double y, double width, double height) {
        return new Outline(new Point(x + width / 2, y + height / 2), width, height, false);
    }

    public double left() {
        return centre.x() - width / 2;
    }

    public double right() {
        return centre.x() + width / 2;
    }

    public double top() {
        return centre.y() - height / 2;
    }

    public double bottom() {
        return centre.y() + height / 2;
    }

    /** The same outline moved to {@code x}, {@code y}. */
    public Outline at(double x, double y) {
        return new Outline(new Point(x, y), width, height, ellipse);
    }

    /**
     * Whether the segment from {@code a} to {@code b} comes inside this outline grown by {@code margin}
     * on every side (a negative margin shrinks it). Touching the edge is not coming inside.
     */
    public boolean meets(Point a, Point b, double margin) {
        return meets(a.x(), a.y(), b.x(), b.y(), margin);
    }

    /**
     * As {@link #meets(Point, Point, double)}, for the segment from ({@code ax0}, {@code ay0}) to ({@code bx0},
     * {@code by0}).
     */
    boolean meets(double ax0, double ay0, double bx0, double by0, double margin) {
        double hw = width / 2 + margin;
        double hh = height / 2 + margin;
        if (hw <= 0 || hh <= 0) {
            return false;
        }
        if (Math.max(ax0, bx0) <= centre.x() - hw || Math.min(ax0, bx0) >= centre.x() + hw
                || Math.max(ay0, by0) <= centre.y() - hh || Math.min(ay0, by0) >= centre.y() + hh) {
            return false;
        }
        if (ellipse) {
            // in the ellipse's own units it is the unit circle: is the segment's nearest point inside it?
            double ax = (ax0 - centre.x()) / hw;
            double ay = (ay0 - centre.y()) / hh;
            double dx = (bx0 - ax0) / hw;
            double dy = (by0 - ay0) / hh;
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
            double px = ax + t * dx;
            double py = ay + t * dy;
            return px * px + py * py < 1 - 1e-9;
        }
        // Liang-Barsky clipping against the open rectangle, side by side (left, right, top, bottom) with no
        // arrays: this runs millions of times for a large map
        double t0 = 0;
        double t1 = 1;
        double dx = bx0 - ax0;
        double dy = by0 - ay0;
        double q = ax0 - (centre.x() - hw);
        if (dx == 0) {
            if (q <= 0) {
                return false;
            }
        } else if (-dx < 0) {
            t0 = Math.max(t0, q / -dx);
        } else {
            t1 = Math.min(t1, q / -dx);
        }
        q = centre.x() + hw - ax0;
        if (dx == 0) {
            if (q <= 0) {
                return false;
            }
        } else if (dx < 0) {
            t0 = Math.max(t0, q / dx);
        } else {
            t1 = Math.min(t1, q / dx);
        }
        q = ay0 - (centre.y() - hh);
        if (dy == 0) {
            if (q <= 0) {
                return false;
            }
        } else if (-dy < 0) {
            t0 = Math.max(t0, q / -dy);
        } else {
            t1 = Math.min(t1, q / -dy);
        }
        q = centre.y() + hh - ay0;
        if (dy == 0) {
            if (q <= 0) {
                return false;
            }
        } else if (dy < 0) {
            t0 = Math.max(t0, q / dy);
        } else {
            t1 = Math.min(t1, q / dy);
        }
        return t1 - t0 > 1e-9;
    }

    /** Whether a polyline comes inside this outline grown by {@code margin}. */
    public boolean meets(List<Point> line, double margin) {
        for (int i = 0; i + 1 < line.size(); i++) {
            if (meets(line.get(i), line.get(i + 1), margin)) {
                return true;
            }
        }
        return false;
    }

    /** Where the straight line from the centre towards {@code p} leaves the outline. */
    public Point edgeToward(Point p) {
        double dx = p.x() - centre.x();
        double dy = p.y() - centre.y();
        if (dx == 0 && dy == 0) {
            return centre;
        }
        double t;
        if (ellipse) {
            double ex = dx / (width / 2);
            double ey = dy / (height / 2);
            t = 1 / Math.sqrt(ex * ex + ey * ey);
        } else {
            double tx = dx == 0 ? Double.MAX_VALUE : (width / 2) / Math.abs(dx);
            double ty = dy == 0 ? Double.MAX_VALUE : (height / 2) / Math.abs(dy);
            t = Math.min(tx, ty);
        }
        return new Point(centre.x() + t * dx, centre.y() + t * dy);
    }
}
