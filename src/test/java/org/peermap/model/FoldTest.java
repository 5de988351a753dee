package org.peermap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FoldTest {
    /** The whole text folded, character by character. */
    private static String fold(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(Fold.of(cp)));
        return out.toString();
    }

    @Test
    void lettersThatAreNotAccentsFoldToTheirPlainLetters() {
        assertEquals("lukasz soren strauss yildiz aesa oeuvre", fold("Łukasz Søren Strauß Yıldız Æsa Œuvre"));
        assertEquals("zoe", fold("Zoë"));
    }

    @Test
    void lookAlikesFromOtherScriptsAndStylesFoldToLatin() {
        assertEquals("jordan", fold("J\u043Erd\u0430n")); // Cyrillic о, а
        assertEquals("jordan", fold("\uFF2A\uFF4F\uFF52\uFF44\uFF41\uFF4E")); // fullwidth
        assertEquals("jordan", fold("\uD835\uDC09\uD835\uDC28\uD835\uDC2B\uD835\uDC1D\uD835\uDC1A\uD835\uDC27"));
        assertEquals("jordan", fold("\u1D0A\u1D0F\u0280\u1D05\u1D00\u0274")); // small capitals
        assertEquals("sofia", fold("So\uFB01a")); // the ﬁ ligature
    }

    @Test
    void invisibleCharactersFoldToNothingAndBreaksToASpace() {
        assertEquals("jordan", fold("Jor\u200Bdan\u00AD\u200D\uFEFF\u200E\u202E\u0007"));
        assertEquals("a b c d", fold("a\tb\nc\u2028d"));
        assertTrue(Fold.invisible(0x202E) && Fold.invisible(0x200B) && Fold.invisible(0x00AD) && Fold.invisible(0x07));
        assertFalse(Fold.invisible('a') || Fold.invisible(' ') || Fold.invisible(0x00E9));
    }

    @Test
    void asciiIsOnlyLowerCased() {
        assertEquals("a1 m25 0 l i", fold("A1 M25 0 l I"));
    }
}
