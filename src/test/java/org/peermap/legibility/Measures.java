package org.peermap.legibility;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The legibility measures of one map (../shared/design/legibility.md), read from its SVG structure. A null
 * measure was not taken: either it does not apply to this kind of map, or the SVG lacks the classes it reads
 * (then it is "n/a", which never meets its target). Counts are of pairs as described on each field.
 *
 * @param kind peer map, incident map, or unknown (no class that tells)
 * @param widthMm page width in mm (viewBox width in points), NaN without a viewBox
 * @param heightMm page height in mm, NaN without a viewBox
 * @param paper the root's data-paper, or null
 * @param strays (outline, person) pairs: not a member, outer-shape centre inside the outline polygon
 * @param cut (outline, person) pairs, any person: the outline's boundary meets the person's outer shape
 * @param linesThroughPeople (pm-line, person) pairs: not an end, a polyline meets the outer shape shrunk by 1 pt
 * @param tabDistance the largest distance from a tab rect's centre to its own outline's boundary (0 if no tab)
 * @param tabs the number of tabs
 * @param tabsUnmatched tabs with no outline of their incident, plus outlines with no tab
 * @param tabClashes (tab, thing) pairs: another incident's outline boundary touches the tab, a pm-line passes
 *     through it, it overlaps a person's outer shape, or it overlaps another tab (each tab pair once)
 * @param parallelRuns stretches over 30 pt where an outline's boundary runs within 6 pt of another's
 * @param keyLookAlikes pairs of key rows whose samples look the same in greyscale ({@link Greyscale})
 * @param smallestText the smallest font size at print size, in points
 * @param involvementThroughPeople (pm-involvement, person) pairs: not its person, the line meets the outer
 *     shape shrunk by 1 pt
 * @param badgesShown people in an incident whose badge shows exactly their incidents
 * @param badgesTotal people in an incident (from the incident list)
 * @param outlinesDrawn incidents with an outline
 * @param incidentsListed incidents in the list
 */
