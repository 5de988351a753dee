package org.peermap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peermap.anonymise.Printed;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.Person;
import org.peermap.model.PersonKind;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;
import org.peermap.render.scene.Transform;

/**
 * The incident map: a visual chronology. Incidents are marks along a time axis in date order (date and
 * time, what, place), the people involved are below it, each joined to their incidents, and the places
 * above it, joined to what happened there. A person sits near the middle of their incidents, and the
 * people in the most incidents sit closest to the axis, so someone present at many is visibly central.
 */
public final class IncidentMapRenderer {
    static final double BOX_TEXT = 9.5;
    static final double BOX_MAX_WIDTH = 132;
    static final double BOX_MIN_WIDTH = 78;
    static final double MARK_GAP = 16;
    static final double ROW_GAP = 14;
    static final double FIRST_ROW = 64;
    static final double ROW_STEP = 58;
    /** How far below the incident marks the lines from further rows turn towards their incident. */
    static final double CHANNEL = 18;
    static final String LINK = "#222222";
    static final String PLACE_LINK = "#555555";
    private static final double MIN_SCALE = 0.84;
    private static final double MAX_SCALE = 1.2;

    private IncidentMapRenderer() {}

    public static Page render(Case c, Printed printed) {
        List<Incident> sorted = Appendix.inDateOrder(c.incidents());
        List<Shape> map = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<KeyPanel.Row> key = new ArrayList<>();
        double width = 0;
        double top = 0;
        double bottom = 0;
        if (!sorted.isEmpty()) {
            Marks marks = Marks.of(sorted, printed);
            Timeline timeline = new Timeline(sorted, marks.widths(), MARK_GAP);
            Map<Incident, Timeline.Slot> slots = new LinkedHashMap<>();
            timeline.slots().forEach(s -> slots.put(s.incident(), s));
            double half = marks.maxHeight() / 2;

            double span = Math.max(timeline.width(), 3 * BOX_MAX_WIDTH);
            List<Placed> people = placePeople(c, printed, slots, half, span);
            List<Placed> places = placePlaces(c, printed, slots, half, span);
            map.addAll(axis(timeline, half));
            for (Placed place : places) {
                for (Incident i : place.incidents()) {
                    Timeline.Slot slot = slots.get(i);
                    double x = clamp(place.x(), slot.x() + 8, slot.x() + slot.width() - 8);
                    map.add(new Shape.Polyline(List.of(new Point(place.x(), place.y() + PlaceDrawer.HEIGHT / 2),
                            new Point(x, -marks.height(i) / 2)), false, Style.stroke(PLACE_LINK, 1).withDash(4, 3)));
                }
            }
            for (Placed person : people) {
                for (Incident i : person.incidents()) {
                    Timeline.Slot slot = slots.get(i);
                    double x = clamp(person.x(), slot.x() + 8, slot.x() + slot.width() - 8);
                    Point from = new Point(person.x(), person.y() - person.height() / 2);
                    Point to = new Point(x, marks.height(i) / 2);
                    // from a row further down, first straight up between the people of the rows above
                    List<Point> route = person.row() == 0 ? List.of(from, to)
                            : List.of(from, new Point(person.x(), half + CHANNEL), to);
                    map.add(new Shape.Polyline(route, false, Style.stroke(LINK, 1)));
                }
            }
            for (Timeline.Slot slot : timeline.slots()) {
                map.addAll(marks.draw(slot));
            }
            places.forEach(p -> map.addAll(p.shapes()));
            people.forEach(p -> map.addAll(p.shapes()));
            width = timeline.width();
            for (Placed p : people) {
                width = Math.max(width, p.x() + p.width() / 2);
                bottom = Math.max(bottom, p.y() + p.height() / 2);
            }
            for (Placed p : places) {
                width = Math.max(width, p.x() + p.width() / 2);
                top = Math.min(top, p.y() - p.height() / 2);
            }
            double left = 0;
            for (Placed p : people) {
                left = Math.min(left, p.x() - p.width() / 2);
            }
            for (Placed p : places) {
                left = Math.min(left, p.x() - p.width() / 2);
            }
            top = Math.min(top, -half - 14);
            bottom = Math.max(bottom, half + 14);
            key.addAll(keyRows(c, people, !places.isEmpty(), !timeline.breaks().isEmpty()));
            return page(c, printed, map, key, left - 8, top - 8, width + 8, bottom + 8, warnings);
        }
        return page(c, printed, List.of(), key, 0, 0, 1, 1, warnings);
    }

