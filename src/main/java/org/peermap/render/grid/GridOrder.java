package org.peermap.render.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.peermap.model.Case;
import org.peermap.model.Incident;

/**
 * Who is in the grid and in which order. The rows are the people involved in at least one incident,
 * ordered so that people who were at the same incidents sit together (a seriation): a chain that takes
 * next, each time, the person whose incidents are most like the last one's (fewest incidents in one but
 * not the other), improved by reversing stretches of the chain while that makes neighbours more alike.
 * Chains are tried from up to {@link #STARTS} first rows, and the one whose neighbours are most alike
 * (then whose columns break into fewest runs) is kept. Ties go to the earlier first incident, then the
 * incident set, then the order people are listed in, so the order depends only on the case.
 */
public final class GridOrder {

    /**
     * One row: the person's index in the case's listing (from 0; the SVG's {@code data-n} is this plus 1)
     * and the numbers of their incidents.
     */
    public record Row(int person, SortedSet<Integer> incidents) {
        public Row {
            incidents = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(incidents));
        }
    }

    private GridOrder() {}

    /** The involved people in the case's listing order, each with their incident numbers. */
    public static List<Row> involved(Case c) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < c.people().size(); i++) {
            String id = c.people().get(i).id();
            SortedSet<Integer> in = new TreeSet<>();
            for (Incident incident : c.incidents()) {
                if (incident.involved().contains(id)) {
                    in.add(incident.number());
                }
            }
            if (!in.isEmpty()) {
                rows.add(new Row(i, in));
            }
        }
        return rows;
    }

    /** The involved people in grid order. */
    public static List<Row> rows(Case c) {
        return seriate(involved(c));
    }

    /** The most chains tried, each from another first row. */
    static final int STARTS = 60;

    /** {@code rows} ordered so that alike rows are neighbours (see the class comment). */
    static List<Row> seriate(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(TIE);
        int n = sorted.size();
        int[][] d = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = distance(sorted.get(i), sorted.get(j));
            }
        }
        int[] best = null;
        long bestCost = Long.MAX_VALUE;
        int tries = Math.min(n, STARTS);
        for (int t = 0; t < tries; t++) {
            int[] chain = chain(d, (int) ((long) t * n / tries));
            List<Row> order = rows(sorted, chain);
            long cost = (long) length(d, chain) * (n * 64L + 1) + runs(order);
            if (cost < bestCost) {
                best = chain;
                bestCost = cost;
            }
        }
        return best == null ? List.of() : rows(sorted, best);
    }

    private static List<Row> rows(List<Row> sorted, int[] chain) {
        List<Row> out = new ArrayList<>(chain.length);
        for (int i : chain) {
            out.add(sorted.get(i));
        }
        return List.copyOf(out);
    }

    /** Nearest neighbour from {@code start} (ties to the earlier row in tie order), then 2-opt. */
    private static int[] chain(int[][] d, int start) {
        int n = d.length;
        int[] chain = new int[n];
        boolean[] used = new boolean[n];
        chain[0] = start;
        used[start] = true;
        for (int k = 1; k < n; k++) {
            int last = chain[k - 1];
            int next = -1;
            for (int j = 0; j < n; j++) {
                if (!used[j] && (next < 0 || d[last][j] < d[last][next])) {
                    next = j;
                }
            }
            chain[k] = next;
            used[next] = true;
        }
        improve(d, chain);
        return chain;
    }

    private static int length(int[][] d, int[] chain) {
        int sum = 0;
        for (int i = 1; i < chain.length; i++) {
            sum += d[chain[i - 1]][chain[i]];
        }
        return sum;
    }

    /** Earlier first incident, then the incident set in number order, then listing order. */
    static final Comparator<Row> TIE = Comparator.<Row>comparingInt(r -> r.incidents().first())
            .thenComparing(GridOrder::compareSets).thenComparingInt(Row::person);

    private static int compareSets(Row a, Row b) {
        List<Integer> x = List.copyOf(a.incidents());
        List<Integer> y = List.copyOf(b.incidents());
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int d = Integer.compare(x.get(i), y.get(i));
            if (d != 0) {
                return d;
            }
        }
        return Integer.compare(y.size(), x.size());
    }

    /** How many incidents one of the two was at and the other not. */
    static int distance(Row a, Row b) {
        int shared = 0;
        for (int k : a.incidents()) {
            if (b.incidents().contains(k)) {
                shared++;
            }
        }
        return a.incidents().size() + b.incidents().size() - 2 * shared;
    }

    /**
     * 2-opt: reverses a stretch of the chain whenever that lowers the sum of distances between neighbours,
     * until no reversal does (or after a bounded number of passes). The first row stays first.
     */
    private static void improve(int[][] d, int[] chain) {
        int n = chain.length;
        for (int pass = 0; pass < 50; pass++) {
            boolean better = false;
            for (int i = 1; i < n - 1; i++) {
                for (int j = i + 1; j < n; j++) {
                    // reversing chain[i..j] makes neighbours (i-1, i) and (j, j+1) into (i-1, j) and (i, j+1)
                    int before = d[chain[i - 1]][chain[i]] + (j + 1 < n ? d[chain[j]][chain[j + 1]] : 0);
                    int after = d[chain[i - 1]][chain[j]] + (j + 1 < n ? d[chain[i]][chain[j + 1]] : 0);
                    if (after < before) {
                        for (int a = i, b = j; a < b; a++, b--) {
                            int swap = chain[a];
                            chain[a] = chain[b];
                            chain[b] = swap;
                        }
                        better = true;
                    }
                }
            }
            if (!better) {
                return;
            }
        }
    }

    /**
     * How broken up the columns are: for each incident, the number of separate runs of marks down its
     * column, summed (the fewest possible is the number of incidents). For measuring orders.
     */
    public static int runs(List<Row> rows) {
        int runs = 0;
        java.util.Set<Integer> all = new TreeSet<>();
        rows.forEach(r -> all.addAll(r.incidents()));
        for (int k : all) {
            boolean in = false;
            for (Row r : rows) {
                boolean mark = r.incidents().contains(k);
                if (mark && !in) {
                    runs++;
                }
                in = mark;
            }
        }
        return runs;
    }
}
