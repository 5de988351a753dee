package org.peermap.check;

import java.util.List;
import java.util.Locale;
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

    /**
     * A field's value in the form it is printed, with where each char came from: the marking is printed in
     * capitals, so "the rose garden" is checked as "THE ROSE GARDEN", where the everyday word is a name.
     */
    record AsPrinted(String text, int[] origins, boolean upper, boolean[] joints) {
        static AsPrinted of(Context.Text field) {
            String value = field.scalar().value();
            if (!field.what().equals("'marking'")) {
                return new AsPrinted(value, null, false, null);
            }
            StringBuilder out = new StringBuilder();
            int[] origins = new int[value.length() * 3 + 1];
            for (int i = 0; i < value.length(); ) {
                int cp = value.codePointAt(i);
                String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
                for (int k = 0; k < upper.length(); k++) {
                    origins[out.length()] = i;
                    out.append(upper.charAt(k));
                }
                i += Character.charCount(cp);
            }
            return new AsPrinted(out.toString(), origins, true, null);
        }

        /**
         * The value with every tab and line break between two letters taken out ("Jor\tdan" as "Jordan"):
         * where they are allowed (a narrative, a note) they print as a space or a new line, and a name split so
         * is still read as the name. {@code joints} marks the chars that follow a joint.
         */
        static AsPrinted joined(String value) {
            StringBuilder out = new StringBuilder();
            int[] origins = new int[value.length() + 1];
            boolean[] joints = new boolean[value.length() + 1];
            boolean joint = false;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c == '\t' || c == '\n' || c == '\r') && letterBefore(value, i) && letterAfter(value, i)) {
                    joint = true;
                    continue;
                }
                origins[out.length()] = i;
                joints[out.length()] = joint;
                joint = false;
                out.append(c);
            }
            return new AsPrinted(out.toString(), origins, false, joints);
        }

        private static boolean letterBefore(String value, int i) {
            return letterBeyond(value, i, -1);
        }

        private static boolean letterAfter(String value, int i) {
            return letterBeyond(value, i, 1);
        }

        /** True when, stepping from {@code i} by {@code step} past tabs and line breaks, a letter is next. */
        private static boolean letterBeyond(String value, int i, int step) {
            int j = i + step;
            while (j >= 0 && j < value.length() && "\t\n\r".indexOf(value.charAt(j)) >= 0) {
                j += step;
            }
            return j >= 0 && j < value.length() && Character.isLetter(value.charAt(j));
        }

        /** True when a joint falls inside the chars from {@code start} to {@code end}. */
        boolean spansJoint(int start, int end) {
            for (int i = start + 1; i < end && i < joints.length; i++) {
                if (joints[i]) {
                    return true;
                }
            }
            return false;
        }

        int origin(int index) {
            return origins == null ? index : origins[Math.max(0, Math.min(index, text.length() - 1))];
        }
    }

    static void run(Context context, List<Person> people, List<Place> places) {
        Identifying identifying = Identifying.of(people, places);
        for (Context.Text text : context.texts) {
            // the value as YAML decodes it, which is what will be printed (escapes and all), with each match
            // pointed at where it was written
            ValueMap map = ValueMap.of(context.fileOf(text.scalar()), text.scalar());
            // braces hide nothing where references are not replaced (the brace itself is an error there)
            String value = text.scalar().value();
            // the value with tabs and line breaks inside words taken out is searched only when it has any
            List<AsPrinted> forms = value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0
                    ? List.of(AsPrinted.of(text)) : List.of(AsPrinted.of(text), AsPrinted.joined(value));
            for (AsPrinted printed : forms) {
                for (Identifying.Match match : identifying.find(printed.text(), BraceCheck.resolves(text.what()))) {
                    if (printed.joints() == null || printed.spansJoint(match.start(), match.end())) {
                        report(context, text, map, printed, match);
                    }
                }
            }
        }
    }

    private static void report(Context context, Context.Text text, ValueMap map, AsPrinted printed,
            Identifying.Match match) {
        Identifying.Term term = match.term();
        Position at = map.position(printed.origin(match.start()));
        context.namesAt.add(at);
        Map<String, Position> definitions = term.person() ? context.personLines : context.placeLines;
        Position defined = definitions.get(term.owner());
        String owner = (term.person() ? "the person" : "the place") + " defined at "
                + (defined == null ? "line ?" : defined.from(at, context.file.name()));
        String instead = BraceCheck.resolves(text.what()) ? "write {id} instead"
                : "reword it (this field is printed as written, so it cannot take {id})";
        String fix = term.person() ? instead : instead + ", or mark the place public: true if its name may be printed";
        context.diagnostics.error(at, text.what() + " contains " + term.kind().phrase() + " " + owner
                + (printed.upper() ? " (as printed, in capitals)" : "")
                + (printed.joints() != null ? " (split by a tab or line break, which a reader reads past)" : "")
                + "; " + fix);
    }
}
