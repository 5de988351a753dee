package org.peermap.anonymise;

import java.util.Optional;
import java.util.OptionalInt;

/** How ages are printed: exactly, in bands (for packs that circulate widely), or not at all. */
public enum Ages {
    EXACT,
    BANDS,
    HIDDEN;

    /** The printed age: {@code 15}, {@code 13-15}, or nothing. */
    public Optional<String> print(OptionalInt age) {
        if (age.isEmpty() || this == HIDDEN) {
            return Optional.empty();
        }
        int a = age.getAsInt();
        if (this == EXACT) {
            return Optional.of(Integer.toString(a));
        }
        if (a < 10) {
            return Optional.of("under 10");
        }
        if (a <= 12) {
            return Optional.of("10-12");
        }
        if (a <= 15) {
            return Optional.of("13-15");
        }
        if (a <= 17) {
            return Optional.of("16-17");
        }
        if (a <= 24) {
            return Optional.of("18-24");
        }
        return Optional.of("25+");
    }
}
