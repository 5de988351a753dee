package org.peermap.render.grid;

import java.util.ArrayList;
import java.util.List;
import org.peermap.render.TitleBlock;
import org.peermap.anonymise.Printed;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.Paper;
import org.peermap.render.Appendix;
import org.peermap.render.Dates;
import org.peermap.render.Fonts;
import org.peermap.render.Page;

/**
 * The people-by-incidents grid: one row per person involved in an incident (code and age as printed,
 * the focus person in bold), one column per incident (its number and a short date), a filled square
 * where the person was involved. It answers "who was at incident 3?" (down a column) and "which incidents
 * was AB at?" (along a row) without tracing anything. Rows are ordered by {@link GridOrder} so that
 * people who were at the same incidents sit together.
 *
 * <p>Every page is the paper's size and all text is at least 8 pt on it. When the rows do not fit one
 * page they continue on further pages, and when the columns do not fit they are split too; each page
 * repeats the header and says which people and incidents it shows. Pages go along the rows first: the
 * pages of one set of people follow each other.
 */
public final class GridRenderer {
    private GridRenderer() {}

    /** The grid's pages, in order; none when the case has no incidents. */
    public static List<Page> render(Case c, Printed printed, Paper paper) {
        List<Incident> incidents = Appendix.inDateOrder(c.incidents());
        if (incidents.isEmpty()) {
            return List.of();
        }
        List<GridOrder.Row> rows = GridOrder.rows(c);
        List<String> warnings = new ArrayList<>();
        List<GridPage.Label> labels = new ArrayList<>();
        double most = GridPage.MAX_LABEL_SHARE * (paper.width() - 2 * GridPage.MARGIN);
        boolean cut = false;
        for (GridOrder.Row r : rows) {
            var p = c.people().get(r.person());
            String text = printed.person(p.id()) + printed.age(p).map(a -> ", " + a).orElse("");
            String fitted = TitleBlock.fit(text, most - 2 * GridPage.PAD, GridPage.TEXT, p.focus());
            cut |= !fitted.equals(text);
            labels.add(new GridPage.Label(r, fitted, p.focus()));
        }
        if (cut) {
            warnings.add("a person's printed form is longer than the grid's first column holds; it is cut short"
                    + " there (the appendix has it in full)");
        }
        boolean ages = rows.stream().anyMatch(r -> printed.age(c.people().get(r.person())).isPresent());
        String head = ages ? "Person, age" : "Person";
        double labelWidth = Fonts.width(head, GridPage.HEAD_TEXT, true) + 2 * GridPage.PAD;
        for (GridPage.Label l : labels) {
            labelWidth = Math.max(labelWidth, Fonts.width(l.text(), GridPage.TEXT, l.focus()) + 2 * GridPage.PAD);
        }
        double columnWidth = GridPage.MIN_COLUMN;
        for (Incident i : incidents) {
            columnWidth = Math.max(columnWidth, Math.max(Fonts.width(Dates.shortDate(i.date()), GridPage.DATE_TEXT,
                    false), Fonts.width(Integer.toString(i.number()), GridPage.HEAD_TEXT, true)) + 2 * GridPage.PAD);
        }
        int others = c.people().size() - rows.size();

        int columnRoom = Math.max(1, (int) Math.floor((paper.width() - 2 * GridPage.MARGIN - labelWidth) / columnWidth));
        int rowRoom = Math.max(1, (int) Math.floor((paper.height() - GridPage.BOTTOM_ROOM - GridPage.ROWS_TOP)
                / GridPage.ROW));
        List<List<GridPage.Label>> rowChunks = chunks(labels, rowRoom);
        List<List<Incident>> columnChunks = chunks(incidents, columnRoom);
        int total = rowChunks.size() * columnChunks.size();
        List<Page> pages = new ArrayList<>();
        int rowsBefore = 0;
        for (int r = 0; r < rowChunks.size(); r++) {
            int columnsBefore = 0;
            for (List<Incident> columns : columnChunks) {
                String part = total == 1 ? ""
                        : ", page " + (pages.size() + 1) + " of " + total + ": "
                                + range("rows", "people", rowsBefore, rowChunks.get(r).size(), labels.size()) + ", "
                                + range("incidents", "incidents", columnsBefore, columns.size(), incidents.size());
                boolean last = r == rowChunks.size() - 1;
                pages.add(new Page(GridPage.draw(c, printed, paper, head, labelWidth, columnWidth, rowChunks.get(r),
                        columns, part, last ? others : 0), pages.isEmpty() ? warnings : List.of()));
                columnsBefore += columns.size();
            }
            rowsBefore += rowChunks.get(r).size();
        }
        return List.copyOf(pages);
    }

    /** {@code rows 28-54 of 81}, or {@code all 81 people}. */
    private static String range(String part, String all, int before, int size, int of) {
        return size == of ? "all " + of + " " + all : part + " " + (before + 1) + "-" + (before + size) + " of " + of;
    }

    /** {@code items} cut into as few parts of at most {@code room} as possible, of sizes as even as possible. */
    static <T> List<List<T>> chunks(List<T> items, int room) {
        int parts = Math.max(1, (items.size() + room - 1) / room);
        List<List<T>> out = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < parts; p++) {
            int size = (items.size() - from + (parts - p) - 1) / (parts - p);
            out.add(List.copyOf(items.subList(from, from + size)));
            from += size;
        }
        return out;
    }
}
