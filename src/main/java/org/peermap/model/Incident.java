package org.peermap.model;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** One event that connects the people involved, with its date and, when known, time and place. */
public record Incident(
        String id,
        String what,
        PartialDate date,
        Optional<LocalTime> time,
        Optional<String> place,
        Optional<String> label,
        List<String> involved,
        Optional<String> source) {

    public Incident {
        involved = List.copyOf(involved);
    }
}
