package org.peermap.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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

    /**
     * The list's words, in String order (the file is sorted; sorted here if not), for a binary search: read in one
     * piece and cut at its line ends, not hashed word by word into a set, which took a short run 60 ms or more.
     */
    private static final String[] WORDS = load();

    private EverydayWords() {}

    /** True when {@code word} (compared in lower case) is an everyday word. */
    static boolean contains(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return EXTRA.contains(lower) || Arrays.binarySearch(WORDS, lower) >= 0;
    }

    /** How many words are known, for tests. */
    static int size() {
        Set<String> all = new HashSet<>(EXTRA);
        all.addAll(Arrays.asList(WORDS));
        return all.size();
    }

    private static String[] load() {
        String text;
        try (InputStream in = EverydayWords.class.getResourceAsStream("everyday-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("everyday-words.txt is missing from peermap's jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> words = new ArrayList<>(40_000);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            // a line as BufferedReader.readLine gives it: a \r before the \n is not part of it
            int last = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (last > start && text.charAt(start) != '#') {
                words.add(text.substring(start, last));
            }
            start = end + 1;
        }
        String[] sorted = words.toArray(new String[0]);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i - 1].compareTo(sorted[i]) > 0) {
                Arrays.sort(sorted);
                break;
            }
        }
        return sorted;
    }
}
