package org.peermap.layout;

import java.util.Locale;

/**
 * Writes a {@link Graph} as DOT for Graphviz's neato (spring) layout, which suits peer maps: people
 * spread evenly, no ranks. Nodes have fixed sizes and empty labels; edges have no labels at all (the
 * embedded engine misbehaves after edge labels). Each group gets an invisible hub node joined to its
 * members by invisible, short, strong springs, which pulls the people of one incident together.
 */
public final class DotWriter {
    /**
     * Up to this many nodes, lines are routed around people by neato ({@code splines=true}); its routing time grows
     * with about the cube of the size (measured: 40 people 0.55 s, 50 people 0.8 s, 80 people 3.3 s, 300 people
     * 137 s), so larger maps, overviews too, get straight lines from neato (300 people: 0.26 s), routed round the
     * people by {@link Router} (a 200-person map in about 0.1 s). 24 keeps every example (at most 12 people on a
     * map) and the goldens as they were; on 30, 50 and 200 people Router's lines read as well as neato's (the same
     * layout, shorter lines, fewer wide sweeps), and a 30-person map in a pack takes a third of the time (neato's
     * routing was two thirds of it: 0.19 s of a run, and a map makes five runs or more).
     */
    static final int ROUTED_NODES = 24;

    private DotWriter() {}
    /** The length of a line in inches: short, so that maps stay compact enough for A4. */
    static final double LEN = 0.45;

    public static String write(Graph graph) {
        return write(graph, neatoRoutes(graph));
    }

    /** Whether Graphviz routes the graph's lines; else they come straight and {@link Router} routes them. */
    static boolean neatoRoutes(Graph graph) {
        return graph.nodes().size() <= ROUTED_NODES;
    }

    /** The DOT, with lines routed around nodes ({@code splines=true}) or straight. */
    public static String write(Graph graph, boolean routed) {
        return write(graph, routed, graph.tuning().overlap());
    }

    /**
     * The DOT with lines routed or straight, and overlaps removed by {@code overlap} ({@code false}:
     * Graphviz's default removal; {@code scale}: spreading the layout, which always succeeds).
     */
    public static String write(Graph graph, boolean routed, String overlap) {
        StringBuilder dot = new StringBuilder(256 + 64 * (graph.nodes().size() + graph.edges().size()));
        dot.append("graph peermap {\n");
        dot.append("  graph [layout=neato, start=").append(graph.tuning().seed()).append(", mode=major, overlap=").append(overlap)
                .append(graph.tuning().tight() ? ", overlap_scaling=-1" : "")
                .append(", sep=\"+").append(graph.tuning().sep() == Math.rint(graph.tuning().sep())
                        ? Long.toString((long) graph.tuning().sep()) : number(graph.tuning().sep()))
                .append("\", esep=\"+").append(number(esep(graph.tuning()))).append("\", splines=")
                .append(routed ? "true" : "false")
                .append(", outputorder=edgesfirst, pad=0];\n");
        dot.append("  node [label=\"\", fixedsize=true, shape=ellipse];\n");
        dot.append("  edge [len=").append(number(LEN * graph.tuning().spread())).append("];\n");
        for (int i = 0; i < graph.nodes().size(); i++) {
            Graph.Node n = graph.nodes().get(i);
            double side = Math.max(n.width(), n.height());
            boolean square = graph.tuning().square();
            dot.append("  n").append(i).append(" [width=").append(inches((square ? side : n.width()) + 2 * n.margin()))
                    .append(", height=").append(inches((square ? side : n.height()) + 2 * n.margin()));
            if (!n.round()) {
                dot.append(", shape=box");
            }
            n.pin().ifPresent(p -> dot.append(", pos=\"").append(inches(p.x())).append(',').append(inches(p.y()))
                    .append("!\""));
            if (n.pin().isEmpty()) {
                // where the old version of the map had it: neato starts there, so the map keeps its shape
                n.start().ifPresent(p -> dot.append(", pos=\"").append(inches(p.x())).append(',')
                        .append(inches(p.y())).append('"'));
            }
            dot.append("];\n");
        }
        for (Graph.Edge e : graph.edges()) {
            dot.append("  n").append(e.from()).append(" -- n").append(e.to());
            if (e.strength() != 1) {
                dot.append(" [len=").append(number(LEN * graph.tuning().spread() / e.strength())).append(']');
            }
            dot.append(";\n");
        }
        for (int g = 0; g < graph.groups().size(); g++) {
            dot.append("  h").append(g).append(" [shape=point, width=0.01, height=0.01, style=invis];\n");
            for (int member : graph.groups().get(g).members()) {
                dot.append("  h").append(g).append(" -- n").append(member)
                        .append(" [style=invis, len=").append(number(0.4 / graph.tuning().pull())).append(", weight=")
                        .append(number(10 * graph.tuning().pull())).append("];\n");
            }
        }
        dot.append("}\n");
        return dot.toString();
    }

    private static String inches(double points) {
        return number(points / 72.0);
    }

    /**
     * The room lines are routed clear of people by, in points ({@code esep}; Graphviz's default is 3): room
     * for the strokes of a double line and the waves of a harm line, which lie either side of the route,
     * and always less than {@code sep}, as Graphviz needs.
     */
    static double esep(Tuning tuning) {
        return Math.min(6, tuning.sep() * 0.75);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
