package org.peermap.layout;

import java.util.List;

/**
 * What Graphviz is asked to lay out: numbered boxes and the lines between them, and nothing else. No text
 * from a case reaches Graphviz: nodes are named n0, n1 ... and carry only their size.
 *
 * @param nodes the nodes, each sized in points; a node's number is its index
 * @param edges the lines to route between nodes
 * @param groups sets of nodes to pull together (the people of one incident)
 * @param tuning how it is laid out (pull of groups, length of lines, start, overlap removal)
 */
public record Graph(List<Node> nodes, List<Edge> edges, List<Group> groups, Tuning tuning) {

    public Graph(List<Node> nodes, List<Edge> edges, List<Group> groups) {
        this(nodes, edges, groups, Tuning.DEFAULT);
    }

    /** The same graph laid out with {@code tuning}. */
    public Graph tuned(Tuning tuning) {
        return new Graph(nodes, edges, groups, tuning);
    }

    public Graph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        groups = List.copyOf(groups);
        for (Edge e : edges) {
            check(e.from(), nodes.size());
            check(e.to(), nodes.size());
        }
        for (Group g : groups) {
            for (int member : g.members()) {
                check(member, nodes.size());
            }
        }
    }

    private static void check(int node, int count) {
        if (node < 0 || node >= count) {
            throw new IllegalArgumentException("edge or group names a node that does not exist");
        }
    }

    /**
     * A node of {@code width} x {@code height} points, drawn by us as an ellipse or a box; a node with a
     * {@code pin} (points, y up) stays where it is pinned; {@code margin} points around it are kept free; a node
     * with a {@code start} (points, y up) starts the layout there (a later version of a map keeping its shape).
     */
    public record Node(double width, double height, boolean round, java.util.Optional<Layout.XY> pin, double margin,
            java.util.Optional<Layout.XY> start) {
        public Node(double width, double height, boolean round) {
            this(width, height, round, java.util.Optional.empty(), 0, java.util.Optional.empty());
        }

        public Node(double width, double height, boolean round, java.util.Optional<Layout.XY> pin) {
            this(width, height, round, pin, 0, java.util.Optional.empty());
        }

        /**
         * The node with {@code margin} points of room kept clear around its shape (for the outlines of
         * the incidents it is in); lines still end at the shape itself.
         */
        public Node withMargin(double margin) {
            return new Node(width, height, round, pin, margin, start);
        }

        /** The node starting the layout at {@code at} (points, y up). */
        public Node startingAt(Layout.XY at) {
            return new Node(width, height, round, pin, margin, java.util.Optional.of(at));
        }

        /** The node turned a quarter: width and height swapped. */
        Node turned() {
            return new Node(height, width, round, pin, margin, start);
        }
    }

    /** True when some node starts at a given position (the layout keeps that orientation; it is not turned). */
    public boolean started() {
        return nodes.stream().anyMatch(n -> n.start().isPresent());
    }

    /** The graph with the nodes of {@code starts} (by index) starting the layout at their positions (y up). */
    public Graph startingAt(java.util.Map<Integer, Layout.XY> starts) {
        List<Node> moved = new java.util.ArrayList<>(nodes);
        starts.forEach((i, at) -> moved.set(i, moved.get(i).startingAt(at)));
        return new Graph(moved, edges, groups, tuning);
    }

    /** True when some node is pinned (a geographic layout, which must not be turned). */
    public boolean pinned() {
        return nodes.stream().anyMatch(n -> n.pin().isPresent());
    }

    /** A line between two nodes; {@code strength} above 1 pulls the two nodes closer. */
    public record Edge(int from, int to, double strength) {}

    /** Nodes that belong together. */
    public record Group(List<Integer> members) {
        public Group {
            members = List.copyOf(members);
        }
    }
}
