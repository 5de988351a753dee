package org.peermap.render.incident;

import java.util.List;
import org.peermap.render.geometry.Point;

/**
 * Outlines by the cells of a grid that their boxes, grown by {@code grow}, meet: the outlines a segment may come near
 * are found from the cells its bounding box meets, not by trying every outline. For a large incident map, whose
 * lines are tested against every person placed many times over, this is most of the time saved.
 */
final class OutlineGrid {
    private static final int MOST_CELLS = 128;

    private final List<Outline> outlines;
    private final double minX;
    private final double minY;
    private final double cellWidth;
    private final double cellHeight;
    private final int columns;
    private final int rows;
    private final int[][] cells;
    private final int[] seen;
    private int stamp;

    OutlineGrid(List<Outline> outlines, double grow) {
        this.outlines = outlines;
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        double largest = 1;
        for (Outline o : outlines) {
            x0 = Math.min(x0, o.left() - grow);
            y0 = Math.min(y0, o.top() - grow);
            x1 = Math.max(x1, o.right() + grow);
            y1 = Math.max(y1, o.bottom() + grow);
            largest = Math.max(largest, Math.max(o.width(), o.height()) + 2 * grow);
        }
        if (outlines.isEmpty()) {
            x0 = y0 = 0;
            x1 = y1 = 1;
        }
        minX = x0;
        minY = y0;
        columns = (int) Math.max(1, Math.min(MOST_CELLS, Math.ceil((x1 - x0) / largest)));
        rows = (int) Math.max(1, Math.min(MOST_CELLS, Math.ceil((y1 - y0) / largest)));
        cellWidth = Math.max(1e-9, (x1 - x0) / columns);
        cellHeight = Math.max(1e-9, (y1 - y0) / rows);
        int[] count = new int[columns * rows];
        for (Outline o : outlines) {
            forCells(o, grow, k -> count[k]++);
        }
        cells = new int[count.length][];
        for (int k = 0; k < count.length; k++) {
            cells[k] = new int[count[k]];
            count[k] = 0;
        }
        for (int i = 0; i < outlines.size(); i++) {
            int index = i;
            forCells(outlines.get(i), grow, k -> cells[k][count[k]++] = index);
        }
        seen = new int[outlines.size()];
    }

    private void forCells(Outline o, double grow, java.util.function.IntConsumer action) {
        for (int r = row(o.top() - grow); r <= row(o.bottom() + grow); r++) {
            for (int c = column(o.left() - grow); c <= column(o.right() + grow); c++) {
                action.accept(r * columns + c);
            }
        }
    }

    private int column(double x) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor((x - minX) / cellWidth)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - minY) / cellHeight)));
    }

    /** What a test of one outline answers. */
    interface Test {
        boolean meets(int index, Outline outline);
    }

    /** How far beyond the segment the cells looked in reach, so that rounding cannot leave one out. */
    private static final double SLACK = 1;

    /**
     * Whether {@code test} is true of an outline whose grown box the segment comes into: every such outline is tried
     * (each once), and no other, which can only meet the segment if {@code test} asks for more room than {@code
     * grow}. Only the cells along the segment are looked in: row by row, the columns of the part of the segment in
     * that row (the edge rows reach without end, as the cells of things beyond the grid are those of its edge).
     */
    boolean any(Point a, Point b, Test test) {
        if (outlines.isEmpty()) {
            return false;
        }
        stamp++;
        double ax = a.x(), ay = a.y(), bx = b.x(), by = b.y();
        double y0 = Math.min(ay, by);
        double y1 = Math.max(ay, by);
        for (int r = row(y0 - SLACK), r1 = row(y1 + SLACK); r <= r1; r++) {
            double lo = r == 0 ? y0 : Math.max(y0, minY + r * cellHeight - SLACK);
            double hi = r == rows - 1 ? y1 : Math.min(y1, minY + (r + 1) * cellHeight + SLACK);
            double xa = spanLeft(ax, ay, bx, by, lo, hi);
            double xb = spanRight(ax, ay, bx, by, lo, hi);
            for (int c = column(xa - SLACK), c1 = column(xb + SLACK); c <= c1; c++) {
                for (int i : cells[r * columns + c]) {
                    if (seen[i] != stamp) {
                        seen[i] = stamp;
                        if (test.meets(i, outlines.get(i))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * The least x of the part of the segment from ({@code ax}, {@code ay}) to ({@code bx}, {@code by}) between the
     * heights {@code lo} and {@code hi}: of all of it when it is level or that part is empty.
     */
    static double spanLeft(double ax, double ay, double bx, double by, double lo, double hi) {
        if (ay == by || lo > hi) {
            return Math.min(ax, bx);
        }
        double pa = ax + (lo - ay) / (by - ay) * (bx - ax);
        double pb = ax + (hi - ay) / (by - ay) * (bx - ax);
        return Math.max(Math.min(ax, bx), Math.min(pa, pb));
    }

    /** The greatest x of that part of the segment, as {@link #spanLeft} the least. */
    static double spanRight(double ax, double ay, double bx, double by, double lo, double hi) {
        if (ay == by || lo > hi) {
            return Math.max(ax, bx);
        }
        double pa = ax + (lo - ay) / (by - ay) * (bx - ax);
        double pb = ax + (hi - ay) / (by - ay) * (bx - ax);
        return Math.min(Math.max(ax, bx), Math.max(pa, pb));
    }
}
