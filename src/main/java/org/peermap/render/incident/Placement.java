package org.peermap.render.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.peermap.layout.Deadline;
import org.peermap.render.geometry.Point;

/**
 * Places things in rows beside fixed marks so that the straight line from each thing to each of its
 * marks passes through nothing else: items are placed one by one, each where its lines are shortest
 * and cross the fewest lines already drawn, among the places where (1) it overlaps nothing, (2) no line
 * already drawn passes through it, and (3) none of its own lines passes through anything placed before
 * it or through another mark. So no line ever passes through a thing that is not its end. When an item
 * has no such place, it goes where its lines are blocked least and the blocked lines go around what is
 * in their way (the shortest path past the corners of the obstacles).
 *
 * <p>Everything is deterministic: the same input gives the same positions.
 */
public final class Placement {
    /** Least room between a line and a thing it does not end at. */
    private static final String STAGE = "placing the people of the incident map";
    public static final double CLEAR = 4;
    /** Least room between a line and a mark it does not end at. */
    public static final double MARK_CLEAR = 5;
    /** Least room between two things in a row. */
    public static final double GAP = 12;
    /** What crossing a line already drawn costs, in points of line length. */
    static final double CROSSING = 24;
    /** What each point away from the item's preferred x costs. */
    static final double DRIFT = 0.15;
    static final double GRID = 8;
    /**
     * Above this many items the map is large: a line that must go round more than one corner looks first among the
     * corners within {@link #WINDOW} of its ends (each widening doubles that), not among all of them. Up to it every
     * corner is tried at once, as always.
     */
    static final int LARGE = 60;
    static final double WINDOW = 160;
    /** The step between the places tried along a row on a large map (beside each item placed is tried as always). */
    static final double LARGE_GRID = 16;
    /** How much more room the index's look-ups take than the tests they stand for (so rounding cannot lose one). */
    private static final double SLACK = 1;
    /** What an item whose lines go round costs. */
    static final double ROUTED = 1000;
    /** How many even steps along an anchor's edge a line may start from, when its nearest point is blocked. */
    static final int ANCHOR_STEPS = 6;
    /** The room between lines leaving one edge, when the edge has it. */
    static final double SPREAD = 7;

    /**
     * Where lines end on a fixed mark: its edge from {@code left} to {@code right} at height {@code y};
     * {@code mark} is the index of the mark's outline among the fixed ones.
     */
    public record Anchor(int mark, double left, double right, double y) {
        Point toward(double x) {
            return new Point(Math.max(left, Math.min(right, x)), y);
        }
    }

    /** One thing to place: its size and shape, the anchors it is joined to, and the x it would like. */
    public record Item(double width, double height, boolean ellipse, List<Integer> anchors, double target) {
        public Item {
            anchors = List.copyOf(anchors);
        }
    }

    /** The rows: row {@code r} has its centre at {@code first + r * step}; at most {@code max} rows. */
    public record Rows(double first, double step, int max) {
        double y(int r) {
            return first + r * step;
        }
    }

    /** Where an item went: its row, outline, and one line per anchor (from the anchor to its edge). */
    public record Placed(int row, Outline outline, List<List<Point>> lines, boolean routed) {
        public Placed {
            lines = List.copyOf(lines);
        }
    }

    private final List<Outline> marks;
    private final List<Anchor> anchors;
    private final Rows rows;
    private final double lo;
    private final double hi;
    private final double routeTop;
    private final double routeBottom;
    /** The marks by where they are, for the tests of lines against them. */
    private final OutlineGrid markGrid;

    private Deadline deadline = Deadline.none();
    private List<Item> items;
    private Placed[] placed;
    /** What {@code placed} holds, by where it is; every change to {@code placed} goes through {@link #set}. */
    private PlacedIndex index;
    private int rowsUsed;

