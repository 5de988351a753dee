package org.peermap.layout;

import java.time.Duration;

/** The layout stage: DOT for a {@link Graph}, laid out by an engine, read back as a {@link Layout}. */
public final class Layouter {
    private final LayoutEngine engine;
    private final Duration timeout;

    public Layouter(LayoutEngine engine, Duration timeout) {
        this.engine = engine;
        this.timeout = timeout;
    }

    public String engineName() {
        return engine.name();
    }

    public Layout layout(Graph graph) {
        if (graph.nodes().isEmpty()) {
            return new Layout(0, 0, java.util.List.of(), java.util.List.of());
        }
        String plain = engine.plain(DotWriter.write(graph), timeout);
        return fromPlain(plain, graph);
    }

    /** Reads stored {@code plain} output, as the renderer's golden tests do. */
    public static Layout fromPlain(String plain, Graph graph) {
        try {
            return PlainParser.parse(plain, graph);
        } catch (RuntimeException e) {
            if (e instanceof LayoutException le) {
                throw le;
            }
            throw new LayoutException("could not read Graphviz's layout", e);
        }
    }
}
