package org.peermap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped everyday-word list: common words in, proper names out, and what it changes in matching. */
class EverydayWordsTest {
    @Test
    void commonWordsAreInAndNamesThatAreOnlyNamesAreNot() {
        assertTrue(EverydayWords.size() > 35_000, "SCOWL's common words: " + EverydayWords.size());
        for (String word : List.of("grant", "court", "brother", "worker", "youth", "grace", "will", "taylor", "al")) {
            assertTrue(EverydayWords.contains(word), word);
        }
        for (String name : List.of("jordan", "tyrone", "kelly", "callum", "zeb", "darnell", "st")) {
            assertFalse(EverydayWords.contains(name), name);
        }
    }

    @Test
    void aNameThatIsAnEverydayWordCountsOnlyWhereWrittenAsAName() {
        Identifying names = Identifying.of(List.of(new Person("dg", java.util.Optional.of("Daniel Grant"), List.of(),
                false, PersonKind.YOUNG_PERSON, java.util.OptionalInt.of(15), java.util.Optional.empty(), List.of(),
                java.util.Optional.empty(), List.of(), java.util.Optional.empty())), List.of());
        assertEquals(0, names.find("he was given a grant").size());
        assertEquals(1, names.find("Grant said").size());
        assertEquals(1, names.find("with daniel grant").size(), "with the rest of the name");
    }

    @Test
    void aShortNameRunIntoAnEverydayWordOrANumberIsFoundButAWordThatHoldsOneIsNot() {
        Identifying names = Identifying.of(List.of(new Person("kz", java.util.Optional.of("Kaz Tom"), List.of(),
                false, PersonKind.YOUNG_PERSON, java.util.OptionalInt.of(15), java.util.Optional.empty(), List.of(),
                java.util.Optional.empty(), List.of(), java.util.Optional.empty())), List.of());
        for (String text : List.of("the kazfamily", "familykaz said", "handle kaz2009", "Tomfamily")) {
            assertEquals(1, names.find(text).size(), text);
        }
        for (String text : List.of("a tomboy", "see you tomorrow", "a tomcat", "tomtoms")) {
            assertEquals(0, names.find(text).size(), text);
        }
    }
}
