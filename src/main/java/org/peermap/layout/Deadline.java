package org.peermap.layout;

import java.time.Duration;

/**
 * When the maps of one case must be made by: {@code --layout-timeout} counts for every stage of a case
 * (each Graphviz call, placing outlines and labels, drawing pages), so no case takes much longer than it.
 * Stages that may take long ask {@link #check} now and then and stop with a message naming the stage.
 */
public final class Deadline {
    private static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO);

    private final long end;
    private final Duration limit;
    /** Set by {@link #stop}; null for a deadline that cannot be stopped. */
    private final java.util.concurrent.atomic.AtomicBoolean stopped;

    private Deadline(long end, Duration limit) {
        this(end, limit, null);
    }

    private Deadline(long end, Duration limit, java.util.concurrent.atomic.AtomicBoolean stopped) {
        this.end = end;
        this.limit = limit;
        this.stopped = stopped;
    }

    /**
     * The same deadline, which {@link #stop} can also end early: for work drawn beside other work whose failure
     * makes it unwanted (the incident map beside the peer map).
     */
    public Deadline stoppable() {
        return new Deadline(end, limit, new java.util.concurrent.atomic.AtomicBoolean());
    }

    /** Makes every later {@link #check} of this deadline throw (only of one made by {@link #stoppable}). */
    public void stop() {
        if (stopped != null) {
            stopped.set(true);
        }
    }

    /** A deadline {@code limit} from now. */
    public static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos(), limit);
    }

    /** No deadline: for tests and tools that draw one page from a stored layout. */
    public static Deadline none() {
        return NONE;
    }

    boolean unlimited() {
        return end == Long.MAX_VALUE;
    }

    /** The time left; throws when none is left. */
    Duration left(String stage) {
        long nanos = end - System.nanoTime();
        if (nanos <= 0) {
            throw passed(stage, null);
        }
        return Duration.ofNanos(nanos);
    }

    /**
     * Throws {@link LayoutException.Kind#TIMED_OUT} when the deadline has passed.
     *
     * @param stage what was being done, in words that finish "stopped while ...": "placing the incident
     *     outlines of the peer map"
     */
    public void check(String stage) {
        if (stopped != null && stopped.get()) {
            // never shown: what was stopped is not wanted
            throw new LayoutException(LayoutException.Kind.FAILED, "stopped while " + stage + ": no longer wanted",
                    null);
        }
        if (!unlimited() && System.nanoTime() - end > 0) {
            throw passed(stage, null);
        }
    }

    LayoutException passed(String stage, Throwable cause) {
        return new LayoutException(LayoutException.Kind.TIMED_OUT, "the maps took longer than " + limit.toSeconds()
                + " s to make and were stopped while " + stage + " (--layout-timeout is the time for all of a"
                + " case's maps together); raise --layout-timeout, or split the case", cause);
    }
}
