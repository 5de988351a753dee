package org.peermap.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text in a PDF: the shipped font embedded (subset) in regular and bold, widths measured with it, lines
 * wrapped to a width, and the marking centred at the top and the bottom of a page.
 */
final class PdfText {
    /** The marking's size, and where its baselines sit: as the maps' title block draws it. */
    static final float MARKING_SIZE = 9;
    static final float MARKING_TOP = 20;
    static final float MARKING_BOTTOM = 12;

    private PdfText() {}

    /** The two embedded fonts of one document. */
    static final class Fonts {
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final Map<Integer, Boolean> drawable = new HashMap<>();

        private Fonts(PDType0Font regular, PDType0Font bold) {
            this.regular = regular;
            this.bold = bold;
        }

        /** Embeds the shipped font (only the glyphs used are kept when the document is saved). */
        static Fonts embed(PDDocument doc) throws IOException {
            try (InputStream r = org.peermap.render.Fonts.file(false);
                    InputStream b = org.peermap.render.Fonts.file(true)) {
                return new Fonts(PDType0Font.load(doc, r), PDType0Font.load(doc, b));
            }
        }

        PDType0Font of(boolean isBold) {
            return isBold ? bold : regular;
        }

        /** The text with the characters the font cannot draw replaced by '?'. */
        String safe(String text, boolean isBold) {
            PDType0Font font = of(isBold);
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                int key = isBold ? -1 - cp : cp;
                boolean ok = drawable.computeIfAbsent(key, k -> {
                    try {
                        font.encode(new String(Character.toChars(cp)));
                        return true;
                    } catch (IOException | IllegalArgumentException e) {
                        return false;
                    }
                });
                out.append(ok ? new String(Character.toChars(cp)) : "?");
            });
            return out.toString();
        }

        /** The advance width of {@code text} in points. */
        float width(String text, float size, boolean isBold) {
            if (text.isEmpty()) {
                return 0;
            }
            try {
                return of(isBold).getStringWidth(safe(text, isBold)) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One line of text with its baseline's left end at ({@code x}, {@code y}), y up. */
    static void show(PDPageContentStream s, Fonts fonts, float x, float y, String text, float size, boolean bold)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        s.beginText();
        s.setFont(fonts.of(bold), size);
        s.newLineAtOffset(x, y);
        s.showText(fonts.safe(text, bold));
        s.endText();
    }

    /** The marking, in bold capitals as given, centred once at the top and once at the bottom of the page. */
    static void marking(PDPageContentStream s, Fonts fonts, String marking, PDRectangle page) throws IOException {
        float width = fonts.width(marking, MARKING_SIZE, true);
        float x = (page.getWidth() - width) / 2;
        show(s, fonts, x, page.getHeight() - MARKING_TOP, marking, MARKING_SIZE, true);
        show(s, fonts, x, MARKING_BOTTOM, marking, MARKING_SIZE, true);
    }

    /**
     * Wraps text into lines no wider than {@code width}: breaks at spaces, keeps line breaks, and splits a
     * word that is wider than the whole width when it is long enough that the check searched it for names
     * ({@link org.peermap.model.Identifying#LONG_WORD}). An empty text is one empty line.
     */
    static List<String> wrap(Fonts fonts, String text, float width, float size, boolean bold) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fonts.width(candidate, size, bold) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                // as TextWrap: a word shorter than Identifying.LONG_WORD is never split (no piece shows a name alone)
                while (rest.codePointCount(0, rest.length()) >= org.peermap.model.Identifying.LONG_WORD
                        && fitting(fonts, rest, width, size, bold) < rest.length()) {
                    int cut = fitting(fonts, rest, width, size, bold);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many chars of {@code text} (at least one) fit in {@code width}, in time in proportion to its length. */
    static int fitting(Fonts fonts, String text, float width, float size, boolean bold) {
        return org.peermap.render.Fonts.fitting(text, width, size, t -> fonts.width(t, size, bold));
    }

    /** The text cut with an ellipsis when it is wider than {@code width}. */
    static String fit(Fonts fonts, String text, float width, float size, boolean bold) {
        if (fonts.width(text, size, bold) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && fonts.width(cut + "...", size, bold) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "...";
    }

    /** The width of the widest word (for a column's narrowest sensible width). */
    static float widestWord(Fonts fonts, String text, float size, boolean bold) {
        float widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, fonts.width(word, size, bold));
        }
        return widest;
    }

    /** The width of the widest line, unwrapped. */
    static float widestLine(Fonts fonts, String text, float size, boolean bold) {
        float widest = 0;
        for (String line : text.split("\n")) {
            widest = Math.max(widest, fonts.width(line.strip().replaceAll("\\s+", " "), size, bold));
        }
        return widest;
    }
}
