package org.peermap.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Careful language: a warning at the line and column of each word in printed text that blames or adultifies
 * a child, with what to say instead, from {@code careful-language.txt} (a team extends it with its own). Never
 * an error, and the message quotes only the listed word, never the case's text around it. Words are matched
 * whole (no hit inside a longer word), in any case, across a space, line break or hyphen between words.
 */
final class LanguageCheck {
    /** One listed word or phrase, how it is found, and what to say instead. */
    record Entry(String avoid, Pattern pattern, String instead) {}

    static final List<Entry> ENTRIES = load();

    private LanguageCheck() {}

    static void run(Context context) {
        for (Context.Text text : context.texts) {
            String value = text.scalar().value();
            for (Entry e : ENTRIES) {
                Matcher m = e.pattern().matcher(value);
                while (m.find()) {
                    context.diagnostics.warning(ValueMap.of(context.file, text.scalar()).position(m.start()),
                            text.what() + " uses '" + e.avoid() + "', which can blame or adultify a child; say instead: "
                                    + e.instead() + " (careful language; --no-language-check turns this off)");
                }
            }
        }
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = LanguageCheck.class.getResourceAsStream("careful-language.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                String avoid = line.substring(0, bar).strip().toLowerCase(Locale.ROOT);
                String instead = line.substring(bar + 1).strip();
                StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
                String[] words = avoid.split("[\\s-]+");
                for (int i = 0; i < words.length; i++) {
                    regex.append(i == 0 ? "" : "[\\s\\-]+").append(Pattern.quote(words[i]));
                }
                regex.append("s?(?![\\p{L}\\p{N}])");
                entries.add(new Entry(avoid, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE
                        | Pattern.UNICODE_CASE), instead));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}
