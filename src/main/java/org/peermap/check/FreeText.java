package org.peermap.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peermap.diagnostic.Position;
import org.peermap.model.References;
import org.peermap.source.Scalar;

/** Checks the {@code {id}} references in free-text fields and finds their exact positions. */
final class FreeText {
    static final Pattern REFERENCE = References.PATTERN;

    private FreeText() {}

    /**
     * Reports every {@code {id}} in {@code text} that names no person (or, unless {@code peopleOnly}, no place).
     */
    static void checkReferences(Scalar text, String what, boolean peopleOnly, Context context) {
        Matcher m = REFERENCE.matcher(text.value());
        while (m.find()) {
            String id = m.group(1).strip();
            boolean person = context.personIds.contains(id);
            boolean place = context.placeIds.contains(id);
            if (person || (place && !peopleOnly)) {
                continue;
            }
            Position at = locate(text, m.group(), occurrence(text.value(), m.group(), m.start()), context);
            if (place) {
                context.diagnostics.error(at, "a reference in " + what + " names a place; it may name people only");
            } else {
                context.diagnostics.error(at, "a {reference} in " + what + " does not name any person"
                        + (peopleOnly ? "" : " or place") + "; write {id} with an id from 'people'"
                        + (peopleOnly ? "" : " or 'places'"));
            }
        }
    }

    /** Which occurrence (0-based) of {@code token} in {@code value} starts at {@code index}. */
    static int occurrence(String value, String token, int index) {
        int n = 0;
        for (int i = value.indexOf(token); i >= 0 && i < index; i = value.indexOf(token, i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * The source position of the {@code n}th occurrence of {@code token} in the scalar's source span. The
     * span is the text as written (quotes, block indentation, line breaks), so this is exact for plain,
     * block and quoted scalars alike; when the token is not found as written it falls back to the scalar.
     */
    static Position locate(Scalar scalar, String token, int n, Context context) {
        String span = context.fileOf(scalar).span(scalar.startOffset(), scalar.endOffset());
        int index = -1;
        for (int i = 0; i <= n; i++) {
            index = span.indexOf(token, index + 1);
            if (index < 0) {
                return scalar.start();
            }
        }
        return context.fileOf(scalar).positionOf(scalar.startOffset() + span.codePointCount(0, index));
    }
}
