package org.peermap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pieces of a drawing made at once come back as if made one after the other. */
class ParallelTest {

    @Test
    void resultsKeepTheOrderAsked() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        // uneven work, so that pieces finish out of order
        List<String> made = Parallel.map(items, i -> {
            sleep(i % 7 == 0 ? 3 : 0);
            return "page " + i;
        });
        assertEquals(items.stream().map(i -> "page " + i).toList(), made);
    }

    @Test
    void theFirstFailureInOrderIsThrownWhicheverEndsFirst() {
        // piece 1 fails late, piece 2 at once: the user is told of piece 1, as one after the other would
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.map(List.of(0, 1, 2, 3),
                i -> {
                    if (i == 1) {
                        sleep(200);
                        throw new IllegalStateException("piece 1");
                    }
                    if (i == 2) {
                        throw new IllegalStateException("piece 2");
                    }
                    return i;
                }));
        assertEquals("piece 1", e.getMessage());
    }

    @Test
    void whatIsMadeLaterIsAwaitedWithItsOwnFailure() {
        assertEquals("incident map", Parallel.await(Parallel.later(() -> "incident map")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.await(
                Parallel.later(() -> {
                    throw new IllegalArgumentException("stopped");
                })));
        assertEquals("stopped", e.getMessage());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
