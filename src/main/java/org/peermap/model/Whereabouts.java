package org.peermap.model;

import java.util.Optional;

/** A person's link to a place: where they live, go to school, spend time or work. */
public record Whereabouts(
        String person,
        String place,
        WhereaboutsKind as,
        Optional<String> source,
        Optional<PartialDate> since) {}
