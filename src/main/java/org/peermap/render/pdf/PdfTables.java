package org.peermap.render.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Tables drawn as tables: column widths from their content (each column as wide as its widest cell when
 * the table fits, else its widest word and a share of the rest), cell text wrapped within its cell, ruled
 * lines around every cell, the header row bold on a light grey and repeated, under a "(continued)" line,
 * at the top of each page the table runs onto. A row taller than a page is split across pages.
 */
final class PdfTables {
    static final float SIZE = 9;
    static final float LEADING = 11;
    static final float PAD_X = 4;
    static final float PAD_Y = 3;
    static final float RULE = 0.5f;
    private static final Color HEADER_FILL = new Color(0xe6, 0xe6, 0xe6);
    private static final Color RULES = new Color(0x40, 0x40, 0x40);

    /** A table's text: a header row and body rows, each a cell per column. */
    record Table(List<String> header, List<List<String>> rows) {
        Table {
            header = List.copyOf(header);
            int columns = header.size();
            rows = rows.stream().map(r -> pad(r, columns)).toList();
        }

        private static List<String> pad(List<String> row, int columns) {
            List<String> out = new ArrayList<>(row.subList(0, Math.min(row.size(), columns)));
            while (out.size() < columns) {
                out.add("");
            }
            return List.copyOf(out);
        }
    }

    private PdfTables() {}

