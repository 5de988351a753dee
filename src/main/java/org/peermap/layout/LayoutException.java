package org.peermap.layout;

/**
 * Layout failed: no engine could run, it timed out, or it returned something unreadable. The message is
 * for the user and never holds case data (no case data is ever sent to Graphviz).
 */
public final class LayoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, so that the command can give the exit status that tells the truth. */
    public enum Kind {
        /** The layout took longer than allowed: the case is too large for the time given. */
        TIMED_OUT,
        /** The engine asked for cannot run on this machine (dot not installed). */
        UNAVAILABLE,
        /** The engine needs to write its cache folder and cannot. */
        CANNOT_WRITE,
        /** Graphviz failed or returned what peermap cannot read: a bug. */
        FAILED
    }

    private final Kind kind;

    public LayoutException(String message) {
        this(Kind.FAILED, message, null);
    }

    public LayoutException(String message, Throwable cause) {
        this(Kind.FAILED, message, cause);
    }

    public LayoutException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
