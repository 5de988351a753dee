package org.peermap.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Something agreed to be done: {@code what} (printed text, may hold {@code {id}}), {@code who} does it (an
 * agency as printed text, or {@code whoPerson}, the id of a professional in the case), {@code by} when,
 * its status and the people it is {@code about} (ids).
 */
public record Action(String what, Optional<String> who, Optional<String> whoPerson, Optional<PartialDate> by,
        ActionStatus status, List<String> about) {

    public Action {
        about = List.copyOf(about);
    }

    /**
     * Whether the action is open and its {@code by} date is before {@code date} (the map's date:
     * {@code prepared} or {@code --as-at}; never the clock). A month-only {@code by} is due at the month's end.
     */
    public boolean overdueOn(LocalDate date) {
        return status == ActionStatus.OPEN && by.map(b -> b.lastDay().isBefore(date)).orElse(false);
    }
}
