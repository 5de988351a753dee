package org.peermap.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.peermap.check.Suggest;

/** "Did you mean" for the command line: the known word nearest to one typed, by edit distance. */
final class Nearest {
    private Nearest() {}

    /** The closest word within two edits (one for short words, only a change of case for -x), if any. */
    static Optional<String> to(String typed, Collection<String> words) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String word : words) {
            int d = Suggest.distance(t, word.toLowerCase(Locale.ROOT));
            int letters = word.replaceFirst("^-+", "").length();
            int allowed = letters < 3 ? 0 : Math.min(2, Math.max(1, letters / 3)); // -v is -V, not -h
            if (d <= allowed && d < bestDistance) {
                best = word;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
