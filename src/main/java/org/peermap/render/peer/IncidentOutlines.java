package org.peermap.render.peer;

import java.awt.geom.Area;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peermap.layout.Deadline;
import org.peermap.model.Incident;
import org.peermap.render.Dates;
import org.peermap.render.Fonts;
import org.peermap.render.geometry.Box;
import org.peermap.render.geometry.Hulls;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * The incident outlines of a peer map, kept only under the hard rules of
 * {@code ../shared/design/legibility.md}: a rounded outline around the people involved in an incident
 * holds no one else, cuts no one, never runs alongside another outline (where two would read as one
 * line), and carries a small numbered tab on its own edge that touches no other outline and covers no
 * person, tab or line. An incident whose outline cannot meet the rules is left out and said so in the
 * key; the people's badges and the incident list still carry it.
 */
public final class IncidentOutlines {
    /** The padding of the first ring around a person; rings of incidents sharing people step out by STEP. */
    static final String OUTLINING = "placing the incidents' outlines on a peer map";
    static final double PADDING = 9;
    static final double STEP = 8;
    static final int LEVELS = 4;
    static final double TAB_TEXT = 10;
    static final double TAB_HEIGHT = 16;
    static final String STROKE = "#404040";
    static final double STROKE_WIDTH = 1.0;
    /** Okabe-Ito colours, which colour-blind readers can tell apart; only faint tints, never relied on. */
    static final List<String> TINTS = List.of("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7",
            "#F0E442");
    /**
     * Outline dash patterns: long dashes with short gaps, a family that no relationship line (dashes 6/4,
     * dots) and no whereabouts line (short dashes, dots, thick and thin grey) uses.
     */
    static final List<double[]> DASHES = List.of(new double[0], new double[] {12, 3}, new double[] {12, 3, 2, 3},
            new double[] {12, 3, 2, 3, 2, 3});
    static final double FILL_OPACITY = 0.10;

    /** One drawn outline: its incident's number and index, the members (node numbers) and its edge. */
    public record Outline(int index, int number, List<Integer> members, List<Point> hull, int pattern, Box tab,
            boolean dated) {}

    /** The outlines drawn and the numbers of the incidents left without one. */
    public record Plan(List<Outline> outlines, List<Integer> leftOut) {}

    private record Candidate(int index, int number, List<Point> hull, Area area) {}

    private IncidentOutlines() {}

    /**
     * The room the layout keeps around a person in {@code incidents} incidents, beyond its usual spacing:
     * one step for each outline ring after the first, so that nested outlines fit between neighbours.
     */
    public static double room(int incidents) {
        return incidents <= 1 ? 0 : STEP * Math.min(incidents - 1, LEVELS - 1);
    }

    /**
     * Plans the outlines.
     *
     * @param members for each incident, the node numbers of the people involved
     * @param boxes every node's box (people and places) in map coordinates, by node number
     * @param lines the relationship and whereabouts lines, which tabs must not cover
     * @param deadline when the case must be done by, asked before each outline and each placing of tabs
     */
    public static Plan plan(List<Incident> incidents, List<List<Integer>> members, List<Box> boxes,
            List<List<Point>> lines, Deadline deadline) {
        List<Candidate> accepted = new ArrayList<>();
        List<Integer> level = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            Set<Integer> these = new HashSet<>(members.get(i));
            if (these.isEmpty()) {
                continue;
            }
            Set<Integer> taken = new HashSet<>();
            for (int k = 0; k < accepted.size(); k++) {
                if (members.get(accepted.get(k).index()).stream().anyMatch(these::contains)) {
                    taken.add(level.get(k));
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int l = 0; l < LEVELS; l++) {
                if (!taken.contains(l)) {
                    order.add(l);
                }
            }
            for (int l = 0; l < LEVELS; l++) {
                if (taken.contains(l)) {
                    order.add(l);
                }
            }
            for (int l : order) {
                deadline.check(OUTLINING);
                Candidate c = shape(i, incidents.get(i).number(), members.get(i), boxes, PADDING + STEP * l);
                if (c != null && keepsRules(c, these, boxes, accepted)) {
                    accepted.add(c);
                    level.add(l);
                    break;
                }
            }
        }
        // Tabs last, when every outline is known; an outline whose tab finds no place is left out, which
        // frees room for the others, so the placing starts again without it.
        while (true) {
            List<Box> tabs = new ArrayList<>();
            List<Boolean> dated = new ArrayList<>();
            int failed = -1;
            for (int k = 0; k < accepted.size() && failed < 0; k++) {
                deadline.check(OUTLINING);
                Incident incident = incidents.get(accepted.get(k).index());
                Box tab = placeTab(accepted.get(k), accepted, boxes, tabs, lines, tabText(incident, true));
                boolean withDate = tab != null;
                if (tab == null) {
                    tab = placeTab(accepted.get(k), accepted, boxes, tabs, lines, tabText(incident, false));
                }
                if (tab == null) {
                    failed = k;
                } else {
                    tabs.add(tab);
                    dated.add(withDate);
                }
            }
            if (failed >= 0) {
                accepted.remove(failed);
                continue;
            }
            List<Integer> patterns = patterns(accepted);
            List<Outline> outlines = new ArrayList<>();
            Set<Integer> drawn = new HashSet<>();
            for (int k = 0; k < accepted.size(); k++) {
                Candidate c = accepted.get(k);
                outlines.add(new Outline(c.index(), incidents.get(c.index()).number(), members.get(c.index()),
                        c.hull(), patterns.get(k), tabs.get(k), dated.get(k)));
                drawn.add(c.index());
            }
            List<Integer> left = new ArrayList<>();
            for (int i = 0; i < incidents.size(); i++) {
                if (!drawn.contains(i)) {
                    left.add(incidents.get(i).number());
                }
            }
            return new Plan(outlines, left);
        }
    }

