package org.peermap.model;

import java.util.Optional;

/**
 * A relationship between two people. When {@code directed}, {@code a} is {@code from} (for harm: who
 * harms) and {@code b} is {@code to}.
 */
public record Relationship(
        String a,
        String b,
        boolean directed,
        RelationshipType type,
        Optional<String> source,
        Optional<String> note,
        Optional<PartialDate> since,
        HowKnown how) {

    /** A relationship with nothing said of how it is known. */
    public Relationship(String a, String b, boolean directed, RelationshipType type, Optional<String> source,
            Optional<String> note, Optional<PartialDate> since) {
        this(a, b, directed, type, source, note, since, HowKnown.UNSAID);
    }
}
