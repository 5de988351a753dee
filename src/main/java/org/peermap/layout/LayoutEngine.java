package org.peermap.layout;

import java.time.Duration;

/** A Graphviz that turns DOT into {@code plain} output. */
public interface LayoutEngine {

    /** A short name for messages and benchmarks: {@code dot} or {@code embedded}. */
    String name();

    /** Lays out {@code dot}; throws {@link LayoutException} on failure or after {@code timeout}. */
    String plain(String dot, Duration timeout);
}
