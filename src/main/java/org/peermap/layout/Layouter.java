package org.peermap.layout;

import java.time.Duration;
import java.util.List;

/** The layout stage: DOT for a {@link Graph}, laid out by an engine, read back as a {@link Layout}. */
public final class Layouter {
    private final LayoutEngine engine;
    private final Duration timeout;
    /** When the case being drawn must be made by: every stage of one case shares the timeout. */
    private Deadline deadline = Deadline.none();
    static final int REMEMBERED = 64;
    private final java.util.Map<String, String> answers = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
                    return size() > REMEMBERED;
                }
            });

    public Layouter(LayoutEngine engine, Duration timeout) {
        this.engine = engine;
        this.timeout = timeout;
    }

    /**
     * Starts the time for one case: from now on every stage of it (each layout, and a map may take several:
     * both orientations, the tunings of an overview, a retry; placing outlines and labels; drawing pages)
     * shares the one timeout, so a case never takes much longer than {@code --layout-timeout}.
     *
     * @return the case's deadline, for the stages after layout to {@link Deadline#check}
     */
    public Deadline startCase() {
        deadline = Deadline.after(timeout);
        return deadline;
    }

    /** The deadline of the case being drawn ({@link Deadline#none} before {@link #startCase}). */
    public Deadline deadline() {
        return deadline;
    }

    /** The time left for the case, or the whole timeout when no case was started. */
    private Duration left() {
        return deadline.unlimited() ? timeout : deadline.left(stage());
    }

    private String stage() {
        return "laying them out with Graphviz (" + engine.name() + ")";
    }

    /** Lets the engine start in the background while cases are read and checked. */
    public void prepare() {
        engine.prepare();
    }

    public String engineName() {
        return engine.name();
    }

    /**
     * Lays out {@code graph} for an area of about {@code aspect} (width / height). Graphviz does not choose
     * an orientation, so when the first layout is taller than the area suits, the graph is laid out once
     * more with every node's width and height swapped, and that layout mirrored across its diagonal (which
     * gives every node back its own size) is kept when it fits the area better.
     */
    public Layout layout(Graph graph, double aspect) {
        try {
            return layoutWithin(graph, aspect);
        } catch (LayoutException e) {
            if (e.kind() == LayoutException.Kind.TIMED_OUT && !deadline.unlimited()) {
                throw deadline.passed(stage(), e);
            }
            throw e;
        }
    }

    private Layout layoutWithin(Graph graph, double aspect) {
        if (graph.nodes().isEmpty()) {
            return new Layout(0, 0, List.of(), List.of());
        }
        Layout first = tryLayout(graph);
        if (graph.pinned() || graph.started() || first.width() >= first.height() * Math.min(1, aspect)) {
            return first;
        }
        Graph swapped = new Graph(graph.nodes().stream().map(Graph.Node::turned)
                .toList(), graph.edges(), graph.groups(), graph.tuning());
        Layout second = mirror(tryLayout(swapped));
        return fit(second, aspect) > fit(first, aspect) ? second : first;
    }

    /**
     * One layout. Graphviz's neato fails now and then on awkward graphs (the embedded one returns no
     * positions for very uneven node sizes, or stops routing a line); then once more without the incident
     * hubs, and last with straight lines and overlaps removed by scaling, which does not fail.
     */
    private Layout tryLayout(Graph graph) {
        try {
            return routed(fromPlain(plain(DotWriter.write(graph)), graph), graph, DotWriter.neatoRoutes(graph));
        } catch (LayoutException first) {
            if (first.kind() == LayoutException.Kind.TIMED_OUT) {
                throw first;
            }
            Graph plain = new Graph(graph.nodes(), graph.edges(), List.of());
            try {
                return routed(fromPlain(plain(DotWriter.write(plain)), plain), plain, DotWriter.neatoRoutes(plain));
            } catch (LayoutException second) {
                if (second.kind() == LayoutException.Kind.TIMED_OUT) {
                    throw second;
                }
                return routed(fromPlain(plain(DotWriter.write(plain, false, "scale")), plain), plain, false);
            }
        }
    }

    /** The layout, with its lines routed round people by {@link Router} when Graphviz did not route them. */
    private static Layout routed(Layout layout, Graph graph, boolean byGraphviz) {
        return byGraphviz ? layout : Router.route(layout, graph);
    }

    /**
     * Graphviz's answer for one DOT text, from the last {@link #REMEMBERED} answers when the same text was laid out
     * before. Graphviz gives the same answer to the same text every time, so this changes nothing drawn; it spares
     * the Graphviz runs of a map whose people and lines did not change (a live preview after an edit of a title,
     * a note or a narrative; the several tries of one map that share a graph).
     */
    private String plain(String dot) {
        String known = answers.get(dot);
        if (known != null) {
            return known;
        }
        String answer = engine.plain(dot, left());
        answers.put(dot, answer);
        return answer;
    }

    /** Lays out the next try of a map while the last one is drawn; daemon threads that end when idle. */
    private static final java.util.concurrent.ExecutorService AHEAD = java.util.concurrent.Executors
            .newCachedThreadPool(r -> {
                Thread t = new Thread(r, "peermap-layout-ahead");
                t.setDaemon(true);
                return t;
            });

    /**
     * Starts {@link #layout} of {@code graph} on another thread now, for a map that will probably ask for it next:
     * the map's next try is laid out while this one is drawn and measured, on a second core. A try never asked for
     * is simply not waited for ({@link java.util.concurrent.Future#cancel cancel(false)}); its answer is kept for
     * the same DOT. Layouts do not depend on each other, so what is drawn is the same as one after the other.
     */
    public java.util.concurrent.Future<Layout> ahead(Graph graph, double aspect) {
        return AHEAD.submit(() -> layout(graph, aspect));
    }

    /** The layout {@link #ahead} started, as {@link #layout} would have given it (or thrown). */
    public static Layout await(java.util.concurrent.Future<Layout> ahead) {
        try {
            return ahead.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new LayoutException("layout failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LayoutException("layout was interrupted", e);
        }
    }

    /** How large a layout can be drawn in an area of the given aspect and unit height. */
    private static double fit(Layout layout, double aspect) {
        return Math.min(aspect / Math.max(1, layout.width()), 1 / Math.max(1, layout.height()));
    }

    /** The layout mirrored across its diagonal: x and y swap places. */
    static Layout mirror(Layout layout) {
        List<Layout.XY> centres = layout.centres().stream().map(p -> new Layout.XY(p.y(), p.x())).toList();
        List<List<Layout.XY>> edges = layout.edges().stream()
                .map(e -> e.stream().map(p -> new Layout.XY(p.y(), p.x())).toList()).toList();
        return new Layout(layout.height(), layout.width(), centres, edges);
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
