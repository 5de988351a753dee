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
    private final Cells grid;
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
        int columns = (int) Math.max(1, Math.min(MOST_CELLS, Math.ceil((x1 - x0) / largest)));
        int rows = (int) Math.max(1, Math.min(MOST_CELLS, Math.ceil((y1 - y0) / largest)));
        grid = new Cells(x0, y0, Math.max(1e-9, (x1 - x0) / columns), Math.max(1e-9, (y1 - y0) / rows), columns, rows);
        int[] count = new int[grid.size()];
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
        for (int r = grid.row(o.top() - grow); r <= grid.row(o.bottom() + grow); r++) {
            for (int c = grid.column(o.left() - grow); c <= grid.column(o.right() + grow); c++) {
                action.accept(r * grid.columns() + c);
            }
        }
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
        return grid.along(a.x(), a.y(), b.x(), b.y(), SLACK, cell -> {
            for (int i : cells[cell]) {
                if (seen[i] != stamp) {
                    seen[i] = stamp;
                    if (test.meets(i, outlines.get(i))) {
                        return true;
                    }
                }
            }
            return false;
        });
    }
}
