package org.peermap.source;

import java.util.ArrayList;
import java.util.List;
import org.peermap.diagnostic.Position;

/** The decoded text of one case file and its display name, with line and span look-ups. */
public final class SourceFile {
    private final String name;
    private final String text;
    private final boolean bmpOnly;
    private List<String> lines;

    public SourceFile(String name, String text) {
        this.name = name;
        this.text = text;
        this.bmpOnly = text.codePoints().allMatch(Character::isBmpCodePoint);
    }

    /** The name printed in diagnostics: the path as the user gave it, or {@code <stdin>}. */
    public String name() {
        return name;
    }

    public String text() {
        return text;
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

    /** The 1-based position of a code point offset into the text. */
    public Position positionOf(int offset) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < offset; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            seen++;
            if (cp == '\n') {
                line++;
                column = 1;
            } else if (cp == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    continue; // the \n that follows ends the line
                }
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
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
