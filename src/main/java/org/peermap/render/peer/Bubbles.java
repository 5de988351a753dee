package org.peermap.render.peer;

import java.awt.BasicStroke;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.peermap.render.geometry.Box;
import org.peermap.render.geometry.Hulls;
import org.peermap.render.geometry.Point;

/**
 * An incident outline that bends around people who were not involved: the union of the involved people's
 * padded boxes, joined by bands along a minimum spanning tree between them (whose links avoid other
 * people where they can). Used when the plain rounded convex outline would take in someone who was not
 * there, which would tell a panel the wrong story.
 */
final class Bubbles {
    private static final double FLATNESS = 0.5;
    private static final double AVOID = 10_000;

    private Bubbles() {}

    static List<Point> outline(List<Box> members, List<Box> others, double padding) {
        Area area = new Area();
        for (Box b : members) {
            area.add(new Area(new RoundRectangle2D.Double(b.x() - padding, b.y() - padding, b.width() + 2 * padding,
                    b.height() + 2 * padding, 2 * padding, 2 * padding)));
        }
        double band = padding + 8;
        BasicStroke stroke = new BasicStroke((float) band, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        double clearance = band / 2 + 3;
        for (int[] link : spanningTree(members, others, clearance)) {
            Point a = members.get(link[0]).centre();
            Point b = members.get(link[1]).centre();
            Path2D.Double path = new Path2D.Double();
            path.moveTo(a.x(), a.y());
            for (Point p : detour(a, b, others, clearance)) {
                path.lineTo(p.x(), p.y());
            }
            area.add(new Area(stroke.createStrokedShape(path)));
        }
        return largestRing(area);
    }

    /**
     * The way from {@code a} to {@code b} for a band: straight when that passes no one else, else bent
     * once, to one side or the other, around whoever is in the way (the nearest bend that clears them).
     */
    static List<Point> detour(Point a, Point b, List<Box> others, double clearance) {
        if (clear(List.of(a, b), others, clearance)) {
            return List.of(b);
        }
        Point d = b.minus(a);
        if (d.length() == 0) {
            return List.of(b);
        }
        Point normal = new Point(-d.y(), d.x()).normalised();
        Point mid = a.midpoint(b);
        for (double t = 20; t <= 160; t += 20) {
            for (int side : new int[] {1, -1}) {
                Point w = mid.plus(normal.times(side * t));
                if (clear(List.of(a, w, b), others, clearance)) {
                    return List.of(w, b);
                }
            }
        }
        return List.of(b);
    }

    private static boolean clear(List<Point> path, List<Box> others, double clearance) {
        return others.stream().noneMatch(o -> IncidentOutlines.crosses(path, o.grow(clearance)));
    }

    /** Prim's tree over the members; a link through someone else's box costs far more than any distance. */
    private static List<int[]> spanningTree(List<Box> members, List<Box> others, double clearance) {
        int n = members.size();
        boolean[] in = new boolean[n];
        double[] cost = new double[n];
        int[] from = new int[n];
        java.util.Arrays.fill(cost, Double.MAX_VALUE);
        List<int[]> links = new ArrayList<>();
        cost[0] = 0;
        for (int step = 0; step < n; step++) {
            int next = -1;
            for (int i = 0; i < n; i++) {
                if (!in[i] && (next < 0 || cost[i] < cost[next])) {
                    next = i;
                }
            }
            in[next] = true;
            if (step > 0) {
                links.add(new int[] {from[next], next});
            }
            for (int i = 0; i < n; i++) {
                double c = linkCost(members.get(next), members.get(i), others, clearance);
                if (!in[i] && c < cost[i]) {
                    cost[i] = c;
                    from[i] = next;
                }
            }
        }
        return links;
    }

    /** A link's length along its detour; one that still passes someone costs far more than any length. */
    private static double linkCost(Box a, Box b, List<Box> others, double clearance) {
        List<Point> path = new ArrayList<>();
        path.add(a.centre());
        path.addAll(detour(a.centre(), b.centre(), others, clearance));
        double d = 0;
        for (int i = 1; i < path.size(); i++) {
            d += path.get(i - 1).distance(path.get(i));
        }
        return d + (clear(path, others, clearance) ? 0 : AVOID);
    }

    /** The outer boundary of the area: its ring with the largest enclosed area. */
    private static List<Point> largestRing(Area area) {
        List<List<Point>> rings = new ArrayList<>();
        List<Point> ring = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = area.getPathIterator(null, FLATNESS); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                if (ring.size() > 2) {
                    rings.add(ring);
                }
                ring = new ArrayList<>();
                ring.add(new Point(c[0], c[1]));
            } else if (type == PathIterator.SEG_LINETO) {
                ring.add(new Point(c[0], c[1]));
            } else if (type == PathIterator.SEG_CLOSE && ring.size() > 2) {
                rings.add(ring);
                ring = new ArrayList<>();
            }
        }
        if (ring.size() > 2) {
            rings.add(ring);
        }
        List<Point> best = List.of();
        double bestArea = -1;
        for (List<Point> r : rings) {
            double a = Math.abs(Hulls.signedArea(r));
            if (a > bestArea) {
                bestArea = a;
                best = r;
            }
        }
        return best;
    }
}
