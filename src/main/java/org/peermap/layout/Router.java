package org.peermap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Our own routing of lines around people, for maps too large for Graphviz's (whose time grows with about the cube
 * of the map's size). A line that passes no one it does not join stays straight. Any other takes the shortest way
 * round the shapes in its way, each grown by {@link #ROOM}: a shortest path over the corners of those grown shapes
 * (boxes by their corners, ellipses by a circumscribed octagon) that can see each other, looked for in a window
 * around the straight line that widens when no way is found in it, then rounded at each corner into a cubic curve.
 * The drawing's {@code Clearance} then keeps the line's ink clear of the shapes it passes. The time grows with the
 * number of lines times the people near each, not with the cube of the map.
 */
final class Router {
    /** How far a route keeps from the shapes it passes, in points (less than the room Graphviz keeps between them). */
    static final double ROOM = 4.5;
    /** The longest stretch of a route, either side of a corner, that is rounded into the corner's curve. */
    private static final double ROUNDING = 14;
    /** How far round the straight line the first window of obstacles reaches, in points, and how often it widens. */
    private static final double WINDOW = 60;
    private static final int WIDENINGS = 3;

    private final double[] cx;
    private final double[] cy;
    private final double[] hw;
    private final double[] hh;
    private final boolean[] round;
    private final Grid grid;

    private Router(Layout layout, Graph graph) {
        int n = graph.nodes().size();
        cx = new double[n];
        cy = new double[n];
        hw = new double[n];
        hh = new double[n];
        round = new boolean[n];
        double largest = 1;
        for (int i = 0; i < n; i++) {
            Graph.Node node = graph.nodes().get(i);
            cx[i] = layout.centres().get(i).x();
            cy[i] = layout.centres().get(i).y();
            hw[i] = node.width() / 2;
            hh[i] = node.height() / 2;
            round[i] = node.round();
            largest = Math.max(largest, Math.max(node.width(), node.height()) + 2 * ROOM);
        }
        grid = new Grid(this, largest);
    }

    /** The layout with every edge routed by us round the nodes it does not join (points, y down). */
    static Layout route(Layout layout, Graph graph) {
        if (graph.edges().isEmpty()) {
            return layout;
        }
        Router router = new Router(layout, graph);
        List<List<Layout.XY>> edges = new ArrayList<>();
        for (Graph.Edge e : graph.edges()) {
            edges.add(router.edge(e.from(), e.to()));
        }
        return Bounds.normalise(layout.centres(), edges, graph);
    }

    /** The route of one line, as cubic spline points (1 + 3n) from the border of {@code a} to that of {@code b}. */
    private List<Layout.XY> edge(int a, int b) {
        double[] path = path(a, b);
        int k = path.length / 2;
        // the ends on the two shapes' borders, towards the first and last corners
        double[] start = border(a, path[2], path[3]);
        double[] end = border(b, path[2 * k - 4], path[2 * k - 3]);
        path[0] = start[0];
        path[1] = start[1];
        path[2 * k - 2] = end[0];
        path[2 * k - 1] = end[1];
        return smooth(path);
    }

    /** The polyline from the centre of {@code a} to the centre of {@code b}, as x, y pairs. */
    private double[] path(int a, int b) {
        double ax = cx[a], ay = cy[a], bx = cx[b], by = cy[b];
        if (clear(ax, ay, bx, by, a, b, null)) {
            return new double[] {ax, ay, bx, by};
        }
        double window = WINDOW;
        for (int w = 0; w <= WIDENINGS; w++, window *= 2.5) {
            int[] near = grid.within(Math.min(ax, bx) - window, Math.min(ay, by) - window, Math.max(ax, bx) + window,
                    Math.max(ay, by) + window, a, b);
            double[] found = shortest(a, b, near);
            if (found != null) {
                return found;
            }
        }
        return new double[] {ax, ay, bx, by}; // no way round (people packed too close): straight, as before
    }

    /**
     * The shortest way from the centre of {@code a} to that of {@code b} round the obstacles {@code near}: Dijkstra
     * over their grown corners, each step a straight segment that meets no obstacle of the window; null if none.
     */
    private double[] shortest(int a, int b, int[] near) {
        List<double[]> corners = new ArrayList<>();
        corners.add(new double[] {cx[a], cy[a]});
        corners.add(new double[] {cx[b], cy[b]});
        double grow = ROOM + 0.5;
        for (int o : near) {
            for (double[] c : corners(o, grow)) {
                if (!insideAny(c[0], c[1], near) && !inside(c[0], c[1], a, 0) && !inside(c[0], c[1], b, 0)) {
                    corners.add(c);
                }
            }
        }
        int v = corners.size();
        double[] dist = new double[v];
        int[] from = new int[v];
        boolean[] done = new boolean[v];
        Arrays.fill(dist, Double.MAX_VALUE);
        Arrays.fill(from, -1);
        dist[0] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0])
                : Double.compare(x[1], y[1]));
        double[] goal = corners.get(1);
        queue.add(new double[] {Math.hypot(goal[0] - cx[a], goal[1] - cy[a]), 0});
        while (!queue.isEmpty()) {
            int u = (int) queue.poll()[1];
            if (done[u]) {
                continue;
            }
            done[u] = true;
            if (u == 1) {
                break;
            }
            double[] p = corners.get(u);
            for (int t = 1; t < v; t++) {
                if (done[t]) {
                    continue;
                }
                double[] q = corners.get(t);
                double d = dist[u] + Math.hypot(q[0] - p[0], q[1] - p[1]);
                if (d < dist[t] - 1e-9 && clear(p[0], p[1], q[0], q[1], a, b, near)) {
                    dist[t] = d;
                    from[t] = u;
                    queue.add(new double[] {d + Math.hypot(goal[0] - q[0], goal[1] - q[1]), t});
                }
            }
        }
        if (from[1] < 0) {
            return null;
        }
        List<double[]> way = new ArrayList<>();
        for (int u = 1; u >= 0; u = from[u]) {
            way.add(0, corners.get(u));
            if (u == 0) {
                break;
            }
        }
        double[] out = new double[2 * way.size()];
        for (int i = 0; i < way.size(); i++) {
            out[2 * i] = way.get(i)[0];
            out[2 * i + 1] = way.get(i)[1];
        }
        return out;
    }

    /** The points a route may turn at round obstacle {@code o} grown by {@code grow}: box corners, or an octagon. */
    private List<double[]> corners(int o, double grow) {
        double a = hw[o] + grow;
        double b = hh[o] + grow;
        List<double[]> out = new ArrayList<>();
        if (!round[o]) {
            for (int sx = -1; sx <= 1; sx += 2) {
                for (int sy = -1; sy <= 1; sy += 2) {
                    out.add(new double[] {cx[o] + sx * a, cy[o] + sy * b});
                }
            }
            return out;
        }
        // the regular octagon round the unit circle, stretched to the ellipse: its corners lie 1 / cos(22.5 deg) out
        double r = 1 / Math.cos(Math.PI / 8) + 0.01;
        for (int k = 0; k < 8; k++) {
            double angle = Math.PI / 8 + k * Math.PI / 4;
            out.add(new double[] {cx[o] + a * r * Math.cos(angle), cy[o] + b * r * Math.sin(angle)});
        }
        return out;
    }

    private boolean insideAny(double x, double y, int[] near) {
        for (int o : near) {
            if (inside(x, y, o, ROOM)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the point lies inside node {@code o}'s shape grown by {@code grow}. */
    private boolean inside(double x, double y, int o, double grow) {
        double dx = x - cx[o];
        double dy = y - cy[o];
        double a = hw[o] + grow;
        double b = hh[o] + grow;
        return round[o] ? dx * dx / (a * a) + dy * dy / (b * b) < 1 : Math.abs(dx) < a && Math.abs(dy) < b;
    }

    /**
     * Whether the segment meets no obstacle grown by {@link #ROOM} but the nodes {@code a} and {@code b} it joins:
     * of {@code near}, or of every node when {@code near} is null (through the grid).
     */
    private boolean clear(double x0, double y0, double x1, double y1, int a, int b, int[] near) {
        if (near == null) {
            near = grid.within(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1), a, b);
        }
        for (int o : near) {
            if (meets(x0, y0, x1, y1, o)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the segment passes through the inside of node {@code o}'s shape grown by {@link #ROOM}. */
    private boolean meets(double x0, double y0, double x1, double y1, int o) {
        double a = hw[o] + ROOM;
        double b = hh[o] + ROOM;
        // a segment wholly to one side of the grown shape's box does not meet it (most of those tested)
        if (Math.max(x0, x1) <= cx[o] - a || Math.min(x0, x1) >= cx[o] + a || Math.max(y0, y1) <= cy[o] - b
                || Math.min(y0, y1) >= cy[o] + b) {
            return false;
        }
        // in the node's frame, scaled so that the grown shape is the unit circle or the square [-1, 1]^2
        double px = (x0 - cx[o]) / a, py = (y0 - cy[o]) / b;
        double dx = (x1 - x0) / a, dy = (y1 - y0) / b;
        if (round[o]) {
            double len = dx * dx + dy * dy;
            double t = len < 1e-18 ? 0 : Math.max(0, Math.min(1, -(px * dx + py * dy) / len));
            double qx = px + t * dx, qy = py + t * dy;
            return qx * qx + qy * qy < 1 - 1e-6;
        }
        double lo = 0, hi = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {px + 1, 1 - px, py + 1, 1 - py};
        for (int i = 0; i < 4; i++) {
            if (Math.abs(p[i]) < 1e-12) {
                if (q[i] <= 1e-6) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    lo = Math.max(lo, t);
                } else {
                    hi = Math.min(hi, t);
                }
            }
        }
        // a segment that only runs along a side, or touches a corner, does not pass through
        return hi - lo > 1e-6 && insideStrictly(px + (lo + hi) / 2 * dx, py + (lo + hi) / 2 * dy);
    }

    private static boolean insideStrictly(double x, double y) {
        return Math.abs(x) < 1 - 1e-6 && Math.abs(y) < 1 - 1e-6;
    }

    /** Where the ray from node {@code o}'s centre towards (x, y) leaves its shape; (x, y) if that is inside it. */
    private double[] border(int o, double x, double y) {
        double dx = x - cx[o];
        double dy = y - cy[o];
        double a = hw[o];
        double b = hh[o];
        if (dx == 0 && dy == 0) {
            return new double[] {x, y};
        }
        double t = round[o] ? 1 / Math.sqrt((dx / a) * (dx / a) + (dy / b) * (dy / b))
                : Math.min(dx == 0 ? Double.MAX_VALUE : a / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : b / Math.abs(dy));
        return t >= 1 ? new double[] {x, y} : new double[] {cx[o] + dx * t, cy[o] + dy * t};
    }

    /**
     * The polyline as cubic spline points: straight between corners, each corner rounded by a curve from a point
     * on the stretch before it to one on the stretch after (at most {@link #ROUNDING} or half the stretch away).
     */
    static List<Layout.XY> smooth(double[] path) {
        int k = path.length / 2;
        List<Layout.XY> out = new ArrayList<>();
        out.add(new Layout.XY(path[0], path[1]));
        double lastX = path[0], lastY = path[1];
        for (int i = 1; i < k - 1; i++) {
            double vx = path[2 * i], vy = path[2 * i + 1];
            double px = path[2 * i - 2], py = path[2 * i - 1];
            double nx = path[2 * i + 2], ny = path[2 * i + 3];
            double before = Math.hypot(px - vx, py - vy);
            double after = Math.hypot(nx - vx, ny - vy);
            double d = Math.min(ROUNDING, Math.min(before, after) / 2);
            double inX = vx + (px - vx) * d / Math.max(before, 1e-9), inY = vy + (py - vy) * d / Math.max(before, 1e-9);
            double outX = vx + (nx - vx) * d / Math.max(after, 1e-9), outY = vy + (ny - vy) * d / Math.max(after, 1e-9);
            straight(out, lastX, lastY, inX, inY);
            // a cubic whose controls lie on the two stretches, most of the way to the corner: a round turn
            out.add(new Layout.XY(inX + (vx - inX) * 0.6, inY + (vy - inY) * 0.6));
            out.add(new Layout.XY(outX + (vx - outX) * 0.6, outY + (vy - outY) * 0.6));
            out.add(new Layout.XY(outX, outY));
            lastX = outX;
            lastY = outY;
        }
        straight(out, lastX, lastY, path[2 * k - 2], path[2 * k - 1]);
        return out;
    }

    private static void straight(List<Layout.XY> out, double x0, double y0, double x1, double y1) {
        out.add(new Layout.XY(x0 + (x1 - x0) / 3, y0 + (y1 - y0) / 3));
        out.add(new Layout.XY(x0 + (x1 - x0) * 2 / 3, y0 + (y1 - y0) * 2 / 3));
        out.add(new Layout.XY(x1, y1));
    }

    /** The nodes by the cells of a square grid their grown shapes meet, for finding those near a segment fast. */
    private static final class Grid {
        private final Router router;
        private final double cell;
        private final double minX;
        private final double minY;
        private final int columns;
        private final int rows;
        private final int[][] cells;

        Grid(Router router, double cell) {
            this.router = router;
            this.cell = cell;
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            int n = router.cx.length;
            for (int i = 0; i < n; i++) {
                x0 = Math.min(x0, router.cx[i]);
                y0 = Math.min(y0, router.cy[i]);
                x1 = Math.max(x1, router.cx[i]);
                y1 = Math.max(y1, router.cy[i]);
            }
            minX = x0 - cell;
            minY = y0 - cell;
            columns = (int) ((x1 - minX) / cell) + 2;
            rows = (int) ((y1 - minY) / cell) + 2;
            int[] count = new int[columns * rows];
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int[] s = span(router.cx[i] - router.hw[i] - ROOM, router.cy[i] - router.hh[i] - ROOM,
                        router.cx[i] + router.hw[i] + ROOM, router.cy[i] + router.hh[i] + ROOM);
                spans.add(s);
                for (int c = s[0]; c <= s[2]; c++) {
                    for (int r = s[1]; r <= s[3]; r++) {
                        count[r * columns + c]++;
                    }
                }
            }
            cells = new int[columns * rows][];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = new int[count[i]];
                count[i] = 0;
            }
            for (int i = 0; i < n; i++) {
                int[] s = spans.get(i);
                for (int c = s[0]; c <= s[2]; c++) {
                    for (int r = s[1]; r <= s[3]; r++) {
                        cells[r * columns + c][count[r * columns + c]++] = i;
                    }
                }
            }
        }

        private int[] span(double x0, double y0, double x1, double y1) {
            return new int[] {clamp((int) Math.floor((x0 - minX) / cell), columns),
                    clamp((int) Math.floor((y0 - minY) / cell), rows), clamp((int) Math.floor((x1 - minX) / cell), columns),
                    clamp((int) Math.floor((y1 - minY) / cell), rows)};
        }

        private static int clamp(int v, int size) {
            return Math.max(0, Math.min(size - 1, v));
        }

        /** The nodes, but {@code a} and {@code b}, whose grown shapes may meet the rectangle, in increasing order. */
        int[] within(double x0, double y0, double x1, double y1, int a, int b) {
            int[] s = span(x0, y0, x1, y1);
            boolean[] seen = new boolean[router.cx.length];
            int found = 0;
            for (int c = s[0]; c <= s[2]; c++) {
                for (int r = s[1]; r <= s[3]; r++) {
                    for (int i : cells[r * columns + c]) {
                        if (!seen[i] && i != a && i != b) {
                            seen[i] = true;
                            found++;
                        }
                    }
                }
            }
            int[] out = new int[found];
            int k = 0;
            for (int i = 0; i < seen.length; i++) {
                if (seen[i]) {
                    out[k++] = i;
                }
            }
            return out;
        }
    }
}
