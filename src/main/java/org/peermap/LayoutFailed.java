package org.peermap;

import org.peermap.layout.LayoutException;

/** A map could not be laid out. The message is for the user and holds no case data. */
public final class LayoutFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a layout failed, as the command line tells it. */
    public enum Kind {
        /** It took longer than allowed: the case is too large for the time given. */
        TIMED_OUT,
        /** The engine asked for cannot run on this machine. */
        UNAVAILABLE,
        /** The engine's cache folder cannot be written. */
        CANNOT_WRITE,
        /** Graphviz failed: a bug. */
        FAILED
    }

    private final Kind kind;

    LayoutFailed(String message, LayoutException.Kind kind, Throwable cause) {
        super(message, cause);
        this.kind = Kind.valueOf(kind.name());
    }

    /** True when the layout was stopped for taking longer than the time allowed. */
    public boolean timedOut() {
        return kind == Kind.TIMED_OUT;
    }

    /** Why: timed out, engine unavailable here, its cache not writable, or Graphviz failed (a bug). */
    public Kind kind() {
        return kind;
    }

    /**
     * The message as the user reads it: a case stopped at its deadline says which stage it was in; anything
     * else is said to be the layout's failure.
     */
    public String said() {
        return timedOut() ? getMessage() : "layout failed: " + getMessage();
    }
}
