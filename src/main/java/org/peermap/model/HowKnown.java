package org.peermap.model;

import java.util.Optional;

/**
 * How a fact is {@code known}, and when it was last {@code confirmed} (case format, "How each fact is
 * known"); beside the fact's {@code source}. Both optional: a fact without them means what it meant before.
 */
public record HowKnown(Optional<Known> known, Optional<PartialDate> confirmed) {
    public static final HowKnown UNSAID = new HowKnown(Optional.empty(), Optional.empty());

    /** Whether the maps leave the fact off (the appendix lists it as doubted). */
    public boolean doubted() {
        return known.orElse(null) == Known.DOUBTFUL;
    }

    /** Whether the maps mark the fact as reported or unverified. */
    public boolean marked() {
        return known.map(Known::marked).orElse(false);
    }

    /** Whether anything is said. */
    public boolean said() {
        return known.isPresent() || confirmed.isPresent();
    }
}