    /**
     * @param marks the fixed marks (nothing is placed over them and no line passes through one it does not
     *     end at)
     * @param anchors where lines end on the marks
     * @param rows where the rows are
     * @param lo the least x of anything placed
     * @param hi the greatest x of anything placed
     */
    public Placement(List<Outline> marks, List<Anchor> anchors, Rows rows, double lo, double hi) {
        this.marks = List.copyOf(marks);
        this.anchors = List.copyOf(anchors);
        this.rows = rows;
        this.lo = lo;
        this.hi = hi;
        double near = rows.y(0);
        double far = rows.y(rows.max() == Integer.MAX_VALUE ? 40 : rows.max() - 1);
        double top = Math.min(near, far);
        double bottom = Math.max(near, far);
        for (Anchor anchor : anchors) {
            top = Math.min(top, anchor.y());
            bottom = Math.max(bottom, anchor.y());
        }
        this.markGrid = new OutlineGrid(this.marks, MARK_CLEAR);
        this.routeTop = top - 2 * Math.abs(rows.step());
        this.routeBottom = bottom + 2 * Math.abs(rows.step());
    }

    /** This placement, stopping with {@link org.peermap.layout.LayoutException} when {@code d} passes. */
    public Placement within(Deadline d) {
        this.deadline = d;
        return this;
    }

