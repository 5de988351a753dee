package org.peermap.layout;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A stoppable deadline ends the work it bounds early, and only that work. */
class DeadlineTest {

    @Test
    void aStoppedDeadlineStopsTheWorkItBoundsAndNoOther() {
        Deadline whole = Deadline.after(Duration.ofMinutes(5));
        Deadline beside = whole.stoppable();
        assertDoesNotThrow(() -> beside.check("placing people"));
        beside.stop();
        LayoutException e = assertThrows(LayoutException.class, () -> beside.check("placing people"));
        assertTrue(e.getMessage().contains("placing people"), e.getMessage());
        assertDoesNotThrow(() -> whole.check("placing people"));
        whole.stop(); // a deadline not made stoppable cannot be stopped
        assertDoesNotThrow(() -> whole.check("placing people"));
    }

    @Test
    void anUnlimitedDeadlineCanBeStoppedToo() {
        Deadline beside = Deadline.none().stoppable();
        assertDoesNotThrow(() -> beside.check("drawing"));
        beside.stop();
        assertThrows(LayoutException.class, () -> beside.check("drawing"));
    }

    @Test
    void aStoppableDeadlineStillEndsWhenItsTimeIsUp() {
        Deadline beside = Deadline.after(Duration.ZERO).stoppable();
        LayoutException e = assertThrows(LayoutException.class, () -> beside.check("drawing"));
        assertTrue(e.kind() == LayoutException.Kind.TIMED_OUT, e.kind().toString());
    }
}
