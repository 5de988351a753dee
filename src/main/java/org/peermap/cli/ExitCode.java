package org.peermap.cli;

/** The exit statuses of {@code peermap}, as the command-line contract (cli.md) fixes them. */
public enum ExitCode {
    /** Everything asked for was done. */
    OK(0),
    /** The input's fault: validation errors, or a possible leak of a real name. */
    BAD_INPUT(1),
    /** Unknown option, missing file argument. */
    USAGE(2),
    /** Output could not be written. */
    CANNOT_WRITE(3),
    /** A bug in peermap. */
    INTERNAL(4);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    /**
     * The status for a layout that failed: a timeout is the input's (too large for the time given), an engine
     * that cannot run here is a usage problem (ask for the other one), a cache that cannot be written is an
     * output problem, and Graphviz failing is a bug.
     */
    static ExitCode of(org.peermap.LayoutFailed.Kind kind) {
        return switch (kind) {
            case TIMED_OUT -> BAD_INPUT;
            case UNAVAILABLE -> USAGE;
            case CANNOT_WRITE -> CANNOT_WRITE;
            case FAILED -> INTERNAL;
        };
    }

    public int status() {
        return status;
    }
}
