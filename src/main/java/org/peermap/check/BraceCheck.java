package org.peermap.check;

import java.util.regex.Matcher;
import org.peermap.model.References;

/**
 * Braces in printed text are for {@code {id}} references and nothing else, so that no text can hide inside
 * them. In a field whose references are replaced when printed (the title, narrative, notes, sources, an
 * incident's words and label, a place's label) a brace that does not open or close a reference on one line is an
 * error; in any other field every brace is, as it would be printed as written. Whether a reference names
 * someone is checked by {@link FreeText}.
 */
final class BraceCheck {
    private BraceCheck() {}

    static void run(Context context) {
        for (Context.Text text : context.texts) {
            String value = text.scalar().value();
            if (value.indexOf('{') < 0 && value.indexOf('}') < 0) {
                continue;
            }
            ValueMap map = ValueMap.of(context.fileOf(text.scalar()), text.scalar());
            if (!resolves(text.what())) {
                int at = firstBrace(value);
                context.diagnostics.error(map.position(at), text.what() + " holds a brace, but {id} references are"
                        + " replaced only in the title, narrative, notes, sources, strengths, an incident's 'what' and"
                        + " 'label', a place's 'label' and an action's 'what' and 'who'; here it would be printed as"
                        + " written: write the text without braces");
                continue;
            }
            boolean[] inReference = new boolean[value.length()];
            Matcher m = References.PATTERN.matcher(value);
            while (m.find()) {
                java.util.Arrays.fill(inReference, m.start(), m.end(), true);
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c == '{' || c == '}') && !inReference[i]) {
                    context.diagnostics.error(map.position(i), text.what() + " holds a '" + c + "' that "
                            + (c == '{' ? "opens" : "closes") + " no {id} reference; a reference is an id between"
                            + " braces on one line, such as {ab}; delete the brace or finish the reference");
                    break;
                }
            }
        }
    }

    /** True for the fields whose {@code {id}} references are replaced by printed codes. */
    static boolean resolves(String what) {
        return what.startsWith("'title'") || what.startsWith("'narrative'") || what.startsWith("'note'")
                || what.startsWith("'what' of an incident") || what.startsWith("'label' of an incident")
                || what.startsWith("'label' of a place") || what.startsWith("'source'")
                || what.startsWith("'strengths'") || what.startsWith("'what' of an action")
                || what.startsWith("'who' of an action");
    }

    private static int firstBrace(String value) {
        int open = value.indexOf('{');
        int close = value.indexOf('}');
        return open < 0 ? close : close < 0 ? open : Math.min(open, close);
    }
}
