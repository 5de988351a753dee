package org.peermap.layout;

/**
 * Layout failed: no engine could run, it timed out, or it returned something unreadable. The message is
 * for the user and never holds case data (no case data is ever sent to Graphviz).
 */
public final class LayoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LayoutException(String message) {
        super(message);
    }

    public LayoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
