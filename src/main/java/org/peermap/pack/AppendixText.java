package org.peermap.pack;

import java.util.ArrayList;
import java.util.List;
import org.peermap.render.TextWrap;

/** The appendix's Markdown laid out as lines of text for the PDF: headings bold, table rows as text. */
final class AppendixText {
    private AppendixText() {}

    static List<PdfWriter.Line> lines(String markdown, float width) {
        List<PdfWriter.Line> lines = new ArrayList<>();
        for (String raw : markdown.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("|---")) {
                continue;
            }
            boolean bold = false;
            float size = 9;
            float indent = 0;
            String text = line;
            if (line.startsWith("# ")) {
                text = line.substring(2);
                bold = true;
                size = 14;
            } else if (line.startsWith("## ")) {
                text = line.substring(3);
                bold = true;
                size = 11;
            } else if (line.startsWith("**") && line.endsWith("**") && line.length() > 4) {
                text = line.substring(2, line.length() - 2);
                bold = true;
            } else if (line.startsWith("|")) {
                text = String.join("   |   ", cells(line));
                indent = 6;
            } else if (line.startsWith("- ")) {
                text = "\u2022 " + line.substring(2);
                indent = 6;
            }
            text = unescape(text);
            for (String wrapped : TextWrap.wrap(text, width - indent, size, bold)) {
                lines.add(new PdfWriter.Line(wrapped, size, bold, indent));
            }
            if (line.isEmpty() || bold) {
                lines.add(new PdfWriter.Line("", size, false, 0));
            }
        }
        return lines;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length()) {
                cell.append(c).append(row.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    static String unescape(String text) {
        return text.replaceAll("\\\\(.)", "$1");
    }
}
