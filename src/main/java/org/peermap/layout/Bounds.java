package org.peermap.layout;

import java.util.ArrayList;
import java.util.List;

/** Moves a layout so that its nodes and edges start at (0, 0), and measures its size. */
final class Bounds {
    private Bounds() {}

    static Layout normalise(List<Layout.XY> centres, List<List<Layout.XY>> edges, Graph graph) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < centres.size(); i++) {
            Graph.Node n = graph.nodes().get(i);
            Layout.XY c = centres.get(i);
            minX = Math.min(minX, c.x() - n.width() / 2);
            maxX = Math.max(maxX, c.x() + n.width() / 2);
            minY = Math.min(minY, c.y() - n.height() / 2);
            maxY = Math.max(maxY, c.y() + n.height() / 2);
        }
        for (List<Layout.XY> edge : edges) {
            for (Layout.XY p : edge) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, p.y());
                maxY = Math.max(maxY, p.y());
            }
        }
        if (centres.isEmpty()) {
            return new Layout(0, 0, List.of(), List.of());
        }
        double dx = -minX;
        double dy = -minY;
        List<Layout.XY> moved = centres.stream().map(c -> new Layout.XY(c.x() + dx, c.y() + dy)).toList();
        List<List<Layout.XY>> movedEdges = new ArrayList<>();
        for (List<Layout.XY> edge : edges) {
            movedEdges.add(edge.stream().map(p -> new Layout.XY(p.x() + dx, p.y() + dy)).toList());
        }
        return new Layout(maxX - minX, maxY - minY, moved, movedEdges);
    }
}
