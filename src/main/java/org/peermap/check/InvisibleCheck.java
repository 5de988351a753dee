package org.peermap.check;

import com.ibm.icu.lang.UCharacter;
import java.util.Locale;
import org.peermap.model.Fold;

/**
 * Text that will be printed may not hold characters that draw nothing or change how the text around them
 * is drawn (control characters, zero-width spaces and joiners, soft hyphens, direction marks and overrides,
 * the byte order mark, line and paragraph separators): they hide what is written, so that what is checked
 * and what a reader sees differ. Each is an error at the place it was written, escapes included. Line
 * breaks and tabs are allowed where a line break means something (the narrative and notes); elsewhere only
 * a line break typed as one (a value written over several lines).
 */
final class InvisibleCheck {
    private InvisibleCheck() {}

    static void run(Context context) {
        for (Context.Text text : context.texts) {
            String value = text.scalar().value();
            boolean lines = text.what().startsWith("'narrative'") || text.what().startsWith("'note'");
            int from = 0;
            int to = value.length();
            while (from < to && Character.isWhitespace(value.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(value.charAt(to - 1))) {
                to--;
            }
            ValueMap map = null;
            for (int i = from; i < to; ) {
                int cp = value.codePointAt(i);
                boolean breakOrTab = cp == '\n' || cp == '\t' || cp == '\r';
                if (breakOrTab || Fold.invisible(cp)) {
                    map = map == null ? ValueMap.of(context.fileOf(text.scalar()), text.scalar()) : map;
                    var at = map.position(i);
                    boolean escaped = map.escaped(i);
                    boolean allowed = breakOrTab && (lines || cp == '\n' && !escaped);
                    if (!allowed) {
                        context.diagnostics.error(at, text.what() + " contains " + describe(cp)
                                + ", which prints as nothing or changes how the text around it prints; delete it"
                                + (escaped ? " (it is written as an escape)" : ""));
                    }
                }
                i += Character.charCount(cp);
            }
        }
    }

    /** "a tab", or the character's Unicode name and number: "U+202E RIGHT-TO-LEFT OVERRIDE". */
    static String describe(int cp) {
        if (cp == '\t') {
            return "a tab";
        }
        if (cp == '\n' || cp == '\r') {
            return "a line break";
        }
        String name = UCharacter.getName(cp);
        return (Character.getType(cp) == Character.CONTROL ? "the control character U+" : "the invisible character U+")
                + String.format(Locale.ROOT, "%04X", cp) + (name == null ? "" : " " + name);
    }
}
