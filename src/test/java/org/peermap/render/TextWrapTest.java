package org.peermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermap.model.Identifying;

/** Wrapping splits only words long enough that the check searched inside them for names. */
class TextWrapTest {
    @Test
    void aWordShorterThanALongWordIsNeverSplitEvenWhenWiderThanTheLine() {
        String word = "W".repeat(Identifying.LONG_WORD - 1);
        assertEquals(List.of("seen", word, "twice"), TextWrap.wrap("seen " + word + " twice", 40, 8.5, false));
    }

    @Test
    void aLongWordIsSplitToFit() {
        String word = "q".repeat(Identifying.LONG_WORD * 3);
        List<String> lines = TextWrap.wrap(word, 40, 8.5, false);
        assertTrue(lines.size() > 1, lines.toString());
        assertEquals(word, String.join("", lines));
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue(Fonts.width(line, 8.5, false) <= 40, line);
        }
    }
}
