package org.peermap.check;

import java.util.regex.Matcher;

/**
 * Careful language: a warning at the line and column of each word in printed text that blames or adultifies
 * a child, with what to say instead, from the {@link CarefulWords} (peermap's list and a team's own). Never an
 * error, and the message quotes only the listed word, never the case's text around it.
 */
final class LanguageCheck {
    private LanguageCheck() {}

    static void run(Context context, CarefulWords words) {
        for (Context.Text text : context.texts) {
            String value = text.scalar().value();
            for (CarefulWords.Entry e : words.entries()) {
                Matcher m = e.pattern().matcher(value);
                while (m.find()) {
                    String list = e.from().isEmpty() ? "careful language" : "careful language, the team's list";
                    context.diagnostics.warning(ValueMap.of(context.fileOf(text.scalar()), text.scalar()).position(m.start()),
                            text.what() + " uses '" + e.avoid() + "', which can blame or adultify a child; say instead: "
                                    + e.instead() + " (" + list + "; --no-language-check turns this off)");
                }
            }
        }
    }
}
