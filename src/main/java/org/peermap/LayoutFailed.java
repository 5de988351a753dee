package org.peermap;

/** A map could not be laid out. The message is for the user and holds no case data. */
public final class LayoutFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean timedOut;

    LayoutFailed(String message, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    /** True when the layout was stopped for taking longer than the time allowed. */
    public boolean timedOut() {
        return timedOut;
    }
}
