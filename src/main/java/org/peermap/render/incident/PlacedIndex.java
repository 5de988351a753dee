package org.peermap.render.incident;

import java.util.Arrays;
import java.util.List;
import org.peermap.render.geometry.Point;

/**
 * The items placed so far and the straight pieces of their lines, by the cells of a fixed grid that their boxes
 * meet, kept up to date as items are placed, moved and taken away: the tests of a candidate place against what is
 * placed look only at the cells near it, not at every item and line. Every question is a yes-or-no one or one
 * whose answers are put back in the order of the items, so the placement is the same as testing everything.
 *
 * <p>A thing outside the grid's bounds is held in the cells of its edge (so the bounds only affect speed).
 */
final class PlacedIndex {
    private static final int MOST_COLUMNS = 512;
    private static final int MOST_ROWS = 256;

    private final Cells grid;

    /** Per cell, the items whose outlines' boxes meet it (count first in {@code outlineCount}). */
    private final int[][] outlineCells;
    private final int[] outlineCount;
    /** Per cell, the segments whose boxes meet it. */
    private final int[][] segmentCells;
    private final int[] segmentCount;

    /** Per item: its outline, or null when it is not placed; the segments of its lines. */
    private final Outline[] outlines;
    private final int[][] segmentsOf;
    private final int[] itemStamp;
    private int stamp;

    /** The segments ever added, by id: their ends, item and line. Ids are never reused. */
    private double[] ax = new double[256];
    private double[] ay = new double[256];
    private double[] bx = new double[256];
    private double[] by = new double[256];
    private int[] owner = new int[256];
    private int[] lineOf = new int[256];
    private int[] segmentStamp = new int[256];
    private int segments;

    PlacedIndex(int items, double x0, double y0, double x1, double y1, double cellWidth, double cellHeight) {
        double w = Math.max(1, Math.abs(x1 - x0));
        double h = Math.max(1, Math.abs(y1 - y0));
        int columns = (int) Math.max(1, Math.min(MOST_COLUMNS, Math.ceil(w / Math.max(1, cellWidth))));
        int rows = (int) Math.max(1, Math.min(MOST_ROWS, Math.ceil(h / Math.max(1, cellHeight))));
        this.grid = new Cells(Math.min(x0, x1), Math.min(y0, y1), w / columns, h / rows, columns, rows);
        this.outlineCells = new int[grid.size()][];
        this.outlineCount = new int[grid.size()];
        this.segmentCells = new int[grid.size()][];
        this.segmentCount = new int[grid.size()];
        this.outlines = new Outline[items];
        this.segmentsOf = new int[items][];
        this.itemStamp = new int[items];
    }

    /** Item {@code j} is now placed at {@code outline} with {@code lines}, or (both null) not placed. */
    void set(int j, Outline outline, List<List<Point>> lines) {
        if (outlines[j] != null) {
            Outline old = outlines[j];
            for (int r = grid.row(old.top()); r <= grid.row(old.bottom()); r++) {
                for (int c = grid.column(old.left()); c <= grid.column(old.right()); c++) {
                    remove(outlineCells, outlineCount, r * grid.columns() + c, j);
                }
            }
            for (int s : segmentsOf[j]) {
                for (int r = grid.row(Math.min(ay[s], by[s])); r <= grid.row(Math.max(ay[s], by[s])); r++) {
                    for (int c = grid.column(Math.min(ax[s], bx[s])); c <= grid.column(Math.max(ax[s], bx[s])); c++) {
                        remove(segmentCells, segmentCount, r * grid.columns() + c, s);
                    }
                }
            }
            outlines[j] = null;
            segmentsOf[j] = null;
        }
        if (outline == null) {
            return;
        }
        outlines[j] = outline;
        for (int r = grid.row(outline.top()); r <= grid.row(outline.bottom()); r++) {
            for (int c = grid.column(outline.left()); c <= grid.column(outline.right()); c++) {
                add(outlineCells, outlineCount, r * grid.columns() + c, j);
            }
        }
        int n = 0;
        for (List<Point> line : lines) {
            n += Math.max(0, line.size() - 1);
        }
        int[] own = new int[n];
        int next = 0;
        for (int k = 0; k < lines.size(); k++) {
            List<Point> line = lines.get(k);
            for (int p = 0; p + 1 < line.size(); p++) {
                int s = newSegment(j, k, line.get(p), line.get(p + 1));
                own[next++] = s;
                for (int r = grid.row(Math.min(ay[s], by[s])); r <= grid.row(Math.max(ay[s], by[s])); r++) {
                    for (int c = grid.column(Math.min(ax[s], bx[s])); c <= grid.column(Math.max(ax[s], bx[s])); c++) {
                        add(segmentCells, segmentCount, r * grid.columns() + c, s);
                    }
                }
            }
        }
        segmentsOf[j] = own;
    }

