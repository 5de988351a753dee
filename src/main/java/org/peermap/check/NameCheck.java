package org.peermap.check;

import java.util.List;
import java.util.Map;
import org.peermap.diagnostic.Position;
import org.peermap.model.Identifying;
import org.peermap.model.Person;
import org.peermap.model.Place;

/**
 * A real name, a part of one, an alias or a non-public place name written into text is an error at its
 * exact line and column, naming the field and the line where that person or place is defined, never the
 * text itself. Matching follows {@link Identifying}'s rule, on the value as decoded (so as printed).
 */
final class NameCheck {
    private NameCheck() {}

    static void run(Context context, List<Person> people, List<Place> places) {
        Identifying identifying = Identifying.of(people, places);
        for (Context.Text text : context.texts) {
            // the value as YAML decodes it, which is what will be printed (escapes and all), with each match
            // pointed at where it was written
            ValueMap map = ValueMap.of(context.file, text.scalar());
            // braces hide nothing where references are not replaced (the brace itself is an error there)
            for (Identifying.Match match : identifying.find(text.scalar().value(), BraceCheck.resolves(text.what()))) {
                Identifying.Term term = match.term();
                Position at = map.position(match.start());
                Map<String, Position> definitions = term.person() ? context.personLines : context.placeLines;
                Position defined = definitions.get(term.owner());
                String owner = (term.person() ? "the person" : "the place") + " defined at line "
                        + (defined == null ? "?" : defined.line());
                String fix = term.person() ? "write {id} instead"
                        : "write {id} instead, or mark the place public: true if its name may be printed";
                context.diagnostics.error(at, text.what() + " contains " + term.kind().phrase() + " " + owner
                        + "; " + fix);
            }
        }
    }
}
