package org.peermap.model;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * One event that connects the people involved, with its date and, when known, time and place. Its
 * {@code number} (1..k, in date order) is the same on every map, list and appendix of the case.
 */
public record Incident(
        String id,
        String what,
        PartialDate date,
        Optional<LocalTime> time,
        Optional<String> place,
        Optional<String> label,
        List<String> involved,
        Optional<String> source,
        Optional<String> note,
        HowKnown how,
        int number) {

    public Incident {
        involved = List.copyOf(involved);
    }

    /** An incident not yet numbered (number 0); {@link #numbered} gives the numbers. */
    public Incident(String id, String what, PartialDate date, Optional<LocalTime> time, Optional<String> place,
            Optional<String> label, List<String> involved, Optional<String> source) {
        this(id, what, date, time, place, label, involved, source, Optional.empty(), HowKnown.UNSAID, 0);
    }

    /** An incident not yet numbered, with a note and how it is known. */
    public Incident(String id, String what, PartialDate date, Optional<LocalTime> time, Optional<String> place,
            Optional<String> label, List<String> involved, Optional<String> source, Optional<String> note,
            HowKnown how) {
        this(id, what, date, time, place, label, involved, source, note, how, 0);
    }

    /**
     * The incidents in date order, numbered 1..k: by date, then time (unknown times first), then as listed
     * in the file. A month-only date sorts before the days of that month.
     */
    public static List<Incident> numbered(List<Incident> incidents) {
        List<Incident> sorted = incidents.stream()
                .sorted(java.util.Comparator.comparing(Incident::date)
                        .thenComparing(i -> i.time().orElse(null),
                                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .toList();
        List<Incident> out = new java.util.ArrayList<>();
        for (Incident i : sorted) {
            out.add(new Incident(i.id, i.what, i.date, i.time, i.place, i.label, i.involved, i.source, i.note, i.how,
                    out.size() + 1));
        }
        return List.copyOf(out);
    }
}