    /** A person or place placed on the map, with the incidents it is joined to. */
    record Placed(double x, double y, double width, double height, int row, List<Incident> incidents,
            List<Shape> shapes) {}

    private static List<Placed> placePeople(Case c, Printed printed, Map<Incident, Timeline.Slot> slots,
            double half, double span) {
        List<Candidate> candidates = new ArrayList<>();
        for (Person p : c.people()) {
            List<Incident> theirs = slots.keySet().stream().filter(i -> i.involved().contains(p.id())).toList();
            if (theirs.isEmpty()) {
                continue;
            }
            PersonNode base = PersonNode.of(p, printed);
            String detail = theirs.size() + (theirs.size() == 1 ? " incident" : " incidents");
            double textWidth = Math.max(Fonts.width(base.label(), PersonNode.LABEL_SIZE, true),
                    Fonts.width(detail, PersonNode.DETAIL_SIZE, false));
            double w = Math.max(base.width(), p.kind() == PersonKind.YOUNG_PERSON ? (textWidth + 8) * 1.3
                    : textWidth + 16);
            double h = Math.max(base.height(), p.kind() == PersonKind.YOUNG_PERSON ? 44 : 36);
            PersonNode node = new PersonNode(base.label(), detail, p.kind(), p.focus(), Math.ceil(w), Math.ceil(h));
            candidates.add(new Candidate(node, theirs, centre(theirs, slots), theirs.size()));
        }
        List<Placed> placed = new ArrayList<>();
        for (Packed packed : pack(candidates, span)) {
            double y = half + FIRST_ROW + packed.row() * ROW_STEP;
            Point centre = new Point(packed.x(), y);
            PersonNode n = packed.candidate().node();
            placed.add(new Placed(packed.x(), y, n.width(), n.height(), packed.row(), packed.candidate().incidents(),
                    PersonDrawer.draw(n, centre)));
        }
        return placed;
    }

    private static List<Placed> placePlaces(Case c, Printed printed, Map<Incident, Timeline.Slot> slots,
            double half, double span) {
        List<Candidate> candidates = new ArrayList<>();
        for (org.peermap.model.Place place : c.places()) {
            List<Incident> there = slots.keySet().stream()
                    .filter(i -> i.place().isPresent() && i.place().get().equals(place.id())).toList();
            if (there.isEmpty()) {
                continue;
            }
            String label = printed.place(place.id());
            PersonNode shape = new PersonNode(label, "", PersonKind.ADULT, false, PlaceDrawer.width(label),
                    PlaceDrawer.HEIGHT);
            candidates.add(new Candidate(shape, there, centre(there, slots), there.size()));
        }
        List<Placed> placed = new ArrayList<>();
        for (Packed packed : pack(candidates, span)) {
            double y = -half - FIRST_ROW + 10 - packed.row() * (PlaceDrawer.HEIGHT + ROW_GAP + 8);
            Candidate cand = packed.candidate();
            placed.add(new Placed(packed.x(), y, cand.node().width(), PlaceDrawer.HEIGHT, packed.row(),
                    cand.incidents(),
                    PlaceDrawer.draw(cand.node().label(), new Point(packed.x(), y))));
        }
        return placed;
    }

    private record Candidate(PersonNode node, List<Incident> incidents, double target, int count) {}

    private record Packed(Candidate candidate, int row, double x) {}