    private int newSegment(int j, int k, Point a, Point b) {
        if (segments == ax.length) {
            int size = 2 * segments;
            ax = Arrays.copyOf(ax, size);
            ay = Arrays.copyOf(ay, size);
            bx = Arrays.copyOf(bx, size);
            by = Arrays.copyOf(by, size);
            owner = Arrays.copyOf(owner, size);
            lineOf = Arrays.copyOf(lineOf, size);
            segmentStamp = Arrays.copyOf(segmentStamp, size);
        }
        ax[segments] = a.x();
        ay[segments] = a.y();
        bx[segments] = b.x();
        by[segments] = b.y();
        owner[segments] = j;
        lineOf[segments] = k;
        return segments++;
    }

    private static void add(int[][] cells, int[] count, int cell, int value) {
        int[] in = cells[cell];
        if (in == null) {
            in = cells[cell] = new int[4];
        } else if (count[cell] == in.length) {
            in = cells[cell] = Arrays.copyOf(in, 2 * in.length);
        }
        in[count[cell]++] = value;
    }

    private static void remove(int[][] cells, int[] count, int cell, int value) {
        int[] in = cells[cell];
        for (int k = 0; k < count[cell]; k++) {
            if (in[k] == value) {
                in[k] = in[--count[cell]];
                return;
            }
        }
    }

    /**
     * Whether any placed item's outline other than {@code except}'s meets the cells of the box, and {@code test} is
     * true of it.
     */
    boolean anyOutline(double x0, double y0, double x1, double y1, int except, OutlineTest test) {
        stamp++;
        int c0 = grid.column(x0), c1 = grid.column(x1), r0 = grid.row(y0), r1 = grid.row(y1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                if (cellMeets(r * grid.columns() + c, except, test)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an outline in {@code cell}, not yet looked at in this search and not {@code except}'s, meets test. */
    private boolean cellMeets(int cell, int except, OutlineTest test) {
        int[] in = outlineCells[cell];
        for (int k = 0, n = outlineCount[cell]; k < n; k++) {
            int j = in[k];
            if (j != except && itemStamp[j] != stamp) {
                itemStamp[j] = stamp;
                if (test.meets(j, outlines[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether any placed item's outline other than {@code except}'s comes within {@code grow} of the segment from
     * ({@code ax}, {@code ay}) to ({@code bx}, {@code by}), and {@code test} is true of it: only the cells along the
     * segment are looked in (row by row, the columns of the part of the segment in that row, grown), not the whole
     * of its bounding box.
     */
    boolean anyOutlineAlong(double ax, double ay, double bx, double by, double grow, int except, OutlineTest test) {
        stamp++;
        return grid.along(ax, ay, bx, by, grow, cell -> cellMeets(cell, except, test));
    }

    /**
     * Whether a placed line (not of item {@code except}) has a straight piece in the cells of the box that {@code
     * test} accepts.
     */
    boolean anySegment(double x0, double y0, double x1, double y1, int except, SegmentTest test) {
        stamp++;
        int c0 = grid.column(x0), c1 = grid.column(x1), r0 = grid.row(y0), r1 = grid.row(y1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * grid.columns() + c;
                int[] in = segmentCells[cell];
                for (int k = 0, n = segmentCount[cell]; k < n; k++) {
                    int s = in[k];
                    if (owner[s] != except && segmentStamp[s] != stamp) {
                        segmentStamp[s] = stamp;
                        if (test.meets(ax[s], ay[s], bx[s], by[s])) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    interface OutlineTest {
        boolean meets(int item, Outline outline);
    }

    interface SegmentTest {
        boolean meets(double ax, double ay, double bx, double by);
    }
}
