package org.peermap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Graphviz's {@code plain} output (node centres and edge spline control points, in inches, y up)
 * into a {@link Layout} in points, y down. The format is small and stable across Graphviz versions and
 * engines, so native dot and the embedded engine are read the same way.
 */
final class PlainParser {
    private PlainParser() {}

    static Layout parse(String plain, Graph graph) {
        double height = 0;
        XYs centres = new XYs(graph.nodes().size());
        Map<Long, List<Layout.XY>> routes = new HashMap<>();
        List<String[]> edgeLines = new ArrayList<>();
        for (String line : plain.split("\\R")) {
            String[] t = line.trim().split("\\s+");
            switch (t[0]) {
                case "graph" -> height = number(t[3]) * 72;
                case "node" -> {
                    if (t[1].startsWith("n")) {
                        centres.set(index(t[1], graph.nodes().size()), number(t[2]) * 72, number(t[3]) * 72);
                    }
                }
                case "edge" -> edgeLines.add(t);
                default -> { }
            }
        }
        for (String[] t : edgeLines) {
            if (!t[1].startsWith("n") || !t[2].startsWith("n")) {
                continue; // the invisible hub springs of groups
            }
            int tail = index(t[1], graph.nodes().size());
            int head = index(t[2], graph.nodes().size());
            int count = Integer.parseInt(t[3]);
            List<Layout.XY> points = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                points.add(new Layout.XY(number(t[4 + 2 * i]) * 72, height - number(t[5 + 2 * i]) * 72));
            }
            routes.putIfAbsent(key(tail, head), points);
        }
        List<Layout.XY> flipped = new ArrayList<>();
        for (int i = 0; i < graph.nodes().size(); i++) {
            Layout.XY c = centres.get(i);
            flipped.add(new Layout.XY(c.x(), height - c.y()));
        }
        List<List<Layout.XY>> edges = new ArrayList<>();
        for (Graph.Edge e : graph.edges()) {
            List<Layout.XY> route = routes.get(key(e.from(), e.to()));
            if (route == null) {
                route = routes.get(key(e.to(), e.from()));
                route = route == null ? straight(flipped.get(e.from()), flipped.get(e.to())) : reversed(route);
            }
            edges.add(toShapes(route, flipped.get(e.from()), graph.nodes().get(e.from()), flipped.get(e.to()),
                    graph.nodes().get(e.to()), graph.tuning().square()));
        }
        return Bounds.normalise(flipped, edges, graph);
    }

    /**
     * Graphviz ends a line at the border of a node with a margin; this carries it on, straight, to the
     * node's own shape, so that lines still touch the people they join.
     */
    static List<Layout.XY> toShapes(List<Layout.XY> route, Layout.XY fromCentre, Graph.Node from,
            Layout.XY toCentre, Graph.Node to) {
        return toShapes(route, fromCentre, from, toCentre, to, false);
    }

    /** As above, for nodes laid out in squares ({@code square}) as well as with margins. */
    static List<Layout.XY> toShapes(List<Layout.XY> route, Layout.XY fromCentre, Graph.Node from,
            Layout.XY toCentre, Graph.Node to, boolean square) {
        List<Layout.XY> out = new ArrayList<>();
        if (from.margin() > 0 || square) {
            out.addAll(straight(border(fromCentre, from, route.get(0)), route.get(0)));
            out.remove(out.size() - 1);
        }
        out.addAll(route);
        if (to.margin() > 0 || square) {
            Layout.XY end = route.get(route.size() - 1);
            List<Layout.XY> tail = straight(end, border(toCentre, to, end));
            out.addAll(tail.subList(1, tail.size()));
        }
        return out;
    }

    /** Where the ray from a node's centre towards {@code towards} leaves the node's own shape. */
    private static Layout.XY border(Layout.XY centre, Graph.Node node, Layout.XY towards) {
        double dx = towards.x() - centre.x();
        double dy = towards.y() - centre.y();
        double a = node.width() / 2;
        double b = node.height() / 2;
        if (dx == 0 && dy == 0) {
            return towards;
        }
        double t = node.round() ? 1 / Math.sqrt((dx / a) * (dx / a) + (dy / b) * (dy / b))
                : Math.min(dx == 0 ? Double.MAX_VALUE : a / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : b / Math.abs(dy));
        return t >= 1 ? towards : new Layout.XY(centre.x() + dx * t, centre.y() + dy * t);
    }

    private static List<Layout.XY> straight(Layout.XY a, Layout.XY b) {
        return List.of(a, lerp(a, b, 1 / 3.0), lerp(a, b, 2 / 3.0), b);
    }

    private static Layout.XY lerp(Layout.XY a, Layout.XY b, double t) {
        return new Layout.XY(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
    }

    private static List<Layout.XY> reversed(List<Layout.XY> route) {
        List<Layout.XY> copy = new ArrayList<>(route);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static long key(int tail, int head) {
        return ((long) tail << 32) | head;
    }

    private static int index(String name, int count) {
        int i = Integer.parseInt(name.substring(1));
        if (i < 0 || i >= count) {
            throw new LayoutException("Graphviz returned a node that was not sent");
        }
        return i;
    }

    private static double number(String text) {
        if (text.contains("nan") || text.contains("inf")) {
            throw new LayoutException("Graphviz could not place this map (it returned no positions)");
        }
        double d = Double.parseDouble(text);
        if (!Double.isFinite(d)) {
            throw new LayoutException("Graphviz could not place this map (it returned no positions)");
        }
        return d;
    }

    /** Node centres being read, y up. */
    private static final class XYs {
        private final Layout.XY[] points;

        XYs(int count) {
            points = new Layout.XY[count];
        }

        void set(int i, double x, double y) {
            points[i] = new Layout.XY(x, y);
        }

        Layout.XY get(int i) {
            if (points[i] == null) {
                throw new LayoutException("Graphviz returned no position for a node");
            }
            return points[i];
        }
    }
}
