package org.peermap.cli;

import java.time.Duration;
import org.peermap.Engine;
import org.peermap.Peermap;
import org.peermap.Renderer;
import picocli.CommandLine.Option;

/** How layouts are made: which Graphviz, and how long it may take. */
final class EngineOptions {

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            completionCandidates = Choices.Engines.class,
            description = "Graphviz to use: auto (dot on the PATH, else embedded), dot, or embedded."
                    + " Default: ${DEFAULT-VALUE}.")
    Engine engine = Engine.AUTO;

    @Option(names = "--layout-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop a layout that takes longer than this (default: ${DEFAULT-VALUE} s).")
    long layoutTimeout = 60;

    /** The longest layout timeout accepted, in seconds: an hour. */
    static final long MOST_SECONDS = 3600;

    /** The timeout, or a usage error when it is not a number of seconds from 1 to an hour. */
    Duration timeout(picocli.CommandLine.Model.CommandSpec spec) {
        if (layoutTimeout < 1 || layoutTimeout > MOST_SECONDS) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--layout-timeout takes a number of"
                    + " seconds from 1 to " + MOST_SECONDS + " (an hour); the default is 60");
        }
        return Duration.ofSeconds(layoutTimeout);
    }

    Renderer renderer(picocli.CommandLine.Model.CommandSpec spec) {
        return Peermap.renderer(engine, timeout(spec));
    }
}
