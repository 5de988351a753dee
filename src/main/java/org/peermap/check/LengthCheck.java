package org.peermap.check;

import java.util.Locale;

/**
 * How long each printed text may be, so that every page a case makes is bounded and drawing it takes bounded
 * time: a text longer than its field's limit is an error at the first character past the limit. The limits are
 * far above what a map can usefully print (a label is read in a box a few words wide; the appendix has room
 * for a long note or narrative).
 */
final class LengthCheck {
    static final int NARRATIVE = 20_000;
    static final int NOTE = 2_000;
    static final int INCIDENT_WORDS = 300;
    static final int SOURCE = 300;
    static final int LABEL = 100;
    static final int TITLE = 200;
    static final int OTHER = 200;

    private LengthCheck() {}

    static void run(Context context) {
        for (Context.Text text : context.texts) {
            String value = text.scalar().value();
            int limit = limit(text.what());
            int length = value.strip().codePointCount(0, value.strip().length());
            if (length <= limit) {
                continue;
            }
            int past = value.offsetByCodePoints(0, Math.min(value.codePointCount(0, value.length()),
                    limit + leading(value)));
            context.diagnostics.error(ValueMap.of(context.fileOf(text.scalar()), text.scalar()).position(past), text.what() + " is "
                    + String.format(Locale.ROOT, "%,d", length) + " characters long; at most "
                    + String.format(Locale.ROOT, "%,d", limit) + " are allowed " + why(text.what())
                    + ": shorten it from here");
        }
    }

    /** The limit for a field, by how messages name it. */
    static int limit(String what) {
        if (what.startsWith("'narrative'")) {
            return NARRATIVE;
        }
        if (what.startsWith("'note'")) {
            return NOTE;
        }
        if (what.startsWith("'what' of an incident") || what.startsWith("'label' of an incident")
                || what.startsWith("'what' of an action")) {
            return INCIDENT_WORDS;
        }
        if (what.startsWith("'source'")) {
            return SOURCE;
        }
        if (what.startsWith("'label'")) {
            return LABEL;
        }
        if (what.startsWith("'title'")) {
            return TITLE;
        }
        return OTHER;
    }

    private static String why(String what) {
        return what.startsWith("'narrative'") || what.startsWith("'note'") ? "(the appendix prints it whole)"
                : "(a map prints it in a small space; put the detail in a note or the narrative)";
    }

    private static int leading(String value) {
        int n = 0;
        while (n < value.length() && Character.isWhitespace(value.charAt(n))) {
            n++;
        }
        return value.codePointCount(0, n);
    }
}
