package org.peermap.cli;

import java.time.Duration;
import org.peermap.Engine;
import org.peermap.Peermap;
import org.peermap.Renderer;
import picocli.CommandLine.Option;

/** How layouts are made: which Graphviz, and how long it may take. */
final class EngineOptions {

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "Graphviz to use: auto (dot on the PATH, else embedded), dot, or embedded."
                    + " Default: ${DEFAULT-VALUE}.")
    Engine engine = Engine.AUTO;

    @Option(names = "--layout-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop a layout that takes longer than this (default: ${DEFAULT-VALUE} s).")
    long layoutTimeout = 60;

    Renderer renderer() {
        return Peermap.renderer(engine, Duration.ofSeconds(layoutTimeout));
    }
}
