package org.peermap.render;

import org.peermap.model.Paper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peermap.anonymise.Printed;
import org.peermap.layout.Deadline;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.Person;
import org.peermap.model.PersonKind;
import org.peermap.model.Place;
import org.peermap.render.geometry.Point;
import org.peermap.render.incident.Outline;
import org.peermap.render.incident.Placement;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;
import org.peermap.render.scene.Transform;

/**
 * The incident map: a visual chronology. Incidents are numbered marks along a time line in date order
 * (number, date and time, what, place), the people involved are beside it, each joined to their
 * incidents by straight lines that pass through no one else, and the places are on the far side of the
 * time line, joined to what happened there. Each person shows the numbers of their incidents.
 *
 * <p>The map is laid out for the paper asked for (A4 or A3, landscape). When the incidents are too many
 * for one time line across it at a readable size, the series wraps: onto 2, 3, ... time lines one under
 * another, each its own stretch of time with a heading giving its incidents and dates and saying that it
 * continues, and the people of its incidents under it (someone at incidents on two lines is drawn on
 * both); or onto two time lines with everyone once between them, joined up to their earlier incidents and
 * down to their later ones. Of the arrangements with text at 8 pt or more the one whose lines cross least
 * is drawn. When none keeps text at 8 pt on the paper, the page grows and the warning names a view that
 * would fit (a period with --from and --to, one incident, or A3).
 */
public final class IncidentMapRenderer {
    static final double BOX_TEXT = 9.5;
    /** The width a mark's words are wrapped to. */
    static final double TEXT_WIDTH = 84;
    /** The width compact marks are wrapped to when even they make the time lines too wide. */
    static final double NARROW_TEXT_WIDTH = 56;
    static final double MARK_GAP = 12;
    /** Vertical room between two rows of people, or of places. */
    static final double ROW_GAP = 12;
    /** From the edge of the marks to the nearest row of people. */
    static final double AXIS_GAP = 26;
    /** From the edge of the marks to the nearest row of places. */
    static final double PLACE_GAP = 22;
    /** How far the time line starts before the first mark, and ends (with its arrow) after the last. */
    static final double AXIS_START = 6;
    static final double AXIS_END = 18;
    private static final double MARGIN = 6;
    /** How far beyond the ends of a single time line people may sit. */
    private static final double OVERHANG = 40;
    static final String LINK = "#222222";
    static final String PLACE_LINK = "#555555";
    static final String AXIS = "#404040";
    /** The smallest text of the map; the map is never drawn smaller than 8 pt of it. */
    static final double SMALLEST_TEXT = Math.min(BOX_TEXT, Math.min(PersonNode.DETAIL_SIZE, PlaceDrawer.LABEL_SIZE));
    static final double MIN_SCALE = 8 / SMALLEST_TEXT;
    private static final double MAX_SCALE = 1.2;
    /** A layout drawn at least this large is taken without trying a more compact one. */
    private static final double COMFORTABLE = 0.92;
    private static final double[] DAY_WIDTHS = {Timeline.POINTS_PER_DAY, Timeline.POINTS_PER_DAY / 2,
        Timeline.POINTS_PER_DAY / 4, Timeline.POINTS_PER_DAY / 10};

    private IncidentMapRenderer() {}

    /** The incident map laid out for {@code paper}; see the class comment. */
    public static Page render(Case c, Printed printed, Paper paper) {
        return render(c, printed, paper, Deadline.none());
    }

    /** The incident map; stops with {@link org.peermap.layout.LayoutException} when {@code deadline} passes. */
    public static Page render(Case c, Printed printed, Paper paper, Deadline deadline) {
        List<Incident> sorted = Appendix.inDateOrder(c.incidents());
        List<String> warnings = new ArrayList<>();
        if (sorted.isEmpty()) {
            return page(c, printed, paper, null, List.of(), 1, warnings);
        }
        Drawn chosen = choose(c, printed, paper, sorted, deadline);
        double fit = scale(chosen, paper);
        if (fit < MIN_SCALE) {
            warnings.add(tooLarge(c, printed, paper, chosen, sorted, deadline));
        }
        return page(c, printed, paper, chosen, keyRows(c, chosen), fit, warnings);
    }

    /**
     * The arrangement to draw: one time line if it can be read at a comfortable size; else the time wrapped
     * onto 2, 3, ... lines, each its own stretch of time with its own people under it; else two time lines
     * with everyone once between them. Compact marks, and less room for the days between incidents, only
     * when the width is what limits the size. An arrangement whose time lines alone are too wide to be
     * readable is drawn only when no other is readable. When none is comfortable, of those readable
     * (text at 8 pt or more) the one whose involvement lines cross each other least; else the one printed
     * largest.
     */
    static Drawn choose(Case c, Printed printed, Paper paper, List<Incident> sorted, Deadline deadline) {
        return choose(c, printed, paper, sorted, deadline, COMFORTABLE, true).orElseThrow();
    }

    /** An arrangement not drawn yet, and the most its width allows it to be printed at. */
    private record Candidate(boolean strips, Marks marks, List<List<Incident>> split, double perDay, double most) {
        Drawn draw(Case c, Printed printed, Paper paper, Deadline deadline) {
            deadline.check("arranging the incident map");
            return strips ? Strips.draw(c, printed, marks, split, perDay, paper, deadline)
                    : Chronology.draw(c, printed, marks, split, perDay, paper, deadline);
        }
    }

