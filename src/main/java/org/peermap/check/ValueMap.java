package org.peermap.check;

import org.peermap.diagnostic.Position;
import org.peermap.source.Scalar;
import org.peermap.source.SourceFile;

/**
 * Where each character of a scalar's value (as YAML decodes it) was written in the file: so that what is
 * checked is what will be printed, and an error still points at the place to fix. An escape
 * ({@code "\u202E"}, {@code "\t"}) maps to its backslash; a line folded into a space maps to the line break;
 * quotes, indentation and escaped line breaks map to nothing.
 */
final class ValueMap {
    private final SourceFile file;
    private final Scalar scalar;
    private final String span;
    /** For each char of the value, its char index in {@link #span}. */
    private final int[] at;

    private ValueMap(SourceFile file, Scalar scalar) {
        this.file = file;
        this.scalar = scalar;
        this.span = file.span(scalar.startOffset(), scalar.endOffset());
        this.at = align(scalar.value(), span);
    }

    static ValueMap of(SourceFile file, Scalar scalar) {
        return new ValueMap(file, scalar);
    }

    /** The file position of the value's char at {@code index}. */
    Position position(int index) {
        if (at.length == 0) {
            return scalar.start();
        }
        int i = at[Math.max(0, Math.min(index, at.length - 1))];
        return file.positionOf(scalar.startOffset() + span.codePointCount(0, Math.min(i, span.length())));
    }

    /** True when the value's char at {@code index} was written as an escape ({@code "\t"}, {@code "\u202E"}). */
    boolean escaped(int index) {
        if (at.length == 0 || !span.startsWith("\"")) {
            return false;
        }
        int i = at[Math.max(0, Math.min(index, at.length - 1))];
        return i < span.length() && span.charAt(i) == '\\';
    }

    private static int[] align(String value, String span) {
        int[] at = new int[value.length()];
        boolean doubleQuoted = span.startsWith("\"");
        boolean singleQuoted = span.startsWith("'");
        int p = doubleQuoted || singleQuoted ? 1 : 0;
        int v = 0;
        while (v < value.length()) {
            if (p >= span.length()) {
                at[v++] = Math.max(0, span.length() - 1);
                continue;
            }
            char c = value.charAt(v);
            char s = span.charAt(p);
            if (doubleQuoted && s == '\\' && p + 1 < span.length()) {
                char e = span.charAt(p + 1);
                if (e == '\n' || e == '\r') {
                    p += 2; // an escaped line break: nothing in the value
                    continue;
                }
                int length = e == 'x' ? 4 : e == 'u' ? 6 : e == 'U' ? 10 : 2;
                int chars = 1;
                if (e == 'U' && p + 10 <= span.length()) {
                    try {
                        chars = Character.charCount(Integer.parseInt(span.substring(p + 2, p + 10), 16));
                    } catch (IllegalArgumentException notHex) {
                        chars = 1;
                    }
                }
                for (int k = 0; k < chars && v < value.length(); k++) {
                    at[v++] = p;
                }
                p += length;
                continue;
            }
            if (singleQuoted && s == '\'' && c == '\'' && p + 1 < span.length() && span.charAt(p + 1) == '\'') {
                at[v++] = p;
                p += 2;
                continue;
            }
            if (s == c || (c == ' ' || c == '\n') && (s == '\n' || s == '\r')) {
                at[v++] = p;
                p += s == '\r' && p + 1 < span.length() && span.charAt(p + 1) == '\n' ? 2 : 1;
                continue;
            }
            p++; // syntax: a quote, indentation, a block indicator
        }
        return at;
    }
}
