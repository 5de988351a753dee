package org.peermap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peermap.anonymise.Anonymiser;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.Position;
import org.peermap.model.Case;
import org.peermap.model.Person;
import org.peermap.source.Insertions;
import org.peermap.source.Mapping;
import org.peermap.source.Node;
import org.peermap.source.SourceFile;

/**
 * Pins letter codes in a case file: every person without a {@code code} gets one written into the file,
 * so that their printed code never changes when people are added, removed or reordered in a later
 * version. Only the new {@code code:} lines are added; the rest of the file is kept byte for byte.
 *
 * @param text the file with codes pinned, when anything was pinned
 * @param pinned how many people were given a code
 * @param unpinned how many people had no code before
 * @param diagnostics the file's problems; nothing is pinned in a file with errors
 */
public record Pinning(Optional<byte[]> text, int pinned, int unpinned, List<Diagnostic> diagnostics) {

    public Pinning {
        diagnostics = List.copyOf(diagnostics);
    }

    static Pinning of(String name, byte[] bytes) {
        Peermap.Checked checked = Peermap.check(name, bytes);
        if (checked.result().checked().isEmpty()) {
            return new Pinning(Optional.empty(), 0, 0, checked.result().diagnostics());
        }
        Case c = checked.result().checked().get();
        Map<String, String> pins = Anonymiser.codesToPin(c.people(), c.places());
        if (pins.isEmpty()) {
            return new Pinning(Optional.empty(), 0, 0, checked.result().diagnostics());
        }
        SourceFile file = checked.source().file();
        Mapping top = (Mapping) checked.source().root().orElseThrow();
        Optional<Mapping.Entry> section = top.entry("people");
        Mapping people = section.map(e -> e.value() instanceof Mapping m ? m : null)
                .orElse(new Mapping(List.of(), top.start()));
        Insertions insertions = new Insertions(file);
        for (Mapping.Entry entry : people.entries()) {
            String code = pins.get(entry.key().value());
            if (code != null && entry.value() instanceof Mapping) {
                insert(insertions, file, entry.value(), code);
            }
        }
        // people whom only a part defines get their code in the case file, which holds every code of the case
        List<String> onlyInParts = c.people().stream().map(Person::id).filter(pins::containsKey)
                .filter(id -> people.entry(id).isEmpty()).toList();
        if (!onlyInParts.isEmpty()) {
            addPeople(insertions, file, top, section, onlyInParts, pins);
        }
        byte[] edited = insertions.apply().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = hasBom(bytes) ? prependBom(edited) : edited;
        if (!readsBack(name, withBom, pins)) {
            // the file's layout defeats the edit (lines ending in a lone CR, say): the file is left as it is, and
            // the user is told what to add by hand
            List<Diagnostic> refusals = new ArrayList<>(checked.result().diagnostics());
            for (Mapping.Entry entry : people.entries()) {
                String code = pins.get(entry.key().value());
                if (code != null) {
                    refusals.add(Diagnostic.error(name, entry.key().start(), "peermap codes cannot edit this file"
                            + " safely (its line endings or layout are unusual, such as lines ending in a lone CR);"
                            + " nothing was changed: add 'code: " + code + "' to this person by hand"));
                }
            }
            return new Pinning(Optional.empty(), 0, pins.size(), refusals);
        }
        List<Diagnostic> notes = new ArrayList<>(checked.result().diagnostics());
        return new Pinning(Optional.of(withBom), pins.size(), pins.size(), notes);
    }

    /**
     * Adds {@code ids: {code: XY}} to the case file's people (after its last person, or as a new section at the end
     * of the file), for people defined only in its parts.
     */
    private static void addPeople(Insertions insertions, SourceFile file, Mapping top,
            Optional<Mapping.Entry> section, List<String> ids, Map<String, String> pins) {
        String br = insertions.lineBreak();
        if (section.isPresent() && section.get().value() instanceof Mapping people) {
            Position start = people.start();
            String line = file.line(start.line());
            boolean flow = start.column() <= line.length() && line.codePointAt(line.offsetByCodePoints(0,
                    start.column() - 1)) == '{';
            if (flow) {
                StringBuilder text = new StringBuilder();
                ids.forEach(id -> text.append(id).append(": {code: ").append(pins.get(id)).append("}, "));
                insertions.insert(new Position(start.line(), start.column() + 1), text.toString());
                return;
            }
            String indent = people.entries().isEmpty() ? "  "
                    : " ".repeat(people.entries().get(0).key().start().column() - 1);
            int next = top.entries().stream().map(e -> e.key().start().line()).filter(n -> n > start.line())
                    .min(Integer::compare).orElse(lineCount(file) + 1);
            appendAfter(insertions, file, next - 1, ids, pins, indent, br, "");
            return;
        }
        appendAfter(insertions, file, lineCount(file), ids, pins, "  ", br, br + "people:");
    }

    /** Appends the people after the last line at or before {@code line} that is neither blank nor a comment. */
    private static void appendAfter(Insertions insertions, SourceFile file, int line, List<String> ids,
            Map<String, String> pins, String indent, String br, String head) {
        int last = line;
        while (last > 1 && (file.line(last).isBlank() || file.line(last).strip().startsWith("#"))) {
            last--;
        }
        StringBuilder text = new StringBuilder(head);
        ids.forEach(id -> text.append(br).append(indent).append(id).append(": {code: ").append(pins.get(id))
                .append("}"));
        insertions.insert(new Position(last, file.line(last).codePointCount(0, file.line(last).length()) + 1),
                text.toString());
    }

    private static int lineCount(SourceFile file) {
        return file.text().split("\r\n|\r|\n", -1).length;
    }

    private static void insert(Insertions insertions, SourceFile file, Node body, String code) {
        Mapping person = (Mapping) body;
        Position start = person.start();
        String line = file.line(start.line());
        boolean flow = start.column() <= line.length() && line.codePointAt(line.offsetByCodePoints(0,
                start.column() - 1)) == '{';
        if (flow) {
            insertions.insert(new Position(start.line(), start.column() + 1),
                    person.entries().isEmpty() ? "code: " + code : "code: " + code + ", ");
        } else {
            Position first = person.entries().get(0).key().start();
            insertions.insert(new Position(first.line(), 1),
                    " ".repeat(first.column() - 1) + "code: " + code + insertions.lineBreak());
        }
    }

    /** True when the edited file reads back clean and gives each person the code pinned for them. */
    private static boolean readsBack(String name, byte[] edited, Map<String, String> pins) {
        Optional<Case> c = Peermap.check(name, edited).result().checked();
        if (c.isEmpty()) {
            return false;
        }
        for (Person p : c.get().people()) {
            if (pins.containsKey(p.id()) && !p.code().equals(Optional.of(pins.get(p.id())))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static byte[] prependBom(byte[] b) {
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }
}