    /**
     * As above, but stopping at the first arrangement drawn at {@code enough} or more. Arrangements too wide to be
     * readable are drawn only when none is readable, and then only the largest first, until none left could be
     * printed larger than one drawn (a time line drawn is never wider than its marks and days), so that a series too
     * long for its paper does not draw every arrangement. Without {@code largest}, a test of whether some arrangement
     * is readable ({@link #fitsFirst}): none at all when none is.
     */
    private static Optional<Drawn> choose(Case c, Printed printed, Paper paper, List<Incident> sorted,
            Deadline deadline, double enough, boolean largest) {
        List<Drawn> tried = new ArrayList<>();
        List<Candidate> tooWide = new ArrayList<>();
        List<Integer> arrangements = new ArrayList<>();
        arrangements.add(1);
        for (int rows = 2; rows <= Math.min(MOST_ROWS, sorted.size()); rows++) {
            arrangements.add(rows);
            if (rows == 2) {
                arrangements.add(SHARED);
            }
        }
        boolean stripsHeightLimited = false;
        // past MANY incidents no arrangement prints readably on any paper, and each costs seconds to try: only
        // the last resort below (the most time lines, compact marks, the least room for time) is drawn
        for (int arrangement : sorted.size() > MANY ? List.<Integer>of() : arrangements) {
            boolean strips = arrangement != SHARED && arrangement > 1;
            if (strips && stripsHeightLimited) {
                continue;
            }
            int rows = arrangement == SHARED ? 2 : arrangement;
            boolean heightLimited = false;
            for (int variant = 0; variant < 3; variant++) {
                Marks marks = Marks.of(sorted, printed, variant < 2 ? TEXT_WIDTH : NARROW_TEXT_WIDTH, variant > 0);
                for (int k = 0; k < DAY_WIDTHS.length && !heightLimited; k++) {
                    double perDay = DAY_WIDTHS[k];
                    List<List<Incident>> split = split(sorted, marks, rows, perDay);
                    double span = split.stream().mapToDouble(b -> new Timeline(b, marks.widths(b), MARK_GAP, perDay)
                            .width()).max().orElse(0);
                    // the most the width allows
                    double most = Math.min(MAX_SCALE, areaWidth(paper) / (span + AXIS_START + AXIS_END + 2 * MARGIN));
                    Candidate candidate = new Candidate(strips, marks, split, perDay, most);
                    if (most < MIN_SCALE) {
                        tooWide.add(candidate);
                        continue;
                    }
                    Drawn d = candidate.draw(c, printed, paper, deadline);
                    tried.add(d);
                    if (scale(d, paper) >= enough) {
                        return Optional.of(d);
                    }
                    // when the height limits it, less room for time would not help, nor would more lines
                    heightLimited = areaWidth(paper) / d.width() > areaHeight(paper) / d.height();
                }
                if (heightLimited) {
                    break;
                }
            }
            stripsHeightLimited |= strips && heightLimited;
        }
        // readable ones: the one whose lines are easiest to follow (fewest crossings)
        Optional<Drawn> readable = tried.stream().filter(d -> scale(d, paper) >= MIN_SCALE)
                .min(Comparator.comparingInt(Drawn::crossings));
        if (readable.isPresent() || !largest) {
            return readable;
        }
        // else the one printed largest: the widest allowances first, while one could beat the best drawn
        double bestScale = tried.stream().mapToDouble(d -> scale(d, paper)).max().orElse(0);
        List<Candidate> widest = new ArrayList<>(tooWide);
        widest.sort(Comparator.comparingDouble(Candidate::most).reversed());
        for (Candidate candidate : widest) {
            if (candidate.most() <= bestScale + 1e-9) {
                break;
            }
            Drawn d = candidate.draw(c, printed, paper, deadline);
            tried.add(d);
            bestScale = Math.max(bestScale, scale(d, paper));
        }
        if (tried.isEmpty()) {
            Marks marks = Marks.of(sorted, printed, TEXT_WIDTH, true);
            double perDay = DAY_WIDTHS[DAY_WIDTHS.length - 1];
            int rows = Math.min(MOST_ROWS, sorted.size());
            List<List<Incident>> split = split(sorted, marks, rows, perDay);
            tried.add(rows > 1 ? Strips.draw(c, printed, marks, split, perDay, paper, deadline)
                    : Chronology.draw(c, printed, marks, split, perDay, paper, deadline));
        }
        return tried.stream().max(Comparator.comparingDouble(d -> scale(d, paper)));
    }

    /** The arrangement with two time lines and everyone once between them. */
    static final int SHARED = -2;
    /** Past this many incidents, one arrangement only is drawn (see {@link #choose}). */
    static final int MANY = 100;
    /** The most time lines a series is wrapped onto. */
    static final int MOST_ROWS = 8;

