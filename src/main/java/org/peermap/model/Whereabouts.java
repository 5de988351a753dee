package org.peermap.model;

import java.util.Optional;

/** A person's link to a place: where they live, go to school, spend time or work. */
public record Whereabouts(
        String person,
        String place,
        WhereaboutsKind as,
        Optional<String> source,
        Optional<PartialDate> since,
        HowKnown how) {

    /** Whereabouts with nothing said of how they are known. */
    public Whereabouts(String person, String place, WhereaboutsKind as, Optional<String> source,
            Optional<PartialDate> since) {
        this(person, place, as, source, since, HowKnown.UNSAID);
    }
}
