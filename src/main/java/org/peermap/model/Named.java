package org.peermap.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A value from a fixed set, written in case files as a lower-case word. */
public interface Named {

    /** The word used in case files, for example {@code young-person}. */
    String word();

    /** The constant of {@code type} written as {@code word}. */
    static <E extends Enum<E> & Named> Optional<E> parse(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.word().equals(word)).findFirst();
    }

    /** All the words of {@code type}, in declaration order. */
    static <E extends Enum<E> & Named> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::word).toList();
    }
}
