package org.peermap.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.peermap.diagnostic.Diagnostics;
import org.peermap.diagnostic.Position;

/** Turns a file's bytes into text, refusing anything that is not plain UTF-8 text. */
final class TextDecoder {
    private static final int MAX_CONTROL_REPORTS = 10;

    private TextDecoder() {}

    /** The decoded text without a UTF-8 byte-order mark, or empty after reporting why it is refused. */
    static Optional<String> decode(byte[] bytes, Diagnostics diagnostics) {
        String otherEncoding = unicodeBom(bytes);
        if (otherEncoding != null) {
            diagnostics.error(Position.START,
                    "file is saved as " + otherEncoding + "; save it as UTF-8 text and try again");
            return Optional.empty();
        }
        int skip = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            diagnostics.error(endOf(out),
                    "file is not valid UTF-8 text (a binary file, or saved in another encoding); save it as UTF-8");
            return Optional.empty();
        }
        out.flip();
        String text = out.toString();
        return reportControls(text, diagnostics) ? Optional.empty() : Optional.of(text);
    }

    /** Reports C0 and C1 control characters other than tab and line breaks; true when any were found. */
    private static boolean reportControls(String text, Diagnostics diagnostics) {
        int line = 1;
        int column = 1;
        int found = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (cp == '\r') {
                if (i >= text.length() || text.charAt(i) != '\n') {
                    line++;
                    column = 1;
                }
                continue;
            }
            if (isForbiddenControl(cp)) {
                found++;
                if (found <= MAX_CONTROL_REPORTS) {
                    diagnostics.error(new Position(line, column), String.format(
                            "control character U+%04X is not allowed in a case file (is this a binary file?)", cp));
                }
            } else if (isBidiControl(cp)) {
                found++;
                if (found <= MAX_CONTROL_REPORTS) {
                    diagnostics.error(new Position(line, column), String.format("bidirectional control character"
                            + " U+%04X is not allowed: it can make text display differently from what it says", cp));
                }
            }
            column++;
        }
        if (found > MAX_CONTROL_REPORTS) {
            diagnostics.error(new Position(line, column),
                    (found - MAX_CONTROL_REPORTS) + " more control characters not listed; is this a binary file?");
        }
        return found > 0;
    }

    /** The embedding, override and isolate controls that reorder how text is displayed. */
    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    static boolean isForbiddenControl(int cp) {
        return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
    }

    private static Position endOf(CharSequence decoded) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= decoded.length() || decoded.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Position(line, column);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static String unicodeBom(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return "UTF-32";
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32";
        }
        if (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
            return "UTF-16";
        }
        return null;
    }
}
