package org.peermap.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Everyday English words (the list shipped as {@code everyday-words.txt}, SCOWL's common words, built by
 * {@code tools/everyday-words.sh}), with a few short words and names-as-words the list lacks. A name part that
 * is one of these ("Grace", "Grant", "Court", "Will") counts as that name only where it is written as one.
 */
final class EverydayWords {
    /** Words the list lacks that are both names and words (or word-like short forms) in case text. */
    private static final Set<String> EXTRA = Set.of("june", "april", "brooke", "taylor", "carter", "gray",
            "english", "welsh", "scott", "dale", "mo", "al", "ed", "di", "jo", "bo");

    private static final Set<String> WORDS = load();

    private EverydayWords() {}

    /** True when {@code word} (compared in lower case) is an everyday word. */
    static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** How many words are known, for tests. */
    static int size() {
        return WORDS.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(EXTRA);
        try (InputStream in = EverydayWords.class.getResourceAsStream("everyday-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("everyday-words.txt is missing from peermap's jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
