package org.peermap.cli;

import org.peermap.layout.Engines;
import org.peermap.layout.LayoutEngine;
import picocli.CommandLine.Option;

/** How layouts are made: which Graphviz, and how long it may take. */
final class EngineOptions {

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "Graphviz to use: auto (dot on the PATH, else embedded), dot, or embedded."
                    + " Default: ${DEFAULT-VALUE}.")
    Engines.Choice engine = Engines.Choice.AUTO;

    @Option(names = "--layout-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop a layout that takes longer than this (default: ${DEFAULT-VALUE} s).")
    long layoutTimeout = 60;

    LayoutEngine engine() {
        return Engines.choose(engine);
    }
}
