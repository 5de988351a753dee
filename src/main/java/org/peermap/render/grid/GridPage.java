package org.peermap.render.grid;

import java.util.ArrayList;
import java.util.List;
import org.peermap.anonymise.Printed;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.Paper;
import org.peermap.render.Dates;
import org.peermap.render.Fonts;
import org.peermap.render.TitleBlock;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * One page of the grid: the title block, a key line, the header (the label column's heading, each
 * incident's number and short date), the rows, the marks and, on the last rows' pages, how many people
 * of the case were in no incident. The page is drawn at the paper's size, so every size here is the
 * printed size in points.
 */
final class GridPage {
    static final double MARGIN = TitleBlock.MARGIN;
    /** Codes and ages. */
    static final double TEXT = 9;
    /** Incident numbers and the label column's heading. */
    static final double HEAD_TEXT = 9;
    /** The short dates under the numbers: the smallest text of the page. */
    static final double DATE_TEXT = 8;
    static final double KEY_TEXT = 8.5;
    static final double PAD = 5;
    static final double MIN_COLUMN = 24;
    /** The most of the page's width the label column may take. */
    static final double MAX_LABEL_SHARE = 0.35;
    static final double ROW = 13;
    static final double MARK = 8;
    static final double KEY_BASELINE = TitleBlock.CONTENT_TOP + 9;
    static final double HEAD_TOP = TitleBlock.CONTENT_TOP + 18;
    static final double ROWS_TOP = HEAD_TOP + 26;
    /** Room under the rows: a line for the note, then the marking. */
    static final double BOTTOM_ROOM = TitleBlock.BOTTOM + 16;
    static final String MARK_FILL = "#000000";
    static final String SHADE = "#ececec";
    static final String RULE = "#b4b4b4";
    static final String HEAD_RULE = "#606060";

    /** One row's label: the row, its printed text and whether it is the focus person. */
    record Label(GridOrder.Row row, String text, boolean focus) {}

    private GridPage() {}

    static Scene draw(Case c, Printed printed, Paper paper, String head, double labelWidth, double columnWidth,
            List<Label> rows, List<Incident> columns, String part, int others) {
        double width = paper.width();
        double height = paper.height();
        List<Shape> page = new ArrayList<>(TitleBlock.draw(width, height, printed.text(c.title()),
                "People and incidents" + part + TitleBlock.SEPARATOR + TitleBlock.details(c), c.marking(),
                printed.containsNames()));
        page.add(key(rows.stream().anyMatch(Label::focus)));

        double left = MARGIN;
        double gridLeft = left + labelWidth;
        double right = gridLeft + columns.size() * columnWidth;
        double bottom = ROWS_TOP + rows.size() * ROW;
        List<Shape> grid = new ArrayList<>();
        grid.add(new Shape.Text(new Point(left + PAD, HEAD_TOP + 21), head, HEAD_TEXT, true, Shape.Anchor.START,
                Style.BLACK));
        for (int r = 0; r < rows.size(); r++) {
            Label l = rows.get(r);
            double top = ROWS_TOP + r * ROW;
            grid.add(new Shape.Group("pm-grid-row", List.of(Shape.Data.of("n", l.row().person() + 1)), List.of(
                    new Shape.Rect(left, top, right - left, ROW, 0, Style.fill(r % 2 == 1 ? SHADE : "#ffffff")),
                    new Shape.Text(new Point(left + PAD, top + ROW / 2 + Fonts.ascent(TEXT) / 2), l.text(), TEXT,
                            l.focus(), Shape.Anchor.START, Style.BLACK),
                    rule(left, top + ROW, right, top + ROW, RULE, 0.5))));
        }
        for (int k = 0; k < columns.size(); k++) {
            Incident i = columns.get(k);
            double x = gridLeft + k * columnWidth;
            double mid = x + columnWidth / 2;
            grid.add(new Shape.Group("pm-grid-col", List.of(Shape.Data.of("incident", i.number())), List.of(
                    new Shape.Text(new Point(mid, HEAD_TOP + 10), Integer.toString(i.number()), HEAD_TEXT, true,
                            Shape.Anchor.MIDDLE, Style.BLACK),
                    new Shape.Text(new Point(mid, HEAD_TOP + 21), Dates.shortDate(i.date()), DATE_TEXT, false,
                            Shape.Anchor.MIDDLE, Style.BLACK),
                    rule(x + columnWidth, HEAD_TOP, x + columnWidth, bottom, RULE, 0.5))));
        }
        // the frame: the header's rule, the rule left of the first incident, the outer edges
        grid.add(rule(left, ROWS_TOP, right, ROWS_TOP, HEAD_RULE, 0.9));
        grid.add(rule(gridLeft, HEAD_TOP, gridLeft, bottom, HEAD_RULE, 0.9));
        grid.add(rule(left, bottom, right, bottom, HEAD_RULE, 0.9));
        for (int r = 0; r < rows.size(); r++) {
            Label l = rows.get(r);
            double y = ROWS_TOP + r * ROW + ROW / 2;
            for (int k = 0; k < columns.size(); k++) {
                Incident i = columns.get(k);
                if (l.row().incidents().contains(i.number())) {
                    double x = gridLeft + k * columnWidth + columnWidth / 2;
                    grid.add(new Shape.Group("pm-grid-mark", List.of(new Shape.Data("ends", i.number() + " "
                            + (l.row().person() + 1))), List.of(mark(x, y))));
                }
            }
        }
        if (others > 0) {
            grid.add(new Shape.Group("pm-grid-note", List.of(new Shape.Text(new Point(left, bottom + 13),
                    others + (others == 1 ? " other person in the case was" : " other people in the case were")
                            + " in no incident (see the people table in the appendix)",
                    KEY_TEXT, false, Shape.Anchor.START, Style.BLACK))));
        }
        page.add(new Shape.Group("pm-grid", grid));
        return new Scene(width, height, page);
    }

    /** The key line under the title: a mark, what it means, and how the incidents are numbered. */
    private static Shape key(boolean focus) {
        double y = KEY_BASELINE;
        String words = "= was involved; incidents numbered in date order, as on the maps"
                + (focus ? "; bold: the focus person" : "");
        return new Shape.Group("pm-key", List.of(mark(MARGIN + MARK / 2, y - Fonts.ascent(KEY_TEXT) / 2),
                new Shape.Text(new Point(MARGIN + MARK + 4, y), words, KEY_TEXT, false, Shape.Anchor.START,
                        Style.BLACK)));
    }

    /** A filled dark square centred on ({@code x}, {@code y}): a shape, so it survives greyscale. */
    private static Shape mark(double x, double y) {
        return new Shape.Rect(x - MARK / 2, y - MARK / 2, MARK, MARK, 0, Style.fill(MARK_FILL));
    }

    private static Shape rule(double x1, double y1, double x2, double y2, String colour, double width) {
        return new Shape.Polyline(List.of(new Point(x1, y1), new Point(x2, y2)), false, Style.stroke(colour, width));
    }
}
