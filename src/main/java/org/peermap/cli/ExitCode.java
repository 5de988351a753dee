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

    public int status() {
        return status;
    }
}
