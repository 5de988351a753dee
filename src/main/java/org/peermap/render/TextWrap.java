package org.peermap.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text into lines that fit a width, breaking at spaces (a word longer than the width is split if it has
 * {@link org.peermap.model.Identifying#LONG_WORD} characters or more, else left whole).
 */
public final class TextWrap {
    private TextWrap() {}

    /**
     * Wraps {@code text}: single line breaks are reflowed as spaces (as in a YAML block written with short
     * lines); a blank line starts a new paragraph.
     */
    public static List<String> wrap(String text, double width, double size, boolean bold) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            wrapParagraph(paragraph.replaceAll("\\s*\\R\\s*", " ").strip(), width, size, bold, lines);
            lines.add("");
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** True when the text fits the width; a text longer than any line could hold is not measured whole. */
    static boolean fits(String text, double width, double size, boolean bold) {
        return Fonts.fitting(text, width, size, bold) == text.length();
    }

    private static void wrapParagraph(String paragraph, double width, double size, boolean bold, List<String> out) {
        if (paragraph.isEmpty()) {
            out.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (Fonts.width(candidate, size, bold) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            // a word shorter than Identifying.LONG_WORD is never split, so that no piece of it shows a name
            // alone that the check, reading the whole word, could not see (it may run past its width instead)
            while (rest.codePointCount(0, rest.length()) >= org.peermap.model.Identifying.LONG_WORD
                    && !fits(rest, width, size, bold)) {
                int cut = Fonts.fitting(rest, width, size, bold);
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        out.add(line.toString());
    }
}
