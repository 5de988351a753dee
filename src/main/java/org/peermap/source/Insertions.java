package org.peermap.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.peermap.diagnostic.Position;

/**
 * Text inserted into a source file at line and column positions, applied last to first so that every
 * position refers to the file as it was read. Everything else in the file, comments and layout included,
 * is kept byte for byte.
 */
public final class Insertions {
    private final SourceFile file;
    private final List<Insertion> insertions = new ArrayList<>();

    private record Insertion(Position at, String text) {}

    public Insertions(SourceFile file) {
        this.file = file;
    }

    /** Inserts {@code text} before the character at {@code at}. */
    public void insert(Position at, String text) {
        insertions.add(new Insertion(at, text));
    }

    public boolean isEmpty() {
        return insertions.isEmpty();
    }

    /** The file's text, as it was decoded (lines of spaces kept), with every insertion made. */
    public String apply() {
        String text = file.original();
        List<Integer> lineStarts = lineStarts(text);
        StringBuilder out = new StringBuilder(text);
        insertions.stream()
                .sorted(Comparator.comparing(Insertion::at).reversed())
                .forEach(i -> out.insert(offset(text, lineStarts, i.at()), i.text()));
        return out.toString();
    }

    /** The line break the file uses: CRLF when its first line ends with one. */
    public String lineBreak() {
        int n = file.text().indexOf('\n');
        return n > 0 && file.text().charAt(n - 1) == '\r' ? "\r\n" : "\n";
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static int offset(String text, List<Integer> lineStarts, Position at) {
        int start = lineStarts.get(Math.min(at.line(), lineStarts.size()) - 1);
        return text.offsetByCodePoints(start, at.column() - 1);
    }
}
