package org.peermap.layout;

import java.time.Duration;

/** A Graphviz that turns DOT into {@code plain} output. */
public interface LayoutEngine {

    /** A short name for messages and benchmarks: {@code dot} or {@code embedded}. */
    String name();

    /** Gets ready in the background for a first layout soon (an engine that needs no start-up does nothing). */
    default void prepare() {}

    /** Lays out {@code dot}; throws {@link LayoutException} on failure or after {@code timeout}. */
    String plain(String dot, Duration timeout);
}
