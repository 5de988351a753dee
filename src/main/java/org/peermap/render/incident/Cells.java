package org.peermap.render.incident;

import java.util.function.IntPredicate;

/**
 * A grid of equal cells over a rectangle, for finding what is near a place or a segment fast; a point beyond the
 * rectangle is in the cell of its edge. Cell {@code r * columns + c} is in row {@code r}, column {@code c}.
 */
record Cells(double minX, double minY, double cellWidth, double cellHeight, int columns, int rows) {

    int size() {
        return columns * rows;
    }

    int column(double x) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor((x - minX) / cellWidth)));
    }

    int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - minY) / cellHeight)));
    }

    /**
     * Whether {@code visit} is true of a cell along the segment from ({@code ax}, {@code ay}) to ({@code bx}, {@code
     * by}) grown by {@code grow}: row by row, the columns of the part of the segment in that row, grown (the edge rows
     * reach without end), not the whole of its bounding box. Stops at the first cell it is true of.
     */
    boolean along(double ax, double ay, double bx, double by, double grow, IntPredicate visit) {
        double y0 = Math.min(ay, by);
        double y1 = Math.max(ay, by);
        for (int r = row(y0 - grow), r1 = row(y1 + grow); r <= r1; r++) {
            double lo = r == 0 ? y0 : Math.max(y0, minY + r * cellHeight - grow);
            double hi = r == rows - 1 ? y1 : Math.min(y1, minY + (r + 1) * cellHeight + grow);
            double xa = spanLeft(ax, ay, bx, by, lo, hi);
            double xb = spanRight(ax, ay, bx, by, lo, hi);
            for (int c = column(xa - grow), c1 = column(xb + grow); c <= c1; c++) {
                if (visit.test(r * columns + c)) {
                    return true;
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