    /**
     * The warning for a map that cannot be printed on its paper with text at 8 pt: the size the page
     * grew to, and a view that would fit (a period, tried, else one incident).
     */
    private static String tooLarge(Case c, Printed printed, Paper paper, Drawn d, List<Incident> sorted,
            Deadline deadline) {
        String name = paper.key().toUpperCase(java.util.Locale.ROOT);
        Size grown = grown(paper, d, MIN_SCALE);
        // the first incidents up to a date, more each time (half as many again) until they no longer fit, then
        // halving the step between the last that fitted and the first that did not: small periods are quick
        // to try, and the whole series is never drawn again
        int fits = 0;
        int fails = sorted.size();
        for (int k = 1; k < fails; k = Math.max(k + 1, k * 3 / 2)) {
            while (k < fails && sorted.get(k - 1).date().equals(sorted.get(k).date())) {
                k++; // a period ends between two days
            }
            if (k >= fails) {
                break;
            }
            if (fitsFirst(c, printed, paper, sorted, k, deadline)) {
                fits = k;
            } else {
                fails = k;
            }
        }
        while (fails - fits > 1) {
            int k = (fits + fails) / 2;
            if (fitsFirst(c, printed, paper, sorted, k, deadline)) {
                fits = k;
            } else {
                fails = k;
            }
        }
        String view = null;
        if (fits > 0) {
            List<Incident> part = sorted.subList(0, fits);
            view = "--from " + part.get(0).date().iso() + " --to " + part.get(fits - 1).date().iso()
                    + " (incidents " + part.get(0).number() + " to " + part.get(fits - 1).number() + ")";
        }
        Incident largest = sorted.stream().max(Comparator.comparingInt((Incident i) -> i.involved().size())
                .thenComparing(i -> -i.number())).orElseThrow();
        return "the incident map is too large for " + name + " at a readable text size (8 pt), even with its time"
                + " wrapped onto " + Math.max(2, d.bands()) + " lines; the page was enlarged to "
                + Math.round(grown.width() * 25.4 / 72) + " x " + Math.round(grown.height() * 25.4 / 72) + " mm"
                + (scaleOn(grown, d) < MIN_SCALE - 1e-9 ? " (" + Math.round(Paper.MOST_GROWTH) + " times " + name
                        + " each way, the largest peermap draws), and even there its text is smaller than 8 pt" : "")
                + ". A view that fits: " + (view != null ? view + ", or " : "") + "one incident with --incident "
                + largest.number() + (paper == Paper.A4 ? ", or --paper a3" : "");
    }

    /**
     * Whether the first {@code k} incidents, as the period from the first's date to the k-th's, fit the paper
     * readably; never when that period holds more (the k-th shares its day with the next).
     */
    private static boolean fitsFirst(Case c, Printed printed, Paper paper, List<Incident> sorted, int k,
            Deadline deadline) {
        if (sorted.get(k - 1).date().equals(sorted.get(k).date())) {
            return false;
        }
        Case shown = c.during(new org.peermap.model.Period(Optional.empty(), Optional.of(sorted.get(0).date()),
                Optional.of(sorted.get(k - 1).date())));
        return shown.incidents().size() == k && choose(shown, printed, paper, Appendix.inDateOrder(shown.incidents()),
                deadline, Math.min(COMFORTABLE, MIN_SCALE), false).isPresent();
    }

    private record Size(double width, double height) {}

    /** The page that holds {@code d} at {@code scale}, but never more than Paper.MOST_GROWTH times paper. */
    private static Size grown(Paper paper, Drawn d, double scale) {
        return new Size(Math.min(paper.width() * Paper.MOST_GROWTH, Math.max(paper.width(),
                d.width() * scale + 2 * TitleBlock.MARGIN + KeyPanel.WIDTH + 12)),
                Math.min(paper.height() * Paper.MOST_GROWTH, Math.max(paper.height(),
                        d.height() * scale + TitleBlock.CONTENT_TOP + TitleBlock.BOTTOM)));
    }

    /** The scale {@code d} is drawn at on a page of {@code size}: 8 pt text, or less on the largest page. */
    private static double scaleOn(Size size, Drawn d) {
        double width = size.width() - 2 * TitleBlock.MARGIN - KeyPanel.WIDTH - 12;
        double height = size.height() - TitleBlock.CONTENT_TOP - TitleBlock.BOTTOM;
        double most = Math.min(width / Math.max(1, d.width()), height / Math.max(1, d.height()));
        return most >= MIN_SCALE - 1e-9 ? MIN_SCALE : most;
    }