record Measures(Kind kind, double widthMm, double heightMm, String paper, Integer strays, Integer cut,
        Integer linesThroughPeople, Double tabDistance, Integer tabs, Integer tabsUnmatched, Integer tabClashes,
        Integer parallelRuns, Integer keyLookAlikes, Double smallestText, Integer involvementThroughPeople,
        Integer badgesShown, Integer badgesTotal, Integer outlinesDrawn, Integer incidentsListed) {

    /** The kind of page; on a people-by-incidents grid only the measures of every page apply. */
    enum Kind { PEER, INCIDENT, GRID, UNKNOWN }

    static final double A4_W = 841.89, A4_H = 595.28, A3_W = 1190.55, A3_H = 841.89;
    static final double SHRINK = 1, NEAR = 6, RUN = 30, STEP = 1, TAB_DISTANCE = 12, SMALLEST_TEXT = 8;
    private static final double MM_PER_PT = 25.4 / 72;

    /** A person's outer shape: the first shape of its pm-person group. */
    private record Person(int n, Geometry.Poly outer, Geometry.Poly shrunk, double cx, double cy) {}

    private record Outline(int incident, Set<Integer> members, Geometry.Poly poly) {}

    private record Tab(int incident, Geometry.Poly rect, double cx, double cy) {}

    private record Line(Set<Integer> ends, List<Geometry.Poly> lines) {}

    /**
     * The measures of a drawing. Its kind comes from its classes; when none tells, from {@code otherwise} (for
     * example the file name), which may be {@link Kind#UNKNOWN}.
     */
    static Measures of(SvgShapes.Drawing d, Kind otherwise) {
        Kind kind = d.has("pm-grid") ? Kind.GRID : d.has("pm-event") || d.has("pm-involvement") || d.has("pm-axis") || d.has("pm-none") ? Kind.INCIDENT
                : d.has("pm-person") || d.has("pm-line") || d.has("pm-outline") || d.has("pm-tab")
                        || d.has("pm-badge") || d.has("pm-incidents") || d.has("pm-narrative") ? Kind.PEER
                        : otherwise;
        boolean peer = kind == Kind.PEER && d.has("pm-person");
        List<Person> people = people(d);
        List<Outline> outlines = outlines(d);
        List<Tab> tabs = tabs(d);
        List<Line> lines = lines(d, "pm-line");

        Integer strays = null, cut = null, through = null, unmatched = null, clashes = null, parallel = null;
        Double tabDistance = null;
        if (peer) {
            strays = strays(outlines, people);
            cut = cut(outlines, people);
            through = through(lines, people);
            unmatched = 0;
            double worst = 0;
            for (Tab t : tabs) {
                Outline own = outlines.stream().filter(o -> o.incident() == t.incident()).findFirst().orElse(null);
                if (own == null) {
                    unmatched++;
                } else {
                    worst = Math.max(worst, Geometry.distance(own.poly(), t.cx(), t.cy()));
                }
            }
            for (Outline o : outlines) {
                if (tabs.stream().noneMatch(t -> t.incident() == o.incident())) {
                    unmatched++;
                }
            }
            tabDistance = worst;
            clashes = clashes(tabs, outlines, lines, people);
            parallel = parallel(outlines);
        }
        Integer involvement = null;
        // an incident map that says it has no incidents (pm-none) has no lines to measure: 0
        if (kind == Kind.INCIDENT && (d.has("pm-person") || d.has("pm-none"))) {
            involvement = through(lines(d, "pm-involvement"), people);
        }

        Integer shown = null, total = null, drawn = null, listed = null;
        if (kind == Kind.PEER && d.has("pm-incidents")) {
            Map<Integer, Set<Integer>> in = new TreeMap<>();
            Set<Integer> incidents = new TreeSet<>();
            for (SvgShapes.Group row : d.all("pm-incident")) {
                incidents.add(row.integer("incident"));
                for (int n : row.ints("members")) {
                    in.computeIfAbsent(n, x -> new TreeSet<>()).add(row.integer("incident"));
                }
            }
            Map<Integer, Set<Integer>> badges = new HashMap<>();
            Map<Integer, Integer> later = new HashMap<>();
            for (SvgShapes.Group b : d.all("pm-badge")) {
                badges.computeIfAbsent(b.integer("n"), x -> new TreeSet<>()).addAll(b.ints("incidents"));
                later.merge(b.integer("n"), Math.max(0, b.integer("more")), Integer::sum);
            }
            // a list cut to its page ("and N more") and badges ending in a "+N" box show the first incidents:
            // a badge is then right when it shows exactly the listed incidents up to its last number, and
            // counts as many later ones as the person is in
            boolean listCut = d.has("pm-incidents-more");
            shown = (int) in.entrySet().stream().filter(e -> {
                Set<Integer> badge = badges.get(e.getKey());
                if (badge == null) {
                    return false;
                }
                int more = later.getOrDefault(e.getKey(), 0);
                if (more == 0 && !listCut) {
                    return e.getValue().equals(badge);
                }
                int last = badge.stream().mapToInt(Integer::intValue).max().orElse(0);
                Set<Integer> upTo = new TreeSet<>(e.getValue());
                upTo.removeIf(k -> more > 0 && k > last);
                Set<Integer> listedShown = new TreeSet<>(badge);
                listedShown.retainAll(incidents);
                return upTo.equals(listedShown) && (more == 0 || e.getValue().size() - upTo.size() <= more);
            }).count();
            total = in.size();
            drawn = (int) outlines.stream().map(Outline::incident).distinct().count();
            listed = incidents.size();
        } else if (peer && !d.has("pm-outline") && !d.has("pm-tab") && !d.has("pm-badge")) {
            // scene groups are present and nothing about incidents is drawn: a case with no incidents
            shown = total = drawn = listed = 0;
        }

        double w = d.width(), h = d.height();
        return new Measures(kind, w * MM_PER_PT, h * MM_PER_PT, d.paper(), strays, cut, through, tabDistance,
                peer ? tabs.size() : null, unmatched, clashes, parallel, lookAlikes(d), smallestText(d), involvement, shown, total, drawn,
                listed);
    }

    private static List<Person> people(SvgShapes.Drawing d) {
        List<Person> out = new ArrayList<>();
        for (SvgShapes.Group g : d.all("pm-person")) {
            SvgShapes.Item first = g.first("ellipse", "circle", "rect", "polygon", "path");
            if (first == null) {
                continue;
            }
            Geometry.Poly outer = Geometry.flatten(first.shape(), 0.01, true).get(0);
            var shrunkShape = first.shape(SHRINK);
            Geometry.Poly shrunk = shrunkShape == null ? null : Geometry.flatten(shrunkShape, 0.01, true).get(0);
            Rectangle2D b = first.shape().getBounds2D();
            out.add(new Person(g.integer("n"), outer, shrunk, b.getCenterX(), b.getCenterY()));
        }
        return out;
    }

    private static List<Outline> outlines(SvgShapes.Drawing d) {
        List<Outline> out = new ArrayList<>();
        for (SvgShapes.Group g : d.all("pm-outline")) {
            SvgShapes.Item p = g.first("polygon", "path");
            if (p != null) {
                out.add(new Outline(g.integer("incident"), new HashSet<>(g.ints("members")),
                        Geometry.flatten(p.shape(), 0.02, true).get(0)));
            }
        }
        out.sort(Comparator.comparingInt(Outline::incident));
        return out;
    }

    private static List<Tab> tabs(SvgShapes.Drawing d) {
        List<Tab> out = new ArrayList<>();
        for (SvgShapes.Group g : d.all("pm-tab")) {
            SvgShapes.Item r = g.first("rect");
            if (r != null) {
                Rectangle2D b = r.shape().getBounds2D();
                out.add(new Tab(g.integer("incident"), r.polys().get(0), b.getCenterX(), b.getCenterY()));
            }
        }
        return out;
    }

    /** The line bodies of pm-line or pm-involvement groups: polylines and paths (arrowhead polygons left out). */
    private static List<Line> lines(SvgShapes.Drawing d, String cls) {
        List<Line> out = new ArrayList<>();
        for (SvgShapes.Group g : d.all(cls)) {
            List<Integer> ends = g.ints("ends");
            Set<Integer> people = new HashSet<>();
            if (cls.equals("pm-involvement")) {
                if (ends.size() == 2) {
                    people.add(ends.get(1)); // data-ends="K N": only N is a person
                }
            } else {
                people.addAll(ends); // "A B" or "A pP": whole numbers are people
            }
            List<Geometry.Poly> polys = new ArrayList<>();
            for (SvgShapes.Item i : g.shapes()) {
                if (i.tag().equals("polyline") || i.tag().equals("path") || i.tag().equals("line")) {
                    polys.addAll(i.polys());
                }
            }
            out.add(new Line(people, polys));
        }
        return out;
    }

    private static int strays(List<Outline> outlines, List<Person> people) {
        int n = 0;
        for (Outline o : outlines) {
            for (Person p : people) {
                if (!o.members().contains(p.n()) && Geometry.inside(o.poly(), p.cx(), p.cy())) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int cut(List<Outline> outlines, List<Person> people) {
        int n = 0;
        for (Outline o : outlines) {
            for (Person p : people) {
                if (Geometry.meets(o.poly(), p.outer())) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int through(List<Line> lines, List<Person> people) {
        int n = 0;
        for (Line l : lines) {
            for (Person p : people) {
                if (!l.ends().contains(p.n()) && p.shrunk() != null && Geometry.meets(l.lines(), p.shrunk())) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int clashes(List<Tab> tabs, List<Outline> outlines, List<Line> lines, List<Person> people) {
        int n = 0;
        for (int i = 0; i < tabs.size(); i++) {
            Tab t = tabs.get(i);
            for (Outline o : outlines) {
                if (o.incident() != t.incident() && Geometry.meets(o.poly(), t.rect())) {
                    n++;
                }
            }
            for (Line l : lines) {
                if (Geometry.meets(l.lines(), t.rect())) {
                    n++;
                }
            }
            for (Person p : people) {
                if (Geometry.overlap(t.rect(), p.outer())) {
                    n++;
                }
            }
            for (int j = i + 1; j < tabs.size(); j++) {
                if (Geometry.overlap(t.rect(), tabs.get(j).rect())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** For each pair of outlines, the first's boundary walked in 1 pt steps against the second's boundary. */
    private static int parallel(List<Outline> outlines) {
        int n = 0;
        for (int i = 0; i < outlines.size(); i++) {
            Geometry.Poly a = outlines.get(i).poly();
            double[] pts = Geometry.walk(a, STEP);
            int count = pts.length / 2;
            double step = a.length() / count;
            for (int j = i + 1; j < outlines.size(); j++) {
                Geometry.Poly b = outlines.get(j).poly();
                boolean[] near = new boolean[count];
                for (int k = 0; k < count; k++) {
                    near[k] = Geometry.distance(b, pts[2 * k], pts[2 * k + 1]) <= NEAR;
                }
                for (int run : runs(near)) {
                    if (run * step > RUN) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** The number of points in each maximal cyclic run of true values. */
    static List<Integer> runs(boolean[] near) {
        List<Integer> out = new ArrayList<>();
        int start = -1;
        for (int k = 0; k < near.length; k++) {
            if (!near[k]) {
                start = k;
                break;
            }
        }
        if (start < 0) {
            out.add(near.length); // the whole boundary
            return out;
        }
        int run = 0;
        for (int s = 1; s <= near.length; s++) {
            if (near[(start + s) % near.length]) {
                run++;
            } else if (run > 0) {
                out.add(run);
                run = 0;
            }
        }
        return out;
    }

    /** Pairs of rows of the same key whose samples look alike in greyscale; null when there is no pm-key. */
    private static Integer lookAlikes(SvgShapes.Drawing d) {
        if (!d.has("pm-key")) {
            // a page that says it has nothing to draw (pm-none) has no symbols to confuse
            return d.has("pm-none") ? 0 : null;
        }
        int n = 0;
        for (SvgShapes.Group key : d.all("pm-key")) {
            List<List<SvgShapes.Item>> samples = new ArrayList<>();
            double w = 0, h = 0;
            for (SvgShapes.Group row : key.all("pm-key-row")) {
                List<SvgShapes.Group> s = row.all("pm-sample");
                if (s.isEmpty()) {
                    continue;
                }
                List<SvgShapes.Item> items = new ArrayList<>();
                s.forEach(g -> items.addAll(g.shapes()));
                Rectangle2D b = Greyscale.bounds(items);
                if (b != null) {
                    samples.add(items);
                    w = Math.max(w, b.getWidth());
                    h = Math.max(h, b.getHeight());
                }
            }
            List<Greyscale.Image> images = new ArrayList<>();
            for (List<SvgShapes.Item> s : samples) {
                images.add(Greyscale.draw(s, w + 2, h + 2));
            }
            for (int i = 0; i < images.size(); i++) {
                for (int j = i + 1; j < images.size(); j++) {
                    if (Greyscale.lookAlike(images.get(i), images.get(j))) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** The smallest font size of a text with characters, scaled to the paper; null without a viewBox or text. */
    private static Double smallestText(SvgShapes.Drawing d) {
        if (Double.isNaN(d.width()) || d.width() <= 0 || d.height() <= 0) {
            return null;
        }
        boolean a3 = "a3".equals(d.paper());
        double pw = a3 ? A3_W : A4_W, ph = a3 ? A3_H : A4_H;
        double scale = Math.min(1, Math.min(pw / d.width(), ph / d.height()));
        Double min = null;
        for (SvgShapes.Text t : d.texts()) {
            if (!t.content().isBlank()) {
                double s = t.fontSize() * scale;
                min = min == null ? s : Math.min(min, s);
            }
        }
        return min;
    }
}
