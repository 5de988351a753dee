package org.peermap.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class CommonOptions {

    @Option(names = "--stacktrace", description = "On an internal error, print the Java stack trace (for bug reports).")
    boolean stacktrace;
}