    /** The incidents in {@code bands} runs of about equal width, in date order: the widest as narrow as can be. */
    static List<List<Incident>> split(List<Incident> sorted, Marks marks, int bands, double perDay) {
        int n = sorted.size();
        if (bands <= 1 || n <= 1) {
            return List.of(sorted);
        }
        bands = Math.min(bands, n);
        // width[i][j]: the time line of incidents i..j-1
        double[][] width = new double[n + 1][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j <= n; j++) {
                List<Incident> run = sorted.subList(i, j);
                width[i][j] = new Timeline(run, marks.widths(run), MARK_GAP, perDay).width();
            }
        }
        // best[b][j]: the narrowest widest line when incidents 0..j-1 go onto b lines; cut[b][j] where the last begins
        double[][] best = new double[bands + 1][n + 1];
        int[][] cut = new int[bands + 1][n + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
        }
        best[0][0] = 0;
        for (int b = 1; b <= bands; b++) {
            for (int j = b; j <= n; j++) {
                for (int i = b - 1; i < j; i++) {
                    if (best[b - 1][i] == Double.MAX_VALUE) {
                        continue;
                    }
                    double w = Math.max(best[b - 1][i], width[i][j]);
                    if (w < best[b][j] - 0.01) {
                        best[b][j] = w;
                        cut[b][j] = i;
                    }
                }
            }
        }
        List<List<Incident>> out = new ArrayList<>();
        int j = n;
        for (int b = bands; b >= 1; b--) {
            int i = cut[b][j];
            out.add(0, sorted.subList(i, j));
            j = i;
        }
        return out;
    }

    /** The room for the map on a page of {@code paper} beside the key. */
    static double areaWidth(Paper paper) {
        return paper.width() - 2 * TitleBlock.MARGIN - KeyPanel.WIDTH - 12;
    }

    static double areaHeight(Paper paper) {
        return paper.height() - TitleBlock.CONTENT_TOP - TitleBlock.BOTTOM;
    }

    /** How large the drawing can be printed on {@code paper} beside the key. */
    static double scale(Drawn d, Paper paper) {
        return Math.min(MAX_SCALE, Math.min(areaWidth(paper) / d.width(), areaHeight(paper) / d.height()));
    }

    /** The drawn chronology: its shapes (in painting order) and extent, and what the key must explain. */
    record Drawn(List<Shape> shapes, double minX, double minY, double maxX, double maxY, int bands, boolean breaks,
            boolean places, boolean placesTwice, boolean strips) {
        double width() {
            return maxX - minX;
        }

        double height() {
            return maxY - minY;
        }

        /** How many times two involvement lines cross: how hard the lines are to follow. */
        int crossings() {
            List<List<Point>> lines = new ArrayList<>();
            for (Shape s : shapes) {
                if (s instanceof Shape.Group g && g.kind().equals("pm-involvement")) {
                    for (Shape part : g.shapes()) {
                        if (part instanceof Shape.Polyline p) {
                            lines.add(p.points());
                        }
                    }
                }
            }
            int n = 0;
            for (int i = 0; i < lines.size(); i++) {
                for (int j = i + 1; j < lines.size(); j++) {
                    n += Placement.crossings(lines.get(i), lines.get(j));
                }
            }
            return n;
        }
    }

    /** Lays out one arrangement of the chronology in bands (time lines). */
    private static final class Chronology {
        private final Case c;
        private final Printed printed;
        private final Marks marks;
        private final List<List<Incident>> bands;
        private final List<Timeline> timelines = new ArrayList<>();
        private final List<Double> axes = new ArrayList<>();
        private final List<Outline> boxes = new ArrayList<>();
        private final List<Incident> boxIncident = new ArrayList<>();
        private final List<Shape> links = new ArrayList<>();
        private final List<Shape> involvements = new ArrayList<>();
        private final List<Shape> nodes = new ArrayList<>();
        private final List<Shape> placeShapes = new ArrayList<>();
        private final List<Outline> extent = new ArrayList<>();
        private boolean placesTwice;
        /** Where the people of a single time line may go, when given (a wrapped series: the page's width). */
        private double spreadLo = Double.NaN;
        private double spreadHi = Double.NaN;
        /** The paper the page is for (used to shape two time lines with people between). */
        private Paper paper = Paper.A4;
        private Deadline deadline = Deadline.none();

        private Chronology(Case c, Printed printed, Marks marks, List<List<Incident>> bands) {
            this.c = c;
            this.printed = printed;
            this.marks = marks;
            this.bands = bands;
        }

        static Drawn draw(Case c, Printed printed, Marks marks, List<List<Incident>> bands, double perDay,
                Paper paper, Deadline deadline) {
            Chronology ch = new Chronology(c, printed, marks, bands);
            ch.paper = paper;
            ch.deadline = deadline;
            for (List<Incident> band : bands) {
                ch.timelines.add(new Timeline(band, marks.widths(band), MARK_GAP, perDay));
            }
            return ch.draw();
        }

        /** One time line of a wrapped series, its people anywhere from {@code lo} to {@code hi}. */
        static Drawn strip(Case c, Printed printed, Marks marks, List<Incident> band, double perDay, double lo,
                double hi, Deadline deadline) {
            Chronology ch = new Chronology(c, printed, marks, List.of(band));
            ch.deadline = deadline;
            ch.timelines.add(new Timeline(band, marks.widths(band), MARK_GAP, perDay));
            ch.spreadLo = lo;
            ch.spreadHi = hi;
            return ch.draw();
        }

        private Drawn draw() {
            List<Person> people = c.people().stream().filter(p -> !incidentsOf(p).isEmpty()).toList();
            List<PersonNode> personNodes = people.stream().map(this::node).toList();
            double rowHeight = personNodes.stream().mapToDouble(PersonNode::height).max().orElse(30);
            double step = rowHeight + ROW_GAP;
            double span = timelines.stream().mapToDouble(Timeline::width).max().orElse(0);
            double half0 = marks.maxHeight(bands.get(0)) / 2;
            double zoneTop = half0 + AXIS_GAP;
            double need = personNodes.stream().mapToDouble(n -> n.width() + Placement.GAP).sum();
            double wide = Math.max(span, Math.min(need, 3 * 140));

            Optional<List<Placement.Placed>> placed = Optional.empty();
            if (bands.size() == 1) {
                bandsAt();
                double lo = Double.isNaN(spreadLo) ? span / 2 - wide / 2 - OVERHANG : spreadLo;
                double hi = Double.isNaN(spreadHi) ? span / 2 + wide / 2 + OVERHANG : spreadHi;
                placed = placePeople(people, personNodes, new Placement.Rows(zoneTop + rowHeight / 2, step,
                        Integer.MAX_VALUE), lo, hi);
            } else {
                // The fewest rows between the two lines that hold everyone with straight lines, among those
                // that leave the page readable; else, of those, the one with the fewest lines that go round.
                double half1 = marks.maxHeight(bands.get(1)) / 2;
                double fixed = zoneTop - ROW_GAP + AXIS_GAP + 2 * half1 + half0 + 2 * (PLACE_GAP + PlaceDrawer.HEIGHT + MARGIN);
                // the size the map can be drawn at, given the width of its time lines
                double axisWidth = span + AXIS_START + AXIS_END + 2 * MARGIN;
                double target = Math.max(MIN_SCALE, Math.min(COMFORTABLE, areaWidth(paper) / axisWidth));
                // people may spread as wide as the page's shape allows, never wider than that size allows
                java.util.function.IntToDoubleFunction width = rows -> Math.max(axisWidth,
                        Math.min((fixed + rows * step) * areaWidth(paper) / areaHeight(paper), areaWidth(paper) / target));
                int least = 1;
                while (need / (width.applyAsDouble(least) - 2 * MARGIN) > least) {
                    least++;
                }
                // more rows, while the page's height is not what limits that size
                int most = least;
                while (areaHeight(paper) / (fixed + (most + 1) * step) >= target) {
                    most++;
                }
                int bestRows = -1;
                long bestRouted = Long.MAX_VALUE;
                Optional<List<Placement.Placed>> best = Optional.empty();
                for (int rows = least; rows <= most || bestRows < 0 && rows <= most + 60; rows++) {
                    Optional<List<Placement.Placed>> p = rowsOf(people, personNodes, rows, step, zoneTop, rowHeight,
                            half1, span, width.applyAsDouble(rows) - 2 * MARGIN);
                    long count = p.map(l -> l.stream().filter(Placement.Placed::routed).count()).orElse(Long.MAX_VALUE);
                    if (count < bestRouted) {
                        bestRouted = count;
                        bestRows = rows;
                        best = p;
                    }
                    if (count == 0) {
                        break;
                    }
                }
                bandsAt(zoneTop + bestRows * step - ROW_GAP + AXIS_GAP + half1);
                placed = best;
            }
            double lo = Math.min(0, placed.orElseThrow().stream().mapToDouble(p -> p.outline().left()).min()
                    .orElse(0));
            double hi = Math.max(span, placed.orElseThrow().stream().mapToDouble(p -> p.outline().right()).max()
                    .orElse(span));
            List<Placement.Placed> spots = placed.orElseThrow();
            for (int k = 0; k < people.size(); k++) {
                Placement.Placed spot = spots.get(k);
                Person p = people.get(k);
                int n = c.people().indexOf(p) + 1;
                List<Incident> theirs = incidentsOf(p);
                for (int j = 0; j < theirs.size(); j++) {
                    involvements.add(new Shape.Group("pm-involvement", List.of(new Shape.Data("ends",
                            theirs.get(j).number() + " " + n)), List.of(new Shape.Polyline(spot.lines().get(j), false,
                            Style.stroke(LINK, 1)))));
                }
                List<Shape> drawn = new ArrayList<>(PersonDrawer.draw(personNodes.get(k), spot.outline().centre()));
                if (p.practice().how().marked()) {
                    drawn.addAll(KnownMark.atCorner(personNodes.get(k), spot.outline().centre()));
                }
                nodes.add(new Shape.Group("pm-person", List.of(Shape.Data.of("n", n)), drawn));
                extent.add(spot.outline());
            }
            placePlaces(0, -1, lo, hi);
            if (bands.size() > 1) {
                placePlaces(1, 1, lo, hi);
            }

            List<Shape> shapes = new ArrayList<>(links);
            shapes.addAll(involvements);
            for (int b = 0; b < bands.size(); b++) {
                shapes.add(axis(timelines.get(b), axes.get(b)));
                for (Timeline.Slot slot : timelines.get(b).slots()) {
                    shapes.add(marks.draw(slot, axes.get(b)));
                }
            }
            shapes.addAll(placeShapes);
            shapes.addAll(nodes);
            double minX = -AXIS_START;
            double maxX = span + AXIS_END;
            double minY = -half0 - 14;
            double maxY = axes.get(axes.size() - 1) + marks.maxHeight(bands.get(bands.size() - 1)) / 2 + 14;
            for (Outline o : extent) {
                minX = Math.min(minX, o.left());
                maxX = Math.max(maxX, o.right());
                minY = Math.min(minY, o.top());
                maxY = Math.max(maxY, o.bottom());
            }
            boolean breaks = timelines.stream().anyMatch(t -> !t.breaks().isEmpty());
            return new Drawn(shapes, minX - MARGIN, minY - MARGIN, maxX + MARGIN, maxY + MARGIN, bands.size(), breaks,
                    !placeShapes.isEmpty(), placesTwice, false);
        }

        /** The people between two time lines with {@code rows} rows between them, {@code wide} across. */
        private Optional<List<Placement.Placed>> rowsOf(List<Person> people, List<PersonNode> personNodes, int rows,
                double step, double zoneTop, double rowHeight, double half1, double span, double wide) {
            bandsAt(zoneTop + rows * step - ROW_GAP + AXIS_GAP + half1);
            return placePeople(people, personNodes, new Placement.Rows(zoneTop + rowHeight / 2, step, rows),
                    span / 2 - Math.max(span, wide) / 2, span / 2 + Math.max(span, wide) / 2);
        }

        /** Puts the time lines at 0 and at each of {@code lower}, with their marks. */
        private void bandsAt(double... lower) {
            axes.clear();
            boxes.clear();
            boxIncident.clear();
            axes.add(0.0);
            for (double y : lower) {
                axes.add(y);
            }
            for (int b = 0; b < bands.size(); b++) {
                double axis = axes.get(b);
                for (Timeline.Slot slot : timelines.get(b).slots()) {
                    double h = marks.height(slot.incident());
                    boxes.add(Outline.rect(slot.x(), axis - h / 2, slot.width(), h));
                    boxIncident.add(slot.incident());
                }
            }
        }

        /** The people's places: the most involved first, each where its lines are shortest and clear. */
        private Optional<List<Placement.Placed>> placePeople(List<Person> people, List<PersonNode> personNodes,
                Placement.Rows rows, double lo, double hi) {
            List<Placement.Anchor> anchors = new ArrayList<>();
            for (int m = 0; m < boxes.size(); m++) {
                Outline box = boxes.get(m);
                boolean lower = bands.size() > 1 && bands.get(1).contains(boxIncident.get(m));
                anchors.add(new Placement.Anchor(m, box.left() + 8, box.right() - 8, lower ? box.top() : box.bottom()));
            }
            List<Placement.Item> items = new ArrayList<>();
            for (int k = 0; k < people.size(); k++) {
                List<Integer> joined = incidentsOf(people.get(k)).stream().map(boxIncident::indexOf).toList();
                PersonNode node = personNodes.get(k);
                items.add(new Placement.Item(node.width(), node.height(), node.kind() == PersonKind.YOUNG_PERSON,
                        joined, joined.stream().mapToDouble(m -> boxes.get(m).centre().x()).average().orElse(0)));
            }
            return new Placement(boxes, anchors, rows, lo, hi).within(deadline).place(items);
        }

        /** The places of band {@code b}'s incidents, above it ({@code side} -1) or below it (+1). */
        private void placePlaces(int b, int side, double lo, double hi) {
            List<Place> shown = new ArrayList<>();
            List<List<Incident>> there = new ArrayList<>();
            for (Place place : c.places()) {
                List<Incident> at = bands.get(b).stream()
                        .filter(i -> i.place().isPresent() && i.place().get().equals(place.id())).toList();
                if (!at.isEmpty()) {
                    shown.add(place);
                    there.add(at);
                    if (bands.stream().filter(band -> band.stream()
                            .anyMatch(i -> i.place().isPresent() && i.place().get().equals(place.id()))).count() > 1) {
                        placesTwice = true;
                    }
                }
            }
            if (shown.isEmpty()) {
                return;
            }
            List<Placement.Anchor> anchors = new ArrayList<>();
            for (int m = 0; m < boxes.size(); m++) {
                Outline box = boxes.get(m);
                anchors.add(new Placement.Anchor(m, box.left() + 8, box.right() - 8, side < 0 ? box.top()
                        : box.bottom()));
            }
            double half = marks.maxHeight(bands.get(b)) / 2;
            double axis = axes.get(b);
            Placement.Rows rows = new Placement.Rows(axis + side * (half + PLACE_GAP + PlaceDrawer.HEIGHT / 2),
                    side * (PlaceDrawer.HEIGHT + ROW_GAP), Integer.MAX_VALUE);
            List<Placement.Item> items = new ArrayList<>();
            for (int k = 0; k < shown.size(); k++) {
                List<Integer> joined = there.get(k).stream().map(boxIncident::indexOf).toList();
                items.add(new Placement.Item(PlaceDrawer.width(printed.place(shown.get(k).id())), PlaceDrawer.HEIGHT,
                        false, joined, joined.stream().mapToDouble(m -> boxes.get(m).centre().x()).average()
                                .orElse(0)));
            }
            List<Placement.Placed> placed = new Placement(boxes, anchors, rows, lo, hi).within(deadline).place(items)
                    .orElseThrow();
            for (int k = 0; k < items.size(); k++) {
                Placement.Placed spot = placed.get(k);
                int p = c.places().indexOf(shown.get(k)) + 1;
                List<Incident> at = there.get(k);
                for (int j = 0; j < at.size(); j++) {
                    links.add(new Shape.Group("pm-place-link", List.of(new Shape.Data("ends", "p" + p + " "
                            + at.get(j).number())), List.of(new Shape.Polyline(spot.lines().get(j), false,
                            Style.stroke(PLACE_LINK, 1).withDash(4, 3)))));
                }
                placeShapes.add(new Shape.Group("pm-place", List.of(Shape.Data.of("p", p)),
                        PlaceDrawer.draw(printed.place(shown.get(k).id()), spot.outline().centre())));
                extent.add(spot.outline());
            }
        }

        private List<Incident> incidentsOf(Person p) {
            return bands.stream().flatMap(List::stream).filter(i -> i.involved().contains(p.id())).toList();
        }

        /** A person as drawn here: code and age, then the numbers of all their incidents (on every line). */
        private PersonNode node(Person p) {
            PersonNode base = PersonNode.of(p, printed);
            String numbers = Appendix.inDateOrder(c.incidents()).stream().filter(i -> i.involved().contains(p.id()))
                    .map(i -> Integer.toString(i.number())).collect(Collectors.joining(", "));
            double textWidth = Math.max(Fonts.width(base.label(), PersonNode.LABEL_SIZE, true),
                    Fonts.width(numbers, PersonNode.DETAIL_SIZE, false));
            double textHeight = PersonNode.LABEL_SIZE + PersonNode.lineGap() + PersonNode.DETAIL_SIZE;
            boolean young = p.kind() == PersonKind.YOUNG_PERSON;
            double w = young ? Math.max(48, (textWidth + 8) * 1.3) : Math.max(44, textWidth + 16);
            double h = young ? Math.max(30, (textHeight + 6) * 1.35) : Math.max(26, textHeight + 10);
            return new PersonNode(base.label(), numbers, p.kind(), p.focus(), Math.ceil(w), Math.ceil(h));
        }
    }

    /**
     * A long series wrapped onto several time lines, one under another, each its own stretch of time with
     * a heading that gives its dates and says it continues; each line has the people of its incidents
     * under it (a person at incidents on more than one line is drawn on each, with all their numbers), so
     * every line joins a person to an incident close by and stays short.
     */
    private static final class Strips {
        /** Room above a time line's drawing for its heading. */
        static final double HEADING = 18;
        /** Room between one time line's drawing and the next one's heading. */
        static final double GAP = 10;

        private Strips() {}

        static Drawn draw(Case c, Printed printed, Marks marks, List<List<Incident>> bands, double perDay,
                Paper paper, Deadline deadline) {
            double span = bands.stream().mapToDouble(b -> new Timeline(b, marks.widths(b), MARK_GAP, perDay).width())
                    .max().orElse(0);
            // people may spread as wide as the size the time lines allow the map to be drawn at
            double axisWidth = span + AXIS_START + AXIS_END + 2 * MARGIN;
            double target = Math.max(MIN_SCALE, Math.min(COMFORTABLE, areaWidth(paper) / axisWidth));
            double wide = Math.max(axisWidth, areaWidth(paper) / target) - 2 * MARGIN;
            double lo = span / 2 - wide / 2;
            double hi = span / 2 + wide / 2;
            List<Shape> shapes = new ArrayList<>();
            double y = 0;
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            boolean breaks = false;
            boolean places = false;
            java.util.Map<String, Integer> placeLines = new java.util.HashMap<>();
            for (int b = 0; b < bands.size(); b++) {
                List<Incident> band = bands.get(b);
                Drawn d = Chronology.strip(c, printed, marks, band, perDay, lo, hi, deadline);
                double dy = y + HEADING - d.minY();
                List<Shape> moved = new Transform(1, 0, dy).apply(d.shapes());
                // every heading starts where the time lines start
                shapes.addAll(heading(moved, b, bands.size(), band, -AXIS_START, y + HEADING - 5));
                y = dy + d.maxY() + GAP;
                minX = Math.min(minX, d.minX());
                maxX = Math.max(maxX, Math.max(d.maxX(), -AXIS_START + MARGIN + Fonts.width(headingText(b,
                        bands.size(), band), Timeline.LABEL_SIZE, true)));
                breaks |= d.breaks();
                places |= d.places();
                band.stream().flatMap(i -> i.place().stream()).distinct().forEach(p -> placeLines.merge(p, 1,
                        Integer::sum));
            }
            boolean placesTwice = placeLines.values().stream().anyMatch(n -> n > 1);
            return new Drawn(shapes, minX, 0, maxX, y - GAP, bands.size(), breaks, places, placesTwice, true);
        }

        /** The strip's shapes with its heading put into its time line's group. */
        private static List<Shape> heading(List<Shape> shapes, int b, int of, List<Incident> band, double x,
                double baseline) {
            List<Shape> out = new ArrayList<>();
            for (Shape s : shapes) {
                if (s instanceof Shape.Group g && g.kind().equals("pm-axis")) {
                    List<Shape> inner = new ArrayList<>(g.shapes());
                    inner.add(new Shape.Text(new Point(x, baseline), headingText(b, of, band), Timeline.LABEL_SIZE,
                            true, Shape.Anchor.START, AXIS));
                    out.add(new Shape.Group(g.kind(), g.data(), inner));
                } else {
                    out.add(s);
                }
            }
            return out;
        }

        static String headingText(int b, int of, List<Incident> band) {
            String from = band.get(0).date().printed();
            String to = band.get(band.size() - 1).date().printed();
            String dates = from.equals(to) ? from : from + " to " + to;
            String continued = b == 0 ? ", continued below" : b == of - 1 ? ", continued from above"
                    : ", continued from above and below";
            return "Time line " + (b + 1) + " of " + of + ": incidents " + band.get(0).number()
                    + (band.size() > 1 ? " to " + band.get(band.size() - 1).number() : "") + ", " + dates + continued;
        }
    }

    private static Shape axis(Timeline timeline, double y) {
        List<Shape> shapes = new ArrayList<>();
        double end = timeline.width() + AXIS_END - 8;
        double from = -AXIS_START;
        Style axis = Style.stroke(AXIS, 1.6);
        for (Timeline.Break b : timeline.breaks()) {
            shapes.add(new Shape.Polyline(List.of(new Point(from, y), new Point(b.x() - 4, y)), false, axis));
            from = b.x() + 4;
        }
        shapes.add(new Shape.Polyline(List.of(new Point(from, y), new Point(end, y)), false, axis));
        shapes.add(new Shape.Polyline(List.of(new Point(end + 8, y), new Point(end, y - 4), new Point(end, y + 4)), true,
                Style.fill(AXIS)));
        for (Timeline.Break b : timeline.breaks()) {
            shapes.addAll(breakMark(new Point(b.x(), y)));
            shapes.add(new Shape.Text(new Point(b.x(), y - 10), Timeline.duration(b.days()), Timeline.LABEL_SIZE, false,
                    Shape.Anchor.MIDDLE, AXIS));
        }
        return new Shape.Group("pm-axis", shapes);
    }

    static List<Shape> breakMark(Point at) {
        Style s = Style.stroke(AXIS, 1.2);
        return List.of(
                new Shape.Polyline(List.of(new Point(at.x() - 6, at.y() + 6), new Point(at.x() - 2, at.y() - 6)), false,
                        s),
                new Shape.Polyline(List.of(new Point(at.x() + 2, at.y() + 6), new Point(at.x() + 6, at.y() - 6)), false,
                        s));
    }

    private static List<KeyPanel.Row> keyRows(Case c, Drawn d) {
        List<KeyPanel.Row> rows = new ArrayList<>();
        rows.add(new KeyPanel.Row(mid -> List.of(new Shape.Rect(mid.x() - 18, mid.y() - 10, 36, 20, 3,
                Style.stroke(Style.BLACK, 1).withFill("#ffffff")), new Shape.Text(new Point(mid.x() - 13, mid.y() + 4.5),
                        "3", Marks.NUMBER_SIZE, true, Shape.Anchor.START, Style.BLACK)),
                "Incident: its number (as on the peer map and in the appendix), date, time, what, place", 22));
        c.people().stream().filter(p -> p.focus() && involved(p, c)).findFirst()
                .ifPresent(p -> rows.add(KeyPanel.person(new KeyPanel.PersonSample(p.kind(), true))));
        for (PersonKind kind : PersonKind.values()) {
            if (c.people().stream().anyMatch(p -> p.kind() == kind && !p.focus() && involved(p, c))) {
                rows.add(kind == PersonKind.YOUNG_PERSON
                        ? new KeyPanel.Row(mid -> PersonDrawer.shape(kind, false, mid, 34, 18), "Young person", 20)
                        : KeyPanel.person(new KeyPanel.PersonSample(kind, false)));
            }
        }
        rows.add(new KeyPanel.Row(mid -> List.of(new Shape.Text(new Point(mid.x(), mid.y() - 1), "AB, 15",
                KeyPanel.TEXT_SIZE, true, Shape.Anchor.MIDDLE, Style.BLACK), new Shape.Text(new Point(mid.x(),
                        mid.y() + 9), "1, 3", KeyPanel.TEXT_SIZE, false, Shape.Anchor.MIDDLE, Style.BLACK)),
                "In a person: code and age, then the numbers of their incidents", 22));
        rows.add(new KeyPanel.Row(mid -> List.of(new Shape.Polyline(List.of(new Point(mid.x() - 20, mid.y()),
                new Point(mid.x() + 20, mid.y())), false, Style.stroke(LINK, 1))),
                "Was involved in the incident", 12));
        if (d.places()) {
            rows.add(new KeyPanel.Row(mid -> PlaceDrawer.shape(mid, 34, 20), d.placesTwice()
                    ? "Place where an incident happened (beside each time line it is on)"
                    : "Place where an incident happened", 22));
            rows.add(new KeyPanel.Row(mid -> List.of(new Shape.Polyline(List.of(new Point(mid.x() - 20, mid.y()),
                    new Point(mid.x() + 20, mid.y())), false, Style.stroke(PLACE_LINK, 1).withDash(4, 3))),
                    "Where it happened", 12));
        }
        boolean two = d.bands() > 1;
        rows.add(new KeyPanel.Row(mid -> {
            List<Shape> s = new ArrayList<>();
            for (double dy : two ? new double[] {-5, 5} : new double[] {0}) {
                double y = mid.y() + dy;
                s.add(new Shape.Polyline(List.of(new Point(mid.x() - 20, y), new Point(mid.x() + 14, y)), false,
                        Style.stroke(AXIS, 1.6)));
                s.add(new Shape.Polyline(List.of(new Point(mid.x() + 20, y), new Point(mid.x() + 14, y - 3),
                        new Point(mid.x() + 14, y + 3)), true, Style.fill(AXIS)));
            }
            return s;
        }, d.strips() ? "Time, from left to right, continued on the time line below; each line has its own"
                + " people (someone at incidents on two lines is drawn on both)"
                : two ? "Time: along the upper line, then the lower one; people in between"
                : "Time, from left to right", 16));
        if (c.incidents().stream().anyMatch(i -> i.how().marked())
                || c.people().stream().anyMatch(p -> p.practice().how().marked() && involved(p, c))) {
            rows.add(new KeyPanel.Row(mid -> KnownMark.at(mid), KnownMark.WORDS, 16));
        }
        if (c.doubted() > 0) {
            rows.add(KnownMark.doubtedRow(c.doubted()));
        }
        if (d.breaks()) {
            rows.add(new KeyPanel.Row(mid -> {
                List<Shape> s = new ArrayList<>(List.of(new Shape.Polyline(List.of(new Point(mid.x() - 20, mid.y()),
                        new Point(mid.x() - 4, mid.y())), false, Style.stroke(AXIS, 1.6)),
                        new Shape.Polyline(List.of(new Point(mid.x() + 4, mid.y()), new Point(mid.x() + 20,
                                mid.y())), false, Style.stroke(AXIS, 1.6))));
                s.addAll(breakMark(mid));
                return s;
            }, "A long gap in time, shortened (its length is written above)", 16));
        }
        return rows;
    }

    private static boolean involved(Person p, Case c) {
        return c.incidents().stream().anyMatch(i -> i.involved().contains(p.id()));
    }

    private static Page page(Case c, Printed printed, Paper paper, Drawn d, List<KeyPanel.Row> key, double fit,
            List<String> warnings) {
        KeyPanel.Panel probe = KeyPanel.draw(0, 0, key);
        double pageWidth = paper.width();
        double pageHeight = paper.height();
        double scale = fit;
        if (d != null && scale < MIN_SCALE) {
            Size grown = grown(paper, d, MIN_SCALE);
            scale = scaleOn(grown, d);
            pageWidth = grown.width();
            pageHeight = grown.height();
        }
        pageHeight = Math.max(pageHeight, TitleBlock.CONTENT_TOP + probe.height() + TitleBlock.BOTTOM);
        double areaWidth = pageWidth - 2 * TitleBlock.MARGIN - (key.isEmpty() ? 0 : KeyPanel.WIDTH + 12);
        double areaHeight = pageHeight - TitleBlock.CONTENT_TOP - TitleBlock.BOTTOM;
        List<Shape> page = new ArrayList<>(TitleBlock.draw(pageWidth, pageHeight, printed.text(c.title()),
                "Incident map" + TitleBlock.SEPARATOR + TitleBlock.details(c), c.marking(),
                printed.containsNames()));
        if (d == null) {
            page.add(new Shape.Group("pm-none", List.of(new Shape.Text(new Point(TitleBlock.MARGIN,
                    TitleBlock.CONTENT_TOP + 30), "No incidents are recorded for this case.", 11, false,
                    Shape.Anchor.START, Style.BLACK))));
        } else {
            double left = TitleBlock.MARGIN + (areaWidth - d.width() * scale) / 2;
            double top = TitleBlock.CONTENT_TOP + (areaHeight - d.height() * scale) / 2;
            page.addAll(new Transform(scale, left - d.minX() * scale, top - d.minY() * scale).apply(d.shapes()));
            page.addAll(KeyPanel.draw(pageWidth - TitleBlock.MARGIN - KeyPanel.WIDTH, TitleBlock.CONTENT_TOP, key)
                    .shapes());
        }
        return new Page(new Scene(pageWidth, pageHeight, page), warnings);
    }
}
