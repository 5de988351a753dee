package org.peermap.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.peermap.Peermap;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.model.Named;
import org.peermap.model.PersonKind;
import org.peermap.model.PlaceKind;
import org.peermap.model.WhereaboutsKind;
import org.peermap.source.Mapping;
import org.peermap.source.Node;
import org.peermap.source.Scalar;
import org.peermap.source.Sequence;

/**
 * Diagnostics get pasted into tickets and logs: no message may quote a person's or place's id, a name,
 * a part of a name or an alias from the file. Checked over the whole golden corpus and the examples.
 */
class NoNamesInDiagnosticsTest {

    @TestFactory
    Stream<DynamicTest> noMessageQuotesAnIdNameOrAlias() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src/test/resources/check", "examples")) {
            try (Stream<Path> listing = Files.list(Path.of(dir))) {
                listing.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            Peermap.Checked checked = Peermap.check("case.yaml", Files.readAllBytes(file));
            Set<String> protectedWords = new TreeSet<>();
            checked.source().root().ifPresent(root -> collect(root, protectedWords));
            for (Diagnostic d : checked.result().diagnostics()) {
                String message = d.message().toLowerCase(Locale.ROOT);
                for (String word : protectedWords) {
                    Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
                    assertTrue(!whole.matcher(message).find(), file + ": a message quotes a protected value: "
                            + d.format());
                }
            }
        }));
    }

    /** Ids of people and places, names and their parts, aliases. */
    private static void collect(Node root, Set<String> out) {
        if (!(root instanceof Mapping top)) {
            return;
        }
        for (String section : List.of("people", "places")) {
            top.entry(section).map(Mapping.Entry::value).filter(Mapping.class::isInstance).map(Mapping.class::cast)
                    .ifPresent(m -> m.entries().forEach(e -> {
                        add(e.key().value(), out);
                        if (e.value() instanceof Mapping body) {
                            body.entry("name").ifPresent(n -> addText(n.value(), out));
                            body.entry("aliases").ifPresent(a -> addText(a.value(), out));
                        }
                    }));
        }
    }

    private static void addText(Node node, Set<String> out) {
        if (node instanceof Scalar s) {
            add(s.value(), out);
            for (String part : s.value().split("[\\s-]+")) {
                add(part, out);
            }
        } else if (node instanceof Sequence seq) {
            seq.items().forEach(item -> addText(item, out));
        }
    }

    /** Words of the format itself, which messages name; a place called "Rowan Estate" shares one of them. */
    private static final Set<String> VOCABULARY = vocabulary();

    private static Set<String> vocabulary() {
        Set<String> words = new TreeSet<>();
        words.addAll(Named.words(PlaceKind.class));
        words.addAll(Named.words(PersonKind.class));
        words.addAll(Named.words(WhereaboutsKind.class));
        return words;
    }

    private static void add(String word, Set<String> out) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.length() >= 3 && !VOCABULARY.contains(w)) {
            out.add(w);
        }
    }
}