    /**
     * Rows nearest the axis first: the candidates with the most incidents are placed first, each at the
     * middle of its incidents, in the first row where it fits beside those already there without going
     * past the ends of the time axis ({@code span} wide), so the map grows downwards, not sideways.
     */
    private static List<Packed> pack(List<Candidate> candidates, double span) {
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingInt(Candidate::count).reversed().thenComparingDouble(Candidate::target));
        List<List<double[]>> rows = new ArrayList<>();
        List<Packed> packed = new ArrayList<>();
        for (Candidate cand : order) {
            double w = cand.node().width();
            for (int r = 0; ; r++) {
                if (r == rows.size()) {
                    rows.add(new ArrayList<>());
                }
                List<double[]> above = new ArrayList<>();
                for (int k = 0; k < r; k++) {
                    above.addAll(rows.get(k));
                }
                double x = fit(rows.get(r), above, cand.target(), w, span);
                if (Double.isNaN(x)) {
                    x = fit(rows.get(r), List.of(), cand.target(), w, span);
                }
                if (!Double.isNaN(x)) {
                    rows.get(r).add(new double[] {x - w / 2 - ROW_GAP / 2, x + w / 2 + ROW_GAP / 2});
                    packed.add(new Packed(cand, r, x));
                    break;
                }
            }
        }
        return packed;
    }

    /**
     * The centre nearest {@code target} where a box of width {@code w} fits between those in a row and,
     * so that its lines need not cross them, not under the middle of anything in the rows {@code above}.
     */
    private static double fit(List<double[]> row, List<double[]> above, double target, double w, double span) {
        double best = Double.NaN;
        double limit = 3 * w;
        double lo = Math.min(w / 2, span / 2);
        double hi = Math.max(span - w / 2, span / 2);
        List<double[]> all = new ArrayList<>(row);
        all.addAll(above);
        for (double candidate : candidates(all, Math.max(lo, Math.min(hi, target)), w)) {
            double l = candidate - w / 2 - ROW_GAP / 2;
            double r = candidate + w / 2 + ROW_GAP / 2;
            boolean inside = candidate >= lo - 0.01 && candidate <= hi + 0.01;
            boolean clear = above.stream().noneMatch(iv -> candidate > iv[0] + 4 && candidate < iv[1] - 4);
            boolean free = inside && clear && row.stream().noneMatch(iv -> l < iv[1] && iv[0] < r);
            if (free && (row.isEmpty() || Math.abs(candidate - target) <= limit)
                    && (Double.isNaN(best) || Math.abs(candidate - target) < Math.abs(best - target))) {
                best = candidate;
            }
        }
        return best;
    }

    private static List<Double> candidates(List<double[]> row, double target, double w) {
        List<Double> xs = new ArrayList<>();
        xs.add(target);
        for (double[] iv : row) {
            xs.add(iv[1] + w / 2 + ROW_GAP / 2);
            xs.add(iv[0] - w / 2 - ROW_GAP / 2);
            xs.add(iv[0] + 3);
            xs.add(iv[1] - 3);
        }
        return xs;
    }

    private static double centre(List<Incident> incidents, Map<Incident, Timeline.Slot> slots) {
        return incidents.stream().mapToDouble(i -> slots.get(i).centre()).average().orElse(0);
    }

    private static List<Shape> axis(Timeline timeline, double half) {
        List<Shape> shapes = new ArrayList<>();
        double end = timeline.width() + 18;
        List<Double> cuts = timeline.breaks().stream().map(Timeline.Break::x).toList();
        double from = -10;
        Style axis = Style.stroke("#404040", 1.6);
        for (double cut : cuts) {
            shapes.add(new Shape.Polyline(List.of(new Point(from, 0), new Point(cut - 4, 0)), false, axis));
            from = cut + 4;
        }
        shapes.add(new Shape.Polyline(List.of(new Point(from, 0), new Point(end, 0)), false, axis));
        shapes.add(new Shape.Polyline(List.of(new Point(end + 8, 0), new Point(end, -4), new Point(end, 4)), true,
                Style.fill("#404040")));
        for (Timeline.Break b : timeline.breaks()) {
            shapes.addAll(breakMark(new Point(b.x(), 0)));
            shapes.add(new Shape.Text(new Point(b.x(), -10), Timeline.duration(b.days()), 8.5, false,
                    Shape.Anchor.MIDDLE, "#404040"));
        }
        return shapes;
    }

    static List<Shape> breakMark(Point at) {
        Style s = Style.stroke("#404040", 1.2);
        return List.of(
                new Shape.Polyline(List.of(new Point(at.x() - 6, at.y() + 6), new Point(at.x() - 2, at.y() - 6)), false,
                        s),
                new Shape.Polyline(List.of(new Point(at.x() + 2, at.y() + 6), new Point(at.x() + 6, at.y() - 6)), false,
                        s));
    }

    private static List<KeyPanel.Row> keyRows(Case c, List<Placed> people, boolean places, boolean breaks) {
        List<KeyPanel.Row> rows = new ArrayList<>();
        rows.add(new KeyPanel.Row(mid -> List.of(new Shape.Rect(mid.x() - 18, mid.y() - 10, 36, 20, 3,
                Style.stroke(Style.BLACK, 1).withFill("#ffffff"))), "Incident: date and time, what, place; in date"
                + " order along the time axis", 22));
        for (PersonKind kind : PersonKind.values()) {
            if (c.people().stream().anyMatch(p -> p.kind() == kind && !p.focus() && involved(p, c))) {
                rows.add(KeyPanel.person(new KeyPanel.PersonSample(kind, false)));
            }
        }
        c.people().stream().filter(p -> p.focus() && involved(p, c)).findFirst()
                .ifPresent(p -> rows.add(1, KeyPanel.person(new KeyPanel.PersonSample(p.kind(), true))));
        rows.add(new KeyPanel.Row(mid -> List.of(new Shape.Polyline(List.of(new Point(mid.x() - 20, mid.y()),
                new Point(mid.x() + 20, mid.y())), false, Style.stroke(LINK, 1))),
                "Was involved in the incident", 12));
        if (places) {
            rows.add(new KeyPanel.Row(mid -> PlaceDrawer.shape(mid, 34, 20), "Place where an incident happened",
                    22));
            rows.add(new KeyPanel.Row(mid -> List.of(new Shape.Polyline(List.of(new Point(mid.x() - 20, mid.y()),
                    new Point(mid.x() + 20, mid.y())), false, Style.stroke(PLACE_LINK, 1).withDash(4, 3))),
                    "Where it happened", 12));
        }
        if (breaks) {
            rows.add(new KeyPanel.Row(mid -> {
                List<Shape> s = new ArrayList<>(List.of(new Shape.Polyline(List.of(new Point(mid.x() - 20, mid.y()),
                        new Point(mid.x() - 4, mid.y())), false, Style.stroke("#404040", 1.6)),
                        new Shape.Polyline(List.of(new Point(mid.x() + 4, mid.y()), new Point(mid.x() + 20,
                                mid.y())), false, Style.stroke("#404040", 1.6))));
                s.addAll(breakMark(mid));
                return s;
            }, "A long gap in time, shortened (its length is written above)", 16));
        }
        return rows;
    }

    private static boolean involved(Person p, Case c) {
        return c.incidents().stream().anyMatch(i -> i.involved().contains(p.id()));
    }

    private static Page page(Case c, Printed printed, List<Shape> map, List<KeyPanel.Row> key,
            double minX, double minY, double maxX, double maxY, List<String> warnings) {
        KeyPanel.Panel probe = KeyPanel.draw(0, 0, key);
        double pageWidth = PeerMapRenderer.A4_WIDTH;
        double pageHeight = PeerMapRenderer.A4_HEIGHT;
        double areaWidth = pageWidth - 2 * TitleBlock.MARGIN - (key.isEmpty() ? 0 : KeyPanel.WIDTH + 12);
        double areaHeight = pageHeight - TitleBlock.CONTENT_TOP - TitleBlock.BOTTOM;
        double contentWidth = maxX - minX;
        double contentHeight = maxY - minY;
        double scale = Math.min(MAX_SCALE, Math.min(areaWidth / contentWidth, areaHeight / contentHeight));
        if (scale < MIN_SCALE && !map.isEmpty()) {
            scale = MIN_SCALE;
            pageWidth = Math.max(pageWidth, contentWidth * scale + pageWidth - areaWidth);
            pageHeight = Math.max(pageHeight, contentHeight * scale + pageHeight - areaHeight);
            areaWidth = pageWidth - 2 * TitleBlock.MARGIN - (key.isEmpty() ? 0 : KeyPanel.WIDTH + 12);
            areaHeight = pageHeight - TitleBlock.CONTENT_TOP - TitleBlock.BOTTOM;
            warnings.add("the incident map is too large for A4 at a readable text size; the page was enlarged to "
                    + Math.round(pageWidth * 25.4 / 72) + " x " + Math.round(pageHeight * 25.4 / 72) + " mm");
        }
        pageHeight = Math.max(pageHeight, TitleBlock.CONTENT_TOP + probe.height() + TitleBlock.BOTTOM);
        List<Shape> page = new ArrayList<>(TitleBlock.draw(pageWidth, pageHeight, printed.text(c.title()),
                "Incident map" + PeerMapRenderer.SEPARATOR + PeerMapRenderer.details(c), c.marking(), printed.containsNames()));
        if (map.isEmpty()) {
            page.add(new Shape.Text(new Point(TitleBlock.MARGIN, TitleBlock.CONTENT_TOP + 30),
                    "No incidents are recorded for this case.", 11, false, Shape.Anchor.START, Style.BLACK));
        } else {
            double left = TitleBlock.MARGIN + (areaWidth - contentWidth * scale) / 2;
            double top = TitleBlock.CONTENT_TOP + (areaHeight - contentHeight * scale) / 2;
            page.addAll(new Transform(scale, left - minX * scale, top - minY * scale).apply(map));
            page.addAll(KeyPanel.draw(pageWidth - TitleBlock.MARGIN - KeyPanel.WIDTH, TitleBlock.CONTENT_TOP, key)
                    .shapes());
        }
        return new Page(new Scene(pageWidth, pageHeight, page), warnings);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
