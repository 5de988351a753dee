package org.peermap.layout;

import java.util.List;

/**
 * Where Graphviz put things, in points with y down and the origin at the top left of the drawing.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param centres each node's centre, by node number
 * @param edges each edge's route as cubic spline points (1 + 3n), by edge number, from its {@code from}
 *     node's border to its {@code to} node's border
 */
public record Layout(double width, double height, List<XY> centres, List<List<XY>> edges) {

    public Layout {
        centres = List.copyOf(centres);
        edges = edges.stream().map(List::copyOf).toList();
    }

    /** A point in points, y down. */
    public record XY(double x, double y) {}
}
