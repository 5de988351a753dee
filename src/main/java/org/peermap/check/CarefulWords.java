package org.peermap.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.Position;

/**
 * The words the careful-language check warns of: peermap's own list ({@code careful-language.txt} in the jar),
 * and a team's own list, a file of the same name beside its case files (or in a folder above them). Each line is
 * {@code words to avoid | what to say instead}; {@code #} starts a comment. A line of a team's file that is not
 * in that form is a warning at its line, and is left out.
 */
public final class CarefulWords {
    /** The name of the file, in the jar and beside a team's case files. */
    public static final String FILE = "careful-language.txt";
    /** No careful-language check at all ({@code --no-language-check}). */
    public static final CarefulWords OFF = new CarefulWords(List.of(), List.of());
    /** peermap's own list. */
    public static final CarefulWords STANDARD = new CarefulWords(builtIn(), List.of());
    private static final int LONGEST_LINE = 400;

    /** One listed word or phrase, how it is found, what to say instead, and where it was listed. */
    record Entry(String avoid, Pattern pattern, String instead, String from) {}

    private final List<Entry> entries;
    private final List<Diagnostic> problems;

    private CarefulWords(List<Entry> entries, List<Diagnostic> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    /** peermap's list and the team's list in {@code file} ({@code name} is how diagnostics name it). */
    public CarefulWords and(String name, byte[] file) {
        List<Entry> all = new ArrayList<>(entries);
        List<Diagnostic> found = new ArrayList<>(problems);
        String text = new String(file, StandardCharsets.UTF_8);
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                if (bar < 0 || line.substring(0, bar).isBlank() || line.substring(bar + 1).isBlank()
                        || line.length() > LONGEST_LINE) {
                    found.add(Diagnostic.warning(name, new Position(number, 1), "a line of the team's careful-language"
                            + " list must be 'words to avoid | what to say instead' (at most " + LONGEST_LINE
                            + " characters); this line is left out"));
                    continue;
                }
                all.add(entry(line, bar, name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CarefulWords(all, found);
    }

    /** peermap's list, with a warning that the team's list {@code name} cannot be read. */
    public CarefulWords unreadable(String name) {
        return new CarefulWords(entries, List.of(Diagnostic.warning(name, Position.START, "the team's careful-language"
                + " list cannot be read, so only peermap's own words are checked")));
    }

    /** Whether any word is checked. */
    boolean on() {
        return !entries.isEmpty();
    }

    List<Entry> entries() {
        return entries;
    }

    /** The warnings about the team's file itself. */
    public List<Diagnostic> problems() {
        return problems;
    }

    private static List<Entry> builtIn() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = CarefulWords.class.getResourceAsStream(FILE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(entry(line, line.indexOf('|'), ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /**
     * An entry from {@code line}, whose bar is at {@code bar}. Words are matched whole (no hit inside a longer
     * word), in any case, across a space, line break or hyphen between words, with a plural 's'.
     */
    private static Entry entry(String line, int bar, String from) {
        String avoid = line.substring(0, bar).strip().toLowerCase(Locale.ROOT);
        String instead = line.substring(bar + 1).strip();
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = avoid.split("[\\s-]+");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "[\\s\\-]+").append(Pattern.quote(words[i]));
        }
        regex.append("s?(?![\\p{L}\\p{N}])");
        return new Entry(avoid, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                instead, from);
    }
}
