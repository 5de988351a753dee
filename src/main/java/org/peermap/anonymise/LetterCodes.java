package org.peermap.anonymise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The two-letter codes of mode {@code letters}: AB, CD, EF, ... YZ first, then the other pairs of
 * different letters in alphabetical order. Codes are never derived from names. Pairs that read as
 * practice abbreviations (CP for child protection, YP for young person ...) are skipped so that a code
 * is never mistaken for one.
 */
final class LetterCodes {
    private static final Set<String> SKIPPED = Set.of("CP", "YP", "LA", "GP", "PC", "ID", "NO", "OK", "UK", "MP",
            "EH", "IN", "IS", "IT", "OF", "ON", "OR", "TO", "BE", "DO", "GO", "HE", "ME", "MY", "SO", "UP", "US",
            "WE", "AM", "AN", "AS", "AT", "BY", "HI", "IF", "LO", "OH", "OX", "PM", "AD");

    private LetterCodes() {}

    /**
     * Codes for people who have none yet, for pinning in the case file: they continue after the last code
     * of the sequence already in use, so that a code freed when someone leaves the case is not handed to
     * someone new (unless it was the last one given).
     */
    static List<String> next(Collection<String> taken, int count, Predicate<String> avoid) {
        List<String> all = new ArrayList<>();
        sequence(List.of(), avoid).forEachRemaining(all::add);
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            if (taken.contains(all.get(i))) {
                last = i;
            }
        }
        List<String> codes = new ArrayList<>();
        for (int i = last + 1; i < all.size() && codes.size() < count; i++) {
            if (!taken.contains(all.get(i))) {
                codes.add(all.get(i));
            }
        }
        return codes;
    }

    /**
     * The codes in the order they are handed out, skipping the ones already {@code taken} and those to
     * {@code avoid} (codes that would print a name of someone in the case).
     */
    static Iterator<String> sequence(Collection<String> taken, Predicate<String> avoid) {
        Set<String> codes = new LinkedHashSet<>();
        for (char c = 'A'; c < 'Z'; c += 2) {
            codes.add("" + c + (char) (c + 1));
        }
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                if (a != b) {
                    codes.add("" + a + b);
                }
            }
        }
        List<String> order = new ArrayList<>();
        for (String code : codes) {
            if (!SKIPPED.contains(code) && !taken.contains(code) && !avoid.test(code)) {
                order.add(code);
            }
        }
        for (char a = 'A'; a <= 'Z'; a++) {
            for (int n = 2; n <= 9; n++) {
                String code = "" + a + a + n;
                if (!taken.contains(code) && !avoid.test(code)) {
                    order.add(code);
                }
            }
        }
        return order.iterator();
    }
}
