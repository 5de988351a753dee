package org.peermap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.peermap.diagnostic.Position;
import org.peermap.model.IdWords;
import org.peermap.model.References;

/**
 * An id of a person or place written as a plain word in printed text (not as a {@code {id}} reference) is an
 * error at its position: it would print the id, which the leak guard refuses ({@link IdWords} is the rule both
 * use). The message names the line where that person or place is defined, never the id.
 */
final class IdCheck {
    private IdCheck() {}

    static void run(Context context) {
        List<String> ids = new ArrayList<>(context.personIds);
        ids.addAll(context.placeIds);
        IdWords words = IdWords.of(ids);
        for (Context.Text text : context.texts) {
            String value = text.scalar().value();
            boolean[] inBraces = new boolean[value.length() + 1];
            Matcher m = References.PATTERN.matcher(value);
            while (m.find()) {
                java.util.Arrays.fill(inBraces, m.start(), m.end(), true);
            }
            ValueMap map = null;
            for (IdWords.Found found : words.find(value)) {
                if (inBraces[found.start()]) {
                    continue;
                }
                map = map == null ? ValueMap.of(context.fileOf(text.scalar()), text.scalar()) : map;
                Position at = map.position(found.start());
                if (context.namesAt.contains(at)) {
                    continue; // already reported as a name
                }
                boolean person = context.personIds.contains(found.id());
                Position defined = (person ? context.personLines : context.placeLines).get(found.id());
                context.diagnostics.error(at, text.what() + " contains the id of the "
                        + (person ? "person" : "place") + " defined at "
                        + (defined == null ? "line ?" : defined.from(at, context.file.name()))
                        + " as a plain word, which would print the id; "
                        + (BraceCheck.resolves(text.what()) ? "write it as {id} to print its code, or reword"
                                : "reword it (this field prints its text as written)"));
            }
        }
    }
}
