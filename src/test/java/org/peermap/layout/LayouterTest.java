package org.peermap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayouterTest {

    /** A Graphviz stand-in that places nodes in a column (tall) or, for swapped sizes, records the call. */
    static final class ColumnEngine implements LayoutEngine {
        final List<String> calls = new ArrayList<>();

        @Override
        public String name() {
            return "column";
        }

        @Override
        public String plain(String dot, Duration timeout) {
            calls.add(dot);
            int nodes = (int) dot.lines().filter(l -> l.trim().matches("n\\d+ \\[.*")).count();
            StringBuilder plain = new StringBuilder("graph 1 1 " + (nodes * 1.0) + "\n");
            for (int i = 0; i < nodes; i++) {
                plain.append("node n").append(i).append(" 0.5 ").append(nodes - i - 0.5)
                        .append(" 0.8 0.4 \"\" solid ellipse black lightgrey\n");
            }
            plain.append("edge n0 n1 4 0.5 ").append(nodes - 0.7).append(" 0.5 ").append(nodes - 1)
                    .append(" 0.5 ").append(nodes - 1.1).append(" 0.5 ").append(nodes - 1.3).append(" solid black\n");
            plain.append("stop\n");
            return plain.toString();
        }
    }

    static Graph column(int n) {
        List<Graph.Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(new Graph.Node(58, 29, true));
        }
        return new Graph(nodes, List.of(new Graph.Edge(0, 1, 1)), List.of());
    }

    @Test
    void aTallLayoutIsLaidOutAgainSwappedAndMirrored() {
        ColumnEngine engine = new ColumnEngine();
        Layout layout = new Layouter(engine, Duration.ofSeconds(5)).layout(column(4), 1.5);
        assertEquals(2, engine.calls.size());
        assertTrue(engine.calls.get(1).contains("n0 [width=0.4028, height=0.8056]"), engine.calls.get(1));
        assertTrue(layout.width() > layout.height(), "the kept layout is the wide one");
        assertEquals(layout.centres().get(0).y(), layout.centres().get(3).y(), 1e-9, "a row, not a column");
    }

    @Test
    void pinnedNodesKeepTheirPlaceAndTheLayoutIsNeverTurned() {
        List<Graph.Node> nodes = new ArrayList<>(column(4).nodes());
        nodes.set(0, new Graph.Node(58, 29, false, java.util.Optional.of(new Layout.XY(144, 72))));
        Graph pinned = new Graph(nodes, List.of(new Graph.Edge(0, 1, 1)), List.of());
        assertTrue(DotWriter.write(pinned).contains("n0 [width=0.8056, height=0.4028, shape=box, pos=\"2.0000,1.0000!\"]"),
                DotWriter.write(pinned));
        ColumnEngine engine = new ColumnEngine();
        new Layouter(engine, Duration.ofSeconds(5)).layout(pinned, 1.5);
        assertEquals(1, engine.calls.size(), "north stays up: no second, mirrored layout");
    }

    @Test
    void noTextOfTheCaseIsInTheDot() {
        String dot = DotWriter.write(column(3));
        assertFalse(dot.matches("(?s).*label=\"[^\"]+\".*"), "every label is empty");
        assertTrue(dot.contains("n0 -- n1"));
    }

    @Test
    void noPositionsFromGraphvizIsRetriedWithoutHubsThenAClearError() {
        // viz.js's neato returns -nan for this graph (found by a test with very long text in a node)
        Graph g = new Graph(List.of(new Graph.Node(458, 41, true), new Graph.Node(59, 30, true),
                new Graph.Node(342, 30, false)), List.of(new Graph.Edge(0, 1, 1), new Graph.Edge(0, 2, 1)),
                List.of(new Graph.Group(List.of(0, 1))));
        Layout layout = new Layouter(EmbeddedEngine.shared(), Duration.ofSeconds(60)).layout(g, 1.5);
        assertTrue(layout.width() > 0 && Double.isFinite(layout.centres().get(0).x()));
        LayoutException e = assertThrows(LayoutException.class, () -> Layouter.fromPlain(
                "graph 1 -nan -nan\nnode n0 -nan -nan 1 1 \"\" solid ellipse black lightgrey\nstop\n",
                new Graph(List.of(new Graph.Node(72, 72, true)), List.of(), List.of())));
        assertTrue(e.getMessage().contains("could not place this map"), e.getMessage());
    }

    @Test
    void mirrorSwapsXAndY() {
        Layout l = new Layout(100, 50, List.of(new Layout.XY(10, 20)),
                List.of(List.of(new Layout.XY(1, 2), new Layout.XY(3, 4), new Layout.XY(5, 6), new Layout.XY(7, 8))));
        Layout m = Layouter.mirror(l);
        assertEquals(50, m.width());
        assertEquals(100, m.height());
        assertEquals(new Layout.XY(20, 10), m.centres().get(0));
        assertEquals(new Layout.XY(8, 7), m.edges().get(0).get(3));
    }

    @Test
    void unreadableOutputIsALayoutError() {
        LayoutException e = assertThrows(LayoutException.class, () -> Layouter.fromPlain("graph 1 x y\n", column(2)));
        assertTrue(e.getMessage().startsWith("could not read Graphviz"), e.getMessage());
    }
}
