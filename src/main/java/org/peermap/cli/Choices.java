package org.peermap.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.peermap.Engine;
import org.peermap.RenderOptions;
import org.peermap.anonymise.Ages;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Named;
import org.peermap.model.Paper;

/**
 * The values of every option that takes one of a fixed set, in lower case as the help and completion show
 * them, and the one way a value outside the set is told.
 */
final class Choices {
    private Choices() {}

    /** "--engine takes one of: auto, dot, embedded (you gave 'fast')" */
    static String oneOf(String option, Iterable<String> values, String given) {
        return option + " takes one of: " + String.join(", ", values) + " (you gave " + UsageError.quote(given) + ")";
    }

    /** As {@link #oneOf}, for an option that takes several values separated by commas. */
    static String oneOrMoreOf(String option, Iterable<String> values, String given) {
        return option + " takes one or more of: " + String.join(", ", values) + ", separated by commas (you gave "
                + (given == null || given.isBlank() ? "none" : UsageError.quote(given)) + ")";
    }

    /** A fixed list of words, as picocli's completion candidates. */
    abstract static class Words implements Iterable<String> {
        private final List<String> words;

        Words(List<String> words) {
            this.words = List.copyOf(words);
        }

        @Override
        public Iterator<String> iterator() {
            return words.iterator();
        }
    }

    static List<String> lower(Enum<?>... values) {
        List<String> words = new ArrayList<>();
        Arrays.stream(values).forEach(v -> words.add(v.name().toLowerCase(Locale.ROOT)));
        return words;
    }

    static final class Engines extends Words {
        Engines() {
            super(lower(Engine.values()));
        }
    }

    static final class AgesShown extends Words {
        AgesShown() {
            super(lower(Ages.values()));
        }
    }

    static final class Formats extends Words {
        Formats() {
            super(lower(RenderOptions.Format.values()));
        }
    }

    static final class Modes extends Words {
        Modes() {
            super(Named.words(AnonymiseMode.class));
        }
    }

    static final class Maps extends Words {
        Maps() {
            super(List.of("peer", "incident", "both"));
        }
    }

    static final class Papers extends Words {
        Papers() {
            super(Arrays.stream(Paper.values()).map(Paper::key).toList());
        }
    }
}
