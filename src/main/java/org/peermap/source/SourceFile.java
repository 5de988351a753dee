package org.peermap.source;

import java.util.ArrayList;
import java.util.List;
import org.peermap.diagnostic.Position;

/** The decoded text of one case file and its display name, with line and span look-ups. */
public final class SourceFile {
    private final String name;
    private final String text;
    /** The text exactly as decoded, before lines of only spaces and tabs were blanked for the parser. */
    private final String original;
    private final boolean bmpOnly;
    /** True for a part of a case: its positions name it, so diagnostics about it are in its file. */
    private final boolean part;
    private List<String> lines;
    private int[] lineStarts;

    public SourceFile(String name, String text) {
        this(name, text, text);
    }

    /**
     * A file read as {@code text} for parsing, which differs from the {@code original} only in lines of spaces
     * and tabs made empty (so every line, column and token is where it was).
     */
    public SourceFile(String name, String text, String original) {
        this(name, text, original, false);
    }

    /** As {@link #SourceFile(String, String, String)}; a {@code part} of a case names itself in its positions. */
    public SourceFile(String name, String text, String original, boolean part) {
        this.name = name;
        this.text = text;
        this.original = original;
        this.bmpOnly = text.codePoints().allMatch(Character::isBmpCodePoint);
        this.part = part;
    }

    /** True for a part of a case (a file listed in a case's {@code parts}). */
    public boolean part() {
        return part;
    }

    /** The name printed in diagnostics: the path as the user gave it, or {@code <stdin>}. */
    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The text exactly as decoded, every byte of layout kept (for edits such as pinning codes). */
    public String original() {
        return original;
    }

    /** The text of a 1-based line without its line break, or "" past the end. */
    public String line(int number) {
        List<String> all = lines();
        return number >= 1 && number <= all.size() ? all.get(number - 1) : "";
    }

    /** The source text between two code point offsets, as SnakeYAML's marks give them. */
    public String span(int startOffset, int endOffset) {
        int length = text.codePointCount(0, text.length());
        int from = Math.max(0, Math.min(startOffset, length));
        int to = Math.max(from, Math.min(endOffset, length));
        if (bmpOnly) {
            return text.substring(from, to);
        }
        int begin = text.offsetByCodePoints(0, from);
        return text.substring(begin, text.offsetByCodePoints(begin, to - from));
    }

    /** The 1-based position of a code point offset into the text (lines end at \n, \r\n or \r). */
    public Position positionOf(int offset) {
        int[] starts = lineStarts();
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return new Position(low + 1, Math.max(0, offset - starts[low]) + 1, part ? name : "");
    }

    /** The code point offset at which each line starts. */
    private int[] lineStarts() {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            int seen = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                seen++;
                if (cp == '\n' || cp == '\r' && !(i < text.length() && text.charAt(i) == '\n')) {
                    starts.add(seen);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        return lineStarts;
    }

    private List<String> lines() {
        if (lines == null) {
            List<String> split = new ArrayList<>();
            for (String line : text.split("\r\n|\r|\n", -1)) {
                split.add(line);
            }
            lines = List.copyOf(split);
        }
        return lines;
    }
}