    /**
     * Places the items, in the order that gives the shortest lines with the fewest crossings: those joined
     * to the most marks first (their lines are the longest), or those joined to the fewest first (so they
     * sit close to their marks); each from left to right. Empty when the rows are too few for the items.
     * The places come back in the order of {@code given}.
     */
    public Optional<List<Placed>> place(List<Item> given) {
        List<Comparator<Integer>> orders = List.of(
                Comparator.comparingInt((Integer k) -> -given.get(k).anchors().size()),
                Comparator.comparingInt((Integer k) -> given.get(k).anchors().size()));
        List<Placed> best = null;
        double bestQuality = Double.MAX_VALUE;
        for (Comparator<Integer> order : orders) {
            List<Integer> idx = new ArrayList<>();
            for (int k = 0; k < given.size(); k++) {
                idx.add(k);
            }
            idx.sort(order.thenComparingDouble(k -> given.get(k).target()).thenComparingInt(k -> k));
            Optional<List<Placed>> run = run(idx.stream().map(given::get).toList());
            if (run.isEmpty()) {
                continue;
            }
            Placed[] back = new Placed[given.size()];
            for (int k = 0; k < idx.size(); k++) {
                back[idx.get(k)] = run.get().get(k);
            }
            double quality = quality(List.of(back));
            if (quality < bestQuality - 1e-6) {
                bestQuality = quality;
                best = List.of(back);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Total line length, and a cost for every crossing and every item whose lines go round. */
    static double quality(List<Placed> placed) {
        double q = 0;
        List<List<Point>> all = new ArrayList<>();
        for (Placed p : placed) {
            q += p.routed() ? ROUTED : 0;
            for (List<Point> line : p.lines()) {
                for (int i = 0; i + 1 < line.size(); i++) {
                    q += line.get(i).distance(line.get(i + 1));
                }
                for (List<Point> other : all) {
                    q += CROSSING * crossings(line, other);
                }
            }
            all.addAll(p.lines());
        }
        return q;
    }

    /** Places the items in the order given, then tries each again once the others are known. */
    private Optional<List<Placed>> run(List<Item> order) {
        this.items = List.copyOf(order);
        this.placed = new Placed[items.size()];
        this.index = newIndex();
        this.rowsUsed = 0;
        for (int i = 0; i < items.size(); i++) {
            deadline.check(STAGE);
            int item = i;
            Optional<Placed> p = best(i, true).or(() -> fallback(item));
            if (p.isEmpty()) {
                return Optional.empty();
            }
            put(i, p.get());
        }
        for (int i = 0; i < items.size(); i++) {
            deadline.check(STAGE);
            Placed old = placed[i];
            set(i, null);
            rowsUsed = 1 + maxRow();
            Optional<Placed> p = best(i, false);
            put(i, p.isPresent() && (old.routed() || cost(i, p.get()) < cost(i, old) - 0.5) ? p.get() : old);
        }
        for (int a = 0; a < anchors.size(); a++) {
            spread(a);
        }
        return Optional.of(List.of(placed));
    }

    /**
     * Spreads the lines that leave one anchor along its edge, in the order of their directions, so they
     * do not all start at one corner and do not cross each other as they leave. A line is moved only when
     * its new start keeps it clear of everything else.
     */
    private void spread(int a) {
        Anchor anchor = anchors.get(a);
        List<int[]> at = new ArrayList<>();
        for (int j = 0; j < placed.length; j++) {
            List<Integer> joined = items.get(j).anchors();
            for (int k = 0; k < joined.size(); k++) {
                if (joined.get(k) == a) {
                    at.add(new int[] {j, k});
                }
            }
        }
        if (at.size() < 2) {
            return;
        }
        at.sort(Comparator.comparingDouble((int[] e) -> {
            List<Point> line = placed[e[0]].lines().get(e[1]);
            return Math.atan2(line.get(1).x() - line.get(0).x(), Math.abs(line.get(1).y() - line.get(0).y()));
        }).thenComparingInt(e -> e[0]));
        double room = anchor.right() - anchor.left();
        double sep = Math.min(SPREAD, room / (at.size() - 1));
        double[] x = new double[at.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = placed[at.get(k)[0]].lines().get(at.get(k)[1]).get(0).x();
            x[k] = Math.max(k == 0 ? anchor.left() : x[k - 1] + sep, x[k]);
        }
        for (int k = x.length - 1; k >= 0; k--) {
            x[k] = Math.min(k == x.length - 1 ? anchor.right() : x[k + 1] - sep, x[k]);
        }
        for (int k = 0; k < x.length; k++) {
            int j = at.get(k)[0];
            int line = at.get(k)[1];
            Placed p = placed[j];
            List<Point> old = p.lines().get(line);
            Point start = new Point(Math.max(anchor.left(), x[k]), anchor.y());
            if (start.distance(old.get(0)) < 0.01) {
                continue;
            }
            List<Point> moved = new ArrayList<>(old);
            moved.set(0, start);
            if (old.size() == 2) {
                moved.set(1, p.outline().edgeToward(start));
            }
            if (!blocked(j, moved.subList(0, 2), anchor.mark())) {
                List<List<Point>> lines = new ArrayList<>(p.lines());
                lines.set(line, List.copyOf(moved));
                set(j, new Placed(p.row(), p.outline(), lines, p.routed()));
            }
        }
    }

    private void put(int i, Placed p) {
        set(i, p);
        rowsUsed = Math.max(rowsUsed, p.row() + 1);
    }

    /** Puts {@code p} (or nothing) in item {@code j}'s place, in {@code placed} and in the index. */
    private void set(int j, Placed p) {
        placed[j] = p;
        index.set(j, p == null ? null : p.outline(), p == null ? List.of() : p.lines());
    }

    /**
     * An empty index over where things can go: the rows, the marks and the room for lines round them; a cell about
     * as wide as the widest item and as tall as a row.
     */
    private PlacedIndex newIndex() {
        double x0 = lo;
        double x1 = hi;
        for (Anchor a : anchors) {
            x0 = Math.min(x0, a.left());
            x1 = Math.max(x1, a.right());
        }
        double widest = 0;
        for (Item item : items) {
            widest = Math.max(widest, item.width());
        }
        return new PlacedIndex(items.size(), x0, routeTop, x1, routeBottom, Math.max(16, widest + GAP),
                Math.max(16, Math.abs(rows.step())));
    }

    private int maxRow() {
        int m = -1;
        for (Placed p : placed) {
            if (p != null) {
                m = Math.max(m, p.row());
            }
        }
        return m;
    }

    private record Candidate(int row, double x, double bound) {}

    /** The cheapest place where the item overlaps nothing and all its lines are straight and clear. */
    private Optional<Placed> best(int i, boolean newRow) {
        Item item = items.get(i);
        Candidates candidates = candidates(i, newRow);
        Placed best = null;
        double bestCost = Double.MAX_VALUE;
        for (Candidate c = candidates.poll(); c != null; c = candidates.poll()) {
            if (c.bound() >= bestCost) {
                break;
            }
            Outline o = new Outline(new Point(c.x(), rows.y(c.row())), item.width(), item.height(), item.ellipse());
            if (!free(i, o)) {
                continue;
            }
            List<List<Point>> lines = new ArrayList<>();
            for (int a : item.anchors()) {
                Optional<List<Point>> line = clearLine(i, a, o);
                if (line.isEmpty()) {
                    break;
                }
                lines.add(line.get());
            }
            if (lines.size() < item.anchors().size()) {
                continue;
            }
            Placed p = new Placed(c.row(), o, lines, false);
            double cost = cost(i, p);
            if (cost < bestCost) {
                bestCost = cost;
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where the item's lines are blocked least; the blocked ones go around. */
    private Optional<Placed> fallback(int i) {
        Item item = items.get(i);
        Placed best = null;
        int fewest = Integer.MAX_VALUE;
        double bestBound = Double.MAX_VALUE;
        Candidates all = candidates(i, true);
        for (Candidate c = all.poll(); c != null; c = all.poll()) {
            Outline o = new Outline(new Point(c.x(), rows.y(c.row())), item.width(), item.height(), item.ellipse());
            if (!free(i, o)) {
                continue;
            }
            // candidates come cheapest first, so a later one wins only with fewer lines blocked: stop counting
            // a candidate's blocked lines once it has as many as the best so far
            int blocked = 0;
            for (int a : item.anchors()) {
                if (best != null && blocked >= fewest) {
                    break;
                }
                if (clearLine(i, a, o).isEmpty()) {
                    blocked++;
                }
            }
            if (blocked < fewest || (blocked == fewest && c.bound() < bestBound)) {
                fewest = blocked;
                bestBound = c.bound();
                best = new Placed(c.row(), o, List.of(), true);
            }
        }
        if (best == null) {
            return crowded(i);
        }
        Outline o = best.outline();
        List<List<Point>> lines = new ArrayList<>();
        for (int a : item.anchors()) {
            lines.add(clearLine(i, a, o).or(() -> route(i, a, o)).orElse(straight(a, o)));
        }
        return Optional.of(new Placed(best.row(), o, lines, true));
    }

    /**
     * When lines already drawn leave no room for the item anywhere: it goes where the fewest of them pass
     * through it, and those lines are drawn again around it (and around everything else).
     */
    private Optional<Placed> crowded(int i) {
        Item item = items.get(i);
        Outline best = null;
        int bestRow = -1;
        int fewest = Integer.MAX_VALUE;
        Candidates all = candidates(i, true);
        for (Candidate c = all.poll(); c != null; c = all.poll()) {
            Outline o = new Outline(new Point(c.x(), rows.y(c.row())), item.width(), item.height(), item.ellipse());
            if (overlaps(i, o)) {
                continue;
            }
            int through = 0;
            for (int j = 0; j < placed.length && through < fewest; j++) {
                if (j != i && placed[j] != null) {
                    for (List<Point> line : placed[j].lines()) {
                        through += o.meets(line, CLEAR) ? 1 : 0;
                    }
                }
            }
            if (through < fewest) {
                fewest = through;
                best = o;
                bestRow = c.row();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        set(i, new Placed(bestRow, best, List.of(), true));
        for (int j = 0; j < placed.length; j++) {
            if (j == i || placed[j] == null) {
                continue;
            }
            Placed p = placed[j];
            List<List<Point>> redrawn = new ArrayList<>(p.lines());
            boolean changed = false;
            for (int k = 0; k < redrawn.size(); k++) {
                if (best.meets(redrawn.get(k), CLEAR)) {
                    int a = items.get(j).anchors().get(k);
                    redrawn.set(k, route(j, a, p.outline()).orElse(redrawn.get(k)));
                    changed = true;
                }
            }
            if (changed) {
                set(j, new Placed(p.row(), p.outline(), redrawn, true));
            }
        }
        Outline o = best;
        List<List<Point>> lines = new ArrayList<>();
        for (int a : item.anchors()) {
            lines.add(clearLine(i, a, o).or(() -> route(i, a, o)).orElse(straight(a, o)));
        }
        set(i, null);
        return Optional.of(new Placed(bestRow, o, lines, true));
    }

    /**
     * Places to try, to be taken cheapest first by a lower bound of their cost (then by row, then by x): a heap, so
     * that when the first few are enough the rest are never sorted.
     */
    private static final class Candidates {
        private int size;
        private int[] row = new int[64];
        private double[] x = new double[64];
        private double[] bound = new double[64];

        void add(int r, double cx, double b) {
            if (size == row.length) {
                row = java.util.Arrays.copyOf(row, 2 * size);
                x = java.util.Arrays.copyOf(x, 2 * size);
                bound = java.util.Arrays.copyOf(bound, 2 * size);
            }
            row[size] = r;
            x[size] = cx;
            bound[size] = b;
            size++;
        }

        private boolean before(int a, int b) {
            int c = Double.compare(bound[a], bound[b]);
            if (c == 0) {
                c = Integer.compare(row[a], row[b]);
            }
            if (c == 0) {
                c = Double.compare(x[a], x[b]);
            }
            return c < 0;
        }

        private void swap(int a, int b) {
            int r = row[a];
            row[a] = row[b];
            row[b] = r;
            double t = x[a];
            x[a] = x[b];
            x[b] = t;
            t = bound[a];
            bound[a] = bound[b];
            bound[b] = t;
        }

        private void down(int k) {
            while (true) {
                int l = 2 * k + 1;
                if (l >= size) {
                    return;
                }
                int m = l + 1 < size && before(l + 1, l) ? l + 1 : l;
                if (!before(m, k)) {
                    return;
                }
                swap(k, m);
                k = m;
            }
        }

        Candidates heap() {
            for (int k = size / 2 - 1; k >= 0; k--) {
                down(k);
            }
            return this;
        }

        /** The next cheapest, or null when there are no more. */
        Candidate poll() {
            if (size == 0) {
                return null;
            }
            Candidate c = new Candidate(row[0], x[0], bound[0]);
            size--;
            if (size > 0) {
                row[0] = row[size];
                x[0] = x[size];
                bound[0] = bound[size];
                down(0);
            }
            return c;
        }
    }

    /** Places to try, cheapest first by a lower bound of their cost. */
    private Candidates candidates(int i, boolean newRow) {
        Item item = items.get(i);
        // rows without end are opened one at a time, nearest first; a fixed number of rows are all open
        int rowCount = rows.max() < Integer.MAX_VALUE ? rows.max()
                : rowsUsed + (newRow || rowsUsed == 0 ? 1 : 0);
        double min = lo + item.width() / 2;
        double max = Math.max(min, hi - item.width() / 2);
        Candidates out = new Candidates();
        double step = items.size() > LARGE ? LARGE_GRID : GRID;
        for (int r = 0; r < rowCount; r++) {
            double y = rows.y(r);
            out.add(r, clamp(item.target(), min, max), bound(item, clamp(item.target(), min, max), y));
            if (placed[i] != null) {
                double cx = clamp(placed[i].outline().centre().x(), min, max);
                out.add(r, cx, bound(item, cx, y));
            }
            for (double x = min; x <= max + 1e-9; x += step) {
                double cx = clamp(x, min, max);
                out.add(r, cx, bound(item, cx, y));
            }
        }
        // beside each item placed, in its row (the order they are added in does not matter: the heap's order is total)
        for (Placed p : placed) {
            if (p != null && p.row() < rowCount) {
                double half = (p.outline().width() + item.width()) / 2 + GAP;
                double y = rows.y(p.row());
                double left = clamp(p.outline().centre().x() - half, min, max);
                double right = clamp(p.outline().centre().x() + half, min, max);
                out.add(p.row(), left, bound(item, left, y));
                out.add(p.row(), right, bound(item, right, y));
            }
        }
        return out.heap();
    }

    private static double clamp(double x, double min, double max) {
        return Math.max(min, Math.min(max, x));
    }

    private double bound(Item item, double x, double y) {
        double len = 0;
        for (int a : item.anchors()) {
            Point p = anchors.get(a).toward(x);
            len += Math.hypot(p.x() - x, p.y() - y);
        }
        return len + DRIFT * Math.abs(x - item.target());
    }

    private double cost(int i, Placed p) {
        Item item = items.get(i);
        double cost = bound(item, p.outline().centre().x(), p.outline().centre().y());
        for (List<Point> line : p.lines()) {
            for (int j = 0; j < placed.length; j++) {
                if (j != i && placed[j] != null) {
                    for (List<Point> other : placed[j].lines()) {
                        cost += CROSSING * crossings(line, other);
                    }
                }
            }
        }
        return cost + (p.routed() ? ROUTED : 0);
    }

    /** Whether the outline overlaps nothing placed and no line drawn passes through it. */
    private boolean free(int i, Outline o) {
        if (overlaps(i, o)) {
            return false;
        }
        double m = CLEAR + SLACK;
        return !index.anySegment(o.left() - m, o.top() - m, o.right() + m, o.bottom() + m, i,
                (ax, ay, bx, by) -> o.meets(ax, ay, bx, by, CLEAR));
    }

    /** Whether the outline comes too close to another item or to a mark. */
    private boolean overlaps(int i, Outline o) {
        if (index.anyOutline(o.left() - GAP - SLACK, o.top() - GAP / 2 - SLACK, o.right() + GAP + SLACK,
                o.bottom() + GAP / 2 + SLACK, i, (j, q) ->
                        Math.abs(q.centre().x() - o.centre().x()) < (q.width() + o.width()) / 2 + GAP
                        && Math.abs(q.centre().y() - o.centre().y()) < (q.height() + o.height()) / 2 + GAP / 2)) {
            return true;
        }
        for (Outline m : marks) {
            if (Math.abs(m.centre().x() - o.centre().x()) < (m.width() + o.width()) / 2 + GAP
                    && Math.abs(m.centre().y() - o.centre().y()) < (m.height() + o.height()) / 2 + GAP) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line of item {@code i} to mark {@code mark} passes through another item or mark. */
    private boolean blocked(int i, List<Point> line, int mark) {
        double grow = CLEAR + SLACK;
        for (int k = 0; k + 1 < line.size(); k++) {
            Point a = line.get(k);
            Point b = line.get(k + 1);
            if (index.anyOutlineAlong(a.x(), a.y(), b.x(), b.y(), grow, i, (j, o) -> o.meets(a, b, CLEAR))) {
                return true;
            }
        }
        for (int k = 0; k + 1 < line.size(); k++) {
            Point a = line.get(k);
            Point b = line.get(k + 1);
            if (markGrid.any(a, b, (m, o) -> m != mark && o.meets(a, b, MARK_CLEAR))) {
                return true;
            }
        }
        return marks.get(mark).meets(line, 0);
    }

    /**
     * A straight line from the anchor to the outline that passes through nothing else: from the point of
     * the anchor's edge nearest the outline if that is clear, else from the clear point nearest to it.
     */
    private Optional<List<Point>> clearLine(int i, int a, Outline o) {
        Anchor anchor = anchors.get(a);
        for (Point p : starts(a, o)) {
            List<Point> line = List.of(p, o.edgeToward(p));
            if (!blocked(i, line, anchor.mark())) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** Where on its anchor's edge a line to the outline may start: nearest first. */
    private List<Point> starts(int a, Outline o) {
        Anchor anchor = anchors.get(a);
        Point nearest = anchor.toward(o.centre().x());
        List<Point> from = new ArrayList<>();
        from.add(nearest);
        for (int k = 0; k <= ANCHOR_STEPS; k++) {
            from.add(new Point(anchor.left() + (anchor.right() - anchor.left()) * k / ANCHOR_STEPS, anchor.y()));
        }
        from.sort(Comparator.comparingDouble(p -> Math.abs(p.x() - nearest.x())));
        return from;
    }

    private List<Point> straight(int a, Outline o) {
        Point from = anchors.get(a).toward(o.centre().x());
        return List.of(from, o.edgeToward(from));
    }

    /** The shortest way from the anchor to the outline past the corners of everything in the way. */
    private Optional<List<Point>> route(int i, int a, Outline own) {
        Anchor anchor = anchors.get(a);
        List<Point> starts = starts(a, own);
        List<Outline> obstacles = new ArrayList<>();
        List<Point> bends = new ArrayList<>();
        for (int j = 0; j < placed.length; j++) {
            if (j != i && placed[j] != null) {
                obstacles.add(placed[j].outline());
                corners(placed[j].outline(), CLEAR + 2, bends);
            }
        }
        for (Outline m : marks) {
            corners(m, MARK_CLEAR + 2, bends);
        }
        bends.removeIf(p -> p.y() < routeTop || p.y() > routeBottom);
        OutlineGrid grid = new OutlineGrid(obstacles, CLEAR);
        // one bend if one is enough: the shortest such way (each way's length and each bend's view of the goal
        // worked out once, not at every comparison of the sort; ties keep the order of starts, then bends)
        Point goal = own.centre();
        double[] toGoal = new double[bends.size()];
        for (int b = 0; b < bends.size(); b++) {
            toGoal[b] = bends.get(b).distance(goal);
        }
        List<Way> ways = new ArrayList<>(starts.size() * bends.size());
        for (int s = 0; s < starts.size(); s++) {
            for (int b = 0; b < bends.size(); b++) {
                ways.add(new Way(starts.get(s).distance(bends.get(b)) + toGoal[b], ways.size(), s, b));
            }
        }
        // taken shortest first from a heap: the first few are usually enough, and the rest need not be sorted
        PriorityQueue<Way> shortest = new PriorityQueue<>(ways);
        Boolean[] seesGoal = new Boolean[bends.size()];
        for (Way w = shortest.poll(); w != null; w = shortest.poll()) {
            Point s = starts.get(w.start());
            Point b = bends.get(w.bend());
            if (visible(s, b, grid, anchor.mark())) {
                if (seesGoal[w.bend()] == null) {
                    seesGoal[w.bend()] = visible(b, goal, grid, -1);
                }
                if (seesGoal[w.bend()]) {
                    return Optional.of(List.of(s, b, own.edgeToward(b)));
                }
            }
        }
        // else the shortest way past any number of corners; on a large map, first among the corners near the start
        // and the goal, more of them each time no way is found (a way from far corners is rarely the shortest)
        Point start = starts.get(0);
        List<Point> path = null;
        if (items.size() <= LARGE) {
            path = cornered(start, goal, bends, grid, anchor.mark());
        } else {
            for (double margin = WINDOW; path == null; margin *= 2) {
                double x0 = Math.min(start.x(), goal.x()) - margin;
                double x1 = Math.max(start.x(), goal.x()) + margin;
                double y0 = Math.min(start.y(), goal.y()) - margin;
                double y1 = Math.max(start.y(), goal.y()) + margin;
                List<Point> near = new ArrayList<>();
                for (Point p : bends) {
                    if (p.x() >= x0 && p.x() <= x1 && p.y() >= y0 && p.y() <= y1) {
                        near.add(p);
                    }
                }
                path = cornered(start, goal, near, grid, anchor.mark());
                if (near.size() == bends.size()) {
                    break;
                }
            }
        }
        if (path == null) {
            return Optional.empty();
        }
        // end the path where it reaches the item's edge
        Point last = path.get(path.size() - 2);
        path.set(path.size() - 1, own.edgeToward(last));
        return Optional.of(List.copyOf(path));
    }

    /**
     * The shortest way from {@code start} to {@code goal} past any of {@code bends} that keeps clear of the obstacles
     * and the marks (it may leave mark {@code mark}), as its points from start to goal; null when there is none.
     */
    private List<Point> cornered(Point start, Point goal, List<Point> bends, OutlineGrid grid, int mark) {
        List<Point> nodes = new ArrayList<>();
        nodes.add(start);
        nodes.add(goal);
        nodes.addAll(bends);
        int n = nodes.size();
        double[] dist = new double[n];
        int[] from = new int[n];
        boolean[] done = new boolean[n];
        java.util.Arrays.fill(dist, Double.MAX_VALUE);
        java.util.Arrays.fill(from, -1);
        dist[0] = 0;
        boolean large = items.size() > LARGE;
        PriorityQueue<double[]> queue = new PriorityQueue<>(Comparator.comparingDouble((double[] e) -> e[0])
                .thenComparingDouble(e -> e[1]));
        queue.add(new double[] {start.distance(goal), 0});
        while (!queue.isEmpty()) {
            int u = (int) queue.poll()[1];
            if (done[u]) {
                continue;
            }
            done[u] = true;
            if (u == 1) {
                break;
            }
            for (int v = 1; v < n; v++) {
                if (done[v]) {
                    continue;
                }
                double d = dist[u] + nodes.get(u).distance(nodes.get(v));
                // on a large map, not through a corner that cannot lead to a shorter way than the one found already
                if (d < dist[v] && (!large || d + nodes.get(v).distance(goal) < dist[1])
                        && visible(nodes.get(u), nodes.get(v), grid, u == 0 ? mark : -1)) {
                    dist[v] = d;
                    from[v] = u;
                    queue.add(new double[] {d + nodes.get(v).distance(goal), v});
                }
            }
        }
        if (from[1] < 0) {
            return null;
        }
        List<Point> path = new ArrayList<>();
        for (int v = 1; v >= 0; v = from[v]) {
            path.add(0, nodes.get(v));
        }
        return path;
    }

    /** A way with one bend: its length, its place in the order it was listed, its start and its bend. */
    private record Way(double length, int order, int start, int bend) implements Comparable<Way> {
        @Override
        public int compareTo(Way other) {
            int c = Double.compare(length, other.length);
            return c != 0 ? c : Integer.compare(order, other.order);
        }
    }

    /** Whether a segment keeps clear of the obstacles and of the marks; it may leave mark {@code from}. */
    private boolean visible(Point a, Point b, OutlineGrid obstacles, int from) {
        return !obstacles.any(a, b, (k, o) -> o.meets(a, b, CLEAR - 0.5))
                && !markGrid.any(a, b, (m, o) -> o.meets(a, b, m == from ? 0 : MARK_CLEAR - 0.5));
    }

    /** Points just outside an outline grown by {@code margin}: an octagon round an ellipse, corners of a box. */
    private static void corners(Outline o, double margin, List<Point> out) {
        double hw = o.width() / 2 + margin;
        double hh = o.height() / 2 + margin;
        if (o.ellipse()) {
            double k = 1 / Math.cos(Math.PI / 8) + 0.02;
            for (int s = 0; s < 8; s++) {
                double angle = Math.PI / 8 + s * Math.PI / 4;
                out.add(new Point(o.centre().x() + k * hw * Math.cos(angle), o.centre().y() + k * hh * Math.sin(angle)));
            }
        } else {
            out.add(new Point(o.centre().x() - hw, o.centre().y() - hh));
            out.add(new Point(o.centre().x() + hw, o.centre().y() - hh));
            out.add(new Point(o.centre().x() + hw, o.centre().y() + hh));
            out.add(new Point(o.centre().x() - hw, o.centre().y() + hh));
        }
    }

    /** How many times two polylines cross (touching at a shared end is not crossing). */
    public static int crossings(List<Point> a, List<Point> b) {
        int n = 0;
        for (int i = 0; i + 1 < a.size(); i++) {
            for (int j = 0; j + 1 < b.size(); j++) {
                if (cross(a.get(i), a.get(i + 1), b.get(j), b.get(j + 1))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean cross(Point p1, Point p2, Point q1, Point q2) {
        double d1 = orient(q1, q2, p1);
        double d2 = orient(q1, q2, p2);
        double d3 = orient(p1, p2, q1);
        double d4 = orient(p1, p2, q2);
        return d1 * d2 < -1e-9 && d3 * d4 < -1e-9;
    }

    private static double orient(Point a, Point b, Point c) {
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    }
}
