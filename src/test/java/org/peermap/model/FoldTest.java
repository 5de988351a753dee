package org.peermap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void lettersThatAreNotAccentsFoldToTheirPlainLetters() {
        assertEquals("lukasz soren strauss yildiz aesa oeuvre", Fold.text("Łukasz Søren Strauß Yıldız Æsa Œuvre"));
        assertEquals("zoe", Fold.text("Zoë"));
    }

    @Test
    void lookAlikesFromOtherScriptsAndStylesFoldToLatin() {
        assertEquals("jordan", Fold.text("J\u043Erd\u0430n")); // Cyrillic о, а
        assertEquals("jordan", Fold.text("\uFF2A\uFF4F\uFF52\uFF44\uFF41\uFF4E")); // fullwidth
        assertEquals("jordan", Fold.text("\uD835\uDC09\uD835\uDC28\uD835\uDC2B\uD835\uDC1D\uD835\uDC1A\uD835\uDC27"));
        assertEquals("jordan", Fold.text("\u1D0A\u1D0F\u0280\u1D05\u1D00\u0274")); // small capitals
        assertEquals("sofia", Fold.text("So\uFB01a")); // the ﬁ ligature
    }

    @Test
    void invisibleCharactersFoldToNothingAndBreaksToASpace() {
        assertEquals("jordan", Fold.text("Jor\u200Bdan\u00AD\u200D\uFEFF\u200E\u202E\u0007"));
        assertEquals("a b c d", Fold.text("a\tb\nc\u2028d"));
        assertTrue(Fold.invisible(0x202E) && Fold.invisible(0x200B) && Fold.invisible(0x00AD) && Fold.invisible(0x07));
        assertFalse(Fold.invisible('a') || Fold.invisible(' ') || Fold.invisible(0x00E9));
    }

    @Test
    void asciiIsOnlyLowerCased() {
        assertEquals("a1 m25 0 l i", Fold.text("A1 M25 0 l I"));
    }
}