    /**
     * Draws the table at the flow's cursor, across as many pages as it takes; {@code caption} names it on
     * the pages it continues onto.
     */
    static void draw(PdfFlow flow, Table table, String caption) throws IOException {
        if (table.header().isEmpty()) {
            return;
        }
        float[] widths = widths(flow.fonts, table, flow.width());
        List<List<String>> header = lines(flow.fonts, table.header(), widths, true);
        float headerHeight = height(header);
        List<List<List<String>>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            rows.add(lines(flow.fonts, row, widths, false));
        }
        float first = rows.isEmpty() ? 0 : Math.min(height(rows.get(0)), LEADING * 2 + 2 * PAD_Y);
        flow.need(headerHeight + first);
        row(flow, widths, header, 0, count(header), true);
        for (List<List<String>> row : rows) {
            int total = count(row);
            float whole = height(row);
            boolean fitsAPage = whole <= flow.fullRoom() - headerHeight - LEADING * 2;
            if (whole > flow.room() && fitsAPage) {
                continued(flow, widths, header, caption);
            }
            int done = 0;
            while (done < total) {
                int fit = (int) Math.floor((flow.room() - 2 * PAD_Y) / LEADING);
                if (fit < Math.min(total - done, 2)) {
                    continued(flow, widths, header, caption);
                    continue;
                }
                int take = Math.min(total - done, fit);
                row(flow, widths, row, done, done + take, false);
                done += take;
            }
        }
        flow.down(LEADING);
    }

    /** A new page with the caption and the header again. */
    private static void continued(PdfFlow flow, float[] widths, List<List<String>> header, String caption)
            throws IOException {
        flow.newPage();
        String text = (caption.isBlank() ? "Table" : caption) + " (continued)";
        flow.down(SIZE);
        PdfText.show(flow.stream(), flow.fonts, flow.left(), flow.y(), PdfText.fit(flow.fonts, text, flow.width(),
                SIZE, true), SIZE, true);
        flow.down(LEADING * 0.6f);
        row(flow, widths, header, 0, count(header), true);
    }

    /** Draws lines {@code from} to {@code to} of each cell as one row under the cursor, and moves it down. */
    private static void row(PdfFlow flow, float[] widths, List<List<String>> cells, int from, int to, boolean bold)
            throws IOException {
        PDPageContentStream s = flow.stream();
        float top = flow.y();
        float height = (to - from) * LEADING + 2 * PAD_Y;
        float x0 = flow.left();
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (bold) {
            s.setNonStrokingColor(HEADER_FILL);
            s.addRect(x0, top - height, total, height);
            s.fill();
            s.setNonStrokingColor(Color.BLACK);
        }
        float x = x0;
        for (int c = 0; c < widths.length; c++) {
            List<String> lines = cells.get(c);
            float baseline = top - PAD_Y - SIZE * 0.8f;
            for (int i = from; i < Math.min(to, lines.size()); i++) {
                PdfText.show(s, flow.fonts, x + PAD_X, baseline, lines.get(i), SIZE, bold);
                baseline -= LEADING;
            }
            x += widths[c];
        }
        s.setStrokingColor(RULES);
        s.setLineWidth(RULE);
        s.setLineDashPattern(new float[0], 0);
        s.addRect(x0, top - height, total, height);
        x = x0;
        for (int c = 0; c + 1 < widths.length; c++) {
            x += widths[c];
            s.moveTo(x, top);
            s.lineTo(x, top - height);
        }
        s.stroke();
        s.setStrokingColor(Color.BLACK);
        flow.down(height);
    }

    /**
     * The columns' widths: as wide as their widest unwrapped cell when all fit in {@code available};
     * otherwise each column gets its widest word, the columns that want least more get their whole width
     * while that is no more than a fair share of the room left, and the others share the rest in proportion
     * to how much more each would take; when even the words do not fit, the words' widths scaled down
     * (words are then split).
     */
    static float[] widths(PdfText.Fonts fonts, Table table, float available) {
        int n = table.header().size();
        float[] natural = new float[n];
        float[] least = new float[n];
        for (int c = 0; c < n; c++) {
            natural[c] = PdfText.widestLine(fonts, table.header().get(c), SIZE, true);
            least[c] = PdfText.widestWord(fonts, table.header().get(c), SIZE, true);
            for (List<String> row : table.rows()) {
                natural[c] = Math.max(natural[c], PdfText.widestLine(fonts, row.get(c), SIZE, false));
                least[c] = Math.max(least[c], PdfText.widestWord(fonts, row.get(c), SIZE, false));
            }
            natural[c] += 2 * PAD_X + 1;
            // a word wider than half the table is split rather than given its width
            least[c] = Math.min(Math.min(least[c] + 2 * PAD_X + 1, natural[c]), available / 2);
        }
        float sumNatural = sum(natural);
        float sumLeast = sum(least);
        float[] widths = new float[n];
        if (sumNatural <= available) {
            return natural;
        }
        if (sumLeast <= available) {
            // columns that want little more than their widest word get all of it (a short code or date is
            // not wrapped for the sake of a long note); the rest share what is left by how much more they want
            float left = available - sumLeast;
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                widths[c] = least[c];
                order.add(c);
            }
            order.sort((a, b) -> Float.compare(natural[a] - least[a], natural[b] - least[b]));
            int next = 0;
            while (next < n && natural[order.get(next)] - least[order.get(next)] <= left / (n - next)) {
                int c = order.get(next++);
                left -= natural[c] - least[c];
                widths[c] = natural[c];
            }
            float wanted = 0;
            for (int i = next; i < n; i++) {
                wanted += natural[order.get(i)] - least[order.get(i)];
            }
            for (int i = next; i < n; i++) {
                int c = order.get(i);
                widths[c] += (natural[c] - least[c]) * left / wanted;
            }
            return widths;
        }
        for (int c = 0; c < n; c++) {
            widths[c] = least[c] * available / sumLeast;
        }
        return widths;
    }

    private static List<List<String>> lines(PdfText.Fonts fonts, List<String> cells, float[] widths, boolean bold) {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            out.add(PdfText.wrap(fonts, cells.get(c), Math.max(1, widths[c] - 2 * PAD_X), SIZE, bold));
        }
        return out;
    }

    private static int count(List<List<String>> cells) {
        int most = 1;
        for (List<String> lines : cells) {
            most = Math.max(most, lines.size());
        }
        return most;
    }

    private static float height(List<List<String>> cells) {
        return count(cells) * LEADING + 2 * PAD_Y;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }
}