    /** The rounded convex outline when it holds no one else, else one that bends around the others. */
    private static Candidate shape(int index, int number, List<Integer> members, List<Box> boxes,
            double padding) {
        List<Box> memberBoxes = members.stream().distinct().map(boxes::get).toList();
        List<Box> others = new ArrayList<>();
        for (int n = 0; n < boxes.size(); n++) {
            if (!members.contains(n)) {
                others.add(boxes.get(n));
            }
        }
        List<Point> convex = Hulls.paddedHull(memberBoxes, padding, 6);
        Area convexArea = OutlineGeometry.area(convex);
        if (others.stream().noneMatch(o -> OutlineGeometry.overlaps(convexArea, o.grow(3)))) {
            return new Candidate(index, number, convex, convexArea);
        }
        List<Point> bent = Bubbles.outline(memberBoxes, others, padding);
        return bent.size() < 3 ? null : new Candidate(index, number, bent, OutlineGeometry.area(bent));
    }

    /** No one else inside, no one cut by the edge, and no long run beside an outline already kept. */
    private static boolean keepsRules(Candidate c, Set<Integer> members, List<Box> boxes, List<Candidate> kept) {
        for (int n = 0; n < boxes.size(); n++) {
            Box b = boxes.get(n);
            if (members.contains(n) ? !OutlineGeometry.holds(c.area(), b.grow(2))
                    : OutlineGeometry.overlaps(c.area(), b.grow(2))) {
                return false;
            }
        }
        for (Candidate k : kept) {
            if (OutlineGeometry.parallelRuns(c.hull(), k.hull()) > 0 || OutlineGeometry.parallelRuns(k.hull(), c.hull()) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Dash patterns so that outlines that overlap differ; the pattern least used nearby when all are. */
    private static List<Integer> patterns(List<Candidate> outlines) {
        List<Integer> patterns = new ArrayList<>();
        for (int k = 0; k < outlines.size(); k++) {
            int[] used = new int[DASHES.size()];
            for (int j = 0; j < k; j++) {
                Area a = new Area(outlines.get(k).area());
                a.intersect(outlines.get(j).area());
                if (!a.isEmpty()) {
                    used[patterns.get(j)]++;
                }
            }
            int best = 0;
            for (int p = 1; p < used.length; p++) {
                if (used[p] < used[best]) {
                    best = p;
                }
            }
            patterns.add(best);
        }
        return patterns;
    }

    /** The tab's words: the number and a short date, or the number alone where there is no room. */
    static String tabText(Incident incident, boolean withDate) {
        return withDate ? "  " + Dates.shortDate(incident.date()) : "";
    }

    static double tabWidth(int number, String rest) {
        return Fonts.width(Integer.toString(number), TAB_TEXT, true) + Fonts.width(rest, TAB_TEXT, false) + 10;
    }

    /**
     * A place for the tab with its centre on the outline's edge (or just outside it, at most 12 pt away):
     * the topmost such place whose tab covers no person, tab or line and touches no other outline.
     */
    private static Box placeTab(Candidate own, List<Candidate> all, List<Box> boxes, List<Box> tabs,
            List<List<Point>> lines, String rest) {
        double width = tabWidth(own.number(), rest);
        List<Point> edge = OutlineGeometry.walk(own.hull(), 3);
        List<Point[]> spots = new ArrayList<>();
        for (Point p : edge) {
            Point normal = normalAt(own, p);
            // at most 12 pt from the edge on the page, at the largest map scale (1.25)
            // (outside the edge, or inside it where nested rings leave no room outside)
            for (double d : new double[] {0, 4, -4, 8, -8}) {
                spots.add(new Point[] {p.plus(normal.times(d)), new Point(d, 0)});
            }
        }
        spots.sort(Comparator.comparingDouble((Point[] s) -> Math.abs(s[1].x())).thenComparingDouble(s -> -s[1].x())
                .thenComparingDouble(s -> s[0].y())
                .thenComparingDouble(s -> s[0].x()));
        for (Point[] spot : spots) {
            Box tab = Box.around(spot[0], width, TAB_HEIGHT);
            if (clear(tab, own, all, boxes, tabs, lines)) {
                return tab;
            }
        }
        return null;
    }


    private static boolean clear(Box tab, Candidate own, List<Candidate> all, List<Box> boxes, List<Box> tabs,
            List<List<Point>> lines) {
        Box margin = tab.grow(1.5);
        for (Box b : boxes) {
            if (overlaps(b, margin)) {
                return false;
            }
        }
        for (Box t : tabs) {
            if (overlaps(t, margin)) {
                return false;
            }
        }
        for (Candidate other : all) {
            if (other != own && OutlineGeometry.edgeCuts(other.area(), margin)) {
                return false;
            }
        }
        for (List<Point> line : lines) {
            if (crosses(line, margin)) {
                return false;
            }
        }
        return true;
    }

    /** The unit normal pointing out of the outline near {@code p}. */
    private static Point normalAt(Candidate own, Point p) {
        List<Point> hull = own.hull();
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < hull.size(); i++) {
            double d = p.distanceToSegment(hull.get(i), hull.get((i + 1) % hull.size()));
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        Point a = hull.get(best);
        Point b = hull.get((best + 1) % hull.size());
        Point d = b.minus(a);
        if (d.length() == 0) {
            return new Point(0, -1);
        }
        Point n = new Point(d.y(), -d.x()).normalised();
        Point probe = p.plus(n.times(2));
        return own.area().contains(probe.x(), probe.y()) ? n.times(-1) : n;
    }

    /** The shapes of one outline: its edge with a faint fill. */
    static Shape.Polyline edge(Outline o) {
        Style style = Style.stroke(STROKE, STROKE_WIDTH).withDash(DASHES.get(o.pattern()))
                .withFill(TINTS.get((o.number() - 1) % TINTS.size()), FILL_OPACITY);
        return new Shape.Polyline(o.hull(), true, style);
    }

    /** The tab: a white box on the outline's edge, in the outline's own dash, with the number in bold. */
    static List<Shape> tab(Outline o, Incident incident) {
        Box t = o.tab();
        String number = Integer.toString(o.number());
        String rest = tabText(incident, o.dated());
        double textWidth = Fonts.width(number, TAB_TEXT, true) + Fonts.width(rest, TAB_TEXT, false);
        double x = t.centre().x() - textWidth / 2;
        double baseline = t.y() + t.height() - 4.5;
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape.Rect(t.x(), t.y(), t.width(), t.height(), 3,
                Style.stroke(STROKE, 1.2).withFill("#ffffff")));
        shapes.add(new Shape.Text(new Point(x, baseline), number, TAB_TEXT, true, Shape.Anchor.START, Style.BLACK));
        if (!rest.isEmpty()) {
            shapes.add(new Shape.Text(new Point(x + Fonts.width(number, TAB_TEXT, true), baseline), rest, TAB_TEXT,
                    false, Shape.Anchor.START, Style.BLACK));
        }
        return shapes;
    }

    /** The default label: date, what, and the place's printed form; or the incident's own label. */
    public static String label(Incident incident, org.peermap.anonymise.Printed printed) {
        if (incident.label().isPresent()) {
            return printed.text(incident.label().get());
        }
        return printed.text(incident.what()) + incident.place().map(p -> " - " + printed.place(p)).orElse("");
    }

    /** True when the polyline passes through the box (sampled every 2 pt). */
    static boolean crosses(List<Point> line, Box box) {
        for (int i = 1; i < line.size(); i++) {
            Point a = line.get(i - 1);
            Point b = line.get(i);
            if (Math.max(a.x(), b.x()) < box.left() || Math.min(a.x(), b.x()) > box.right()
                    || Math.max(a.y(), b.y()) < box.top() || Math.min(a.y(), b.y()) > box.bottom()) {
                continue;
            }
            int steps = Math.max(1, (int) Math.ceil(a.distance(b) / 2));
            for (int k = 0; k <= steps; k++) {
                if (box.contains(a.lerp(b, (double) k / steps))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean overlaps(Box a, Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }
}
