package org.peermap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peermap.anonymise.Printed;
import org.peermap.layout.Layout;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.PartialDate;
import org.peermap.model.Person;
import org.peermap.model.PersonKind;
import org.peermap.model.Relationship;
import org.peermap.render.geometry.Box;
import org.peermap.render.geometry.Paths;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;
import org.peermap.render.scene.Transform;

/**
 * Composes the peer map page from a case and its layout: title block and markings, the map (incident
 * outlines, relationship lines, people) scaled to fit, the key on the right and the narrative under the
 * map. The page is A4 landscape unless the map cannot be read at that size, in which case the page
 * grows and a warning says so.
 */
public final class PeerMapRenderer {
    public static final double A4_WIDTH = 841.89;
    public static final double A4_HEIGHT = 595.28;
    /** Text in the map is drawn at 10 pt; below this scale it would print smaller than 8 pt. */
    static final double MIN_SCALE = 0.8;
    static final double MAX_SCALE = 1.25;
    /** The shape of the map area on an A4 landscape page beside the key: about 3 wide to 2 high. */
    public static final double MAP_ASPECT = 1.5;
    static final double NARRATIVE_SIZE = 9.5;
    static final int NARRATIVE_MAX_LINES = 8;
    private static final double GAP = 12;
    private static final double MAP_MARGIN = 6;

    /** The page and anything the user should be told about it. */
    public record Result(Scene scene, List<String> warnings, Measures measures) {}

    /** Facts about the drawing for notes and tests: people inside outlines of incidents they are not in. */
    public record Measures(int outlines, int strayPeople) {}

    private PeerMapRenderer() {}

    public static Result render(Case c, Printed printed, PeerGraph graph, Layout layout, boolean narrative) {
        List<String> warnings = new ArrayList<>();
        List<Point> centres = layout.centres().stream().map(p -> new Point(p.x(), p.y())).toList();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < centres.size(); i++) {
            org.peermap.layout.Graph.Node n = graph.graph().nodes().get(i);
            boxes.add(new Box(centres.get(i).x() - n.width() / 2, centres.get(i).y() - n.height() / 2, n.width(),
                    n.height()));
        }

        // The map, in layout coordinates.
        List<List<Integer>> members = c.incidents().stream()
                .map(i -> i.involved().stream().map(graph::node).toList()).toList();
        List<Shape> lines = new ArrayList<>();
        List<List<Point>> routes = new ArrayList<>();
        for (Relationship r : c.relationships()) {
            PeerGraph.Route route = graph.route(r);
            List<Point> points = layout.edges().get(route.edge()).stream().map(p -> new Point(p.x(), p.y())).toList();
            if (route.reversed()) {
                points = reverse(points);
            }
            double offset = (route.slot() - (route.slots() - 1) / 2.0) * 9 * (route.reversed() ? -1 : 1);
            lines.addAll(LineDrawer.draw(r.type(), points, offset));
            routes.add(Paths.flatten(points, 1));
        }
        for (PeerGraph.Link link : graph.links()) {
            List<Point> points = layout.edges().get(link.edge()).stream().map(p -> new Point(p.x(), p.y())).toList();
            lines.add(0, new Shape.Polyline(Paths.flatten(points, 0.2), false, WhereaboutsStyle.of(link.whereabouts().as())));
            routes.add(Paths.flatten(points, 1));
        }
        List<IncidentOutlines.Outline> outlines = IncidentOutlines.draw(c.incidents(), members, boxes, routes,
                printed);
        List<Shape> map = new ArrayList<>();
        outlines.forEach(o -> map.addAll(o.outline()));
        map.addAll(lines);
        for (int i = 0; i < graph.nodes().size(); i++) {
            map.addAll(PersonDrawer.draw(graph.nodes().get(i), centres.get(i)));
        }
        for (PeerGraph.PlaceNode place : graph.places()) {
            map.addAll(PlaceDrawer.draw(place.label(), centres.get(place.node())));
        }
        outlines.forEach(o -> map.addAll(o.label()));
        Box content = bounds(boxes, outlines, layout);

        // The page around it: the key on the right, the narrative under the map, across the whole page
        // when the key leaves room for that, else under the map's column only.
        KeyPanel.Panel probe = key(c, graph, 0, 0);
        double fullWidth = A4_WIDTH - 2 * TitleBlock.MARGIN;
        double columnWidth = fullWidth - KeyPanel.WIDTH - GAP;
        String narrativeText = narrative ? c.narrative().map(printed::text).orElse("") : "";
        List<String> narrativeLines = narrativeLines(narrativeText, fullWidth, new ArrayList<>());
        double narrativeHeight = narrativeHeight(narrativeLines);
        boolean acrossPage = TitleBlock.CONTENT_TOP + probe.height() + GAP + narrativeHeight + TitleBlock.BOTTOM
                <= A4_HEIGHT;
        if (!acrossPage) {
            narrativeLines = narrativeLines(narrativeText, columnWidth, warnings);
            narrativeHeight = narrativeHeight(narrativeLines);
        } else {
            narrativeLines = narrativeLines(narrativeText, fullWidth, warnings);
        }
        double pageWidth = A4_WIDTH;
        double pageHeight = A4_HEIGHT;
        double areaWidth = columnWidth;
        double areaHeight = pageHeight - TitleBlock.CONTENT_TOP - TitleBlock.BOTTOM
                - (narrativeHeight > 0 ? narrativeHeight + GAP : 0);
        double scale = Math.min(MAX_SCALE, Math.min(areaWidth / (content.width() + 2 * MAP_MARGIN),
                areaHeight / (content.height() + 2 * MAP_MARGIN)));
        if (scale < MIN_SCALE) {
            scale = MIN_SCALE;
            double needWidth = (content.width() + 2 * MAP_MARGIN) * scale;
            double needHeight = (content.height() + 2 * MAP_MARGIN) * scale;
            pageWidth = Math.max(pageWidth, needWidth + 2 * TitleBlock.MARGIN + KeyPanel.WIDTH + GAP);
            pageHeight = Math.max(pageHeight, needHeight + TitleBlock.CONTENT_TOP + TitleBlock.BOTTOM
                    + (narrativeHeight > 0 ? narrativeHeight + GAP : 0));
            areaWidth = pageWidth - 2 * TitleBlock.MARGIN - KeyPanel.WIDTH - GAP;
            areaHeight = pageHeight - TitleBlock.CONTENT_TOP - TitleBlock.BOTTOM
                    - (narrativeHeight > 0 ? narrativeHeight + GAP : 0);
            warnings.add("the peer map is too large for A4 at a readable text size; the page was enlarged to "
                    + Math.round(pageWidth * 25.4 / 72) + " x " + Math.round(pageHeight * 25.4 / 72)
                    + " mm (print it scaled to fit, or on A3)");
        }
        pageHeight = Math.max(pageHeight, TitleBlock.CONTENT_TOP + probe.height() + TitleBlock.BOTTOM);
        double drawnWidth = content.width() * scale;
        double drawnHeight = content.height() * scale;
        double left = TitleBlock.MARGIN + (areaWidth - drawnWidth) / 2;
        double top = TitleBlock.CONTENT_TOP + (areaHeight - drawnHeight) / 2;
        Transform place = new Transform(scale, left - content.x() * scale, top - content.y() * scale);

        List<Shape> page = new ArrayList<>(TitleBlock.draw(pageWidth, pageHeight, printed.text(c.title()),
                details(c), c.marking(), printed.containsNames()));
        page.addAll(place.apply(map));
        page.addAll(key(c, graph, pageWidth - TitleBlock.MARGIN - KeyPanel.WIDTH, TitleBlock.CONTENT_TOP).shapes());
        if (!narrativeLines.isEmpty()) {
            page.addAll(narrativePanel(narrativeLines, TitleBlock.MARGIN,
                    pageHeight - TitleBlock.BOTTOM - narrativeHeight,
                    acrossPage ? pageWidth - 2 * TitleBlock.MARGIN : areaWidth, narrativeHeight));
        }
        int stray = strayPeople(c.incidents(), members, outlines, boxes);
        return new Result(new Scene(pageWidth, pageHeight, page), warnings, new Measures(outlines.size(), stray));
    }

    /** Reference, date prepared and the period the incidents span. */
    /**
     * The gap between the parts of the details line: no-break spaces, which SVG viewers keep (they
     * collapse runs of ordinary spaces into one).
     */
    static final String SEPARATOR = "\u00a0\u00a0\u00a0\u00a0 ";

    public static String details(Case c) {
        StringBuilder s = new StringBuilder("Reference " + c.reference());
        c.prepared().ifPresent(d -> s.append(SEPARATOR).append("Prepared ").append(Dates.printed(d)));
        Optional<PartialDate> first = c.incidents().stream().map(Incident::date).min(Comparator.naturalOrder());
        Optional<PartialDate> last = c.incidents().stream().map(Incident::date).max(Comparator.naturalOrder());
        c.period().describe().ifPresent(p -> s.append(SEPARATOR).append(p));
        if (first.isPresent()) {
            s.append(SEPARATOR).append("Incidents shown ").append(first.get().printed());
            if (!last.get().equals(first.get())) {
                s.append(" to ").append(last.get().printed());
            }
        }
        return s.toString();
    }

    private static KeyPanel.Panel key(Case c, PeerGraph graph, double x, double y) {
        List<KeyPanel.PersonSample> people = new ArrayList<>();
        for (PersonKind kind : PersonKind.values()) {
            if (c.people().stream().anyMatch(p -> p.kind() == kind && !(p.focus() && kind == PersonKind.YOUNG_PERSON))) {
                people.add(new KeyPanel.PersonSample(kind, false));
            }
        }
        if (c.people().stream().anyMatch(Person::focus)) {
            Person focus = c.people().stream().filter(Person::focus).findFirst().orElseThrow();
            people.add(0, new KeyPanel.PersonSample(focus.kind(), true));
        }
        List<KeyPanel.Row> rows = new ArrayList<>(KeyPanel.peerMapRows(Appendix.usedTypes(c), people,
                !c.incidents().isEmpty()));
        if (!graph.places().isEmpty()) {
            rows.add(new KeyPanel.Row(mid -> PlaceDrawer.shape(mid, 34, 20), "Place", 22));
            for (org.peermap.model.WhereaboutsKind kind : org.peermap.model.WhereaboutsKind.values()) {
                if (graph.links().stream().anyMatch(l -> l.whereabouts().as() == kind)) {
                    rows.add(new KeyPanel.Row(mid -> List.of(new Shape.Polyline(List.of(new Point(mid.x() - 20,
                            mid.y()), new Point(mid.x() + 20, mid.y())), false, WhereaboutsStyle.of(kind))),
                            WhereaboutsStyle.words(kind), 12));
                }
            }
        }
        return KeyPanel.draw(x, y, rows);
    }

    private static double narrativeHeight(List<String> lines) {
        return lines.isEmpty() ? 0 : 22 + lines.size() * (NARRATIVE_SIZE + 3);
    }

    private static List<String> narrativeLines(String text, double width, List<String> warnings) {
        if (text.isBlank()) {
            return List.of();
        }
        List<String> lines = TextWrap.wrap(text, width - 16, NARRATIVE_SIZE, false);
        if (lines.size() > NARRATIVE_MAX_LINES) {
            warnings.add("the narrative is longer than the map page holds; the page shows its start and the"
                    + " appendix has all of it");
            List<String> cut = new ArrayList<>(lines.subList(0, NARRATIVE_MAX_LINES - 1));
            cut.add("... (continued in the appendix)");
            return cut;
        }
        return lines;
    }

    private static List<Shape> narrativePanel(List<String> lines, double x, double y, double width, double height) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape.Rect(x, y, width, height, 0, Style.stroke(Style.BLACK, 0.8)));
        shapes.add(new Shape.Text(new Point(x + 8, y + 15), "Narrative", 10, true, Shape.Anchor.START,
                Style.BLACK));
        double baseline = y + 15 + NARRATIVE_SIZE + 5;
        for (String line : lines) {
            shapes.add(new Shape.Text(new Point(x + 8, baseline), line, NARRATIVE_SIZE, false, Shape.Anchor.START,
                    Style.BLACK));
            baseline += NARRATIVE_SIZE + 3;
        }
        return List.of(new Shape.Group("pm-narrative", shapes));
    }

    /** Everything the map draws: people, outlines, labels and routes. */
    private static Box bounds(List<Box> boxes, List<IncidentOutlines.Outline> outlines, Layout layout) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        List<Box> all = new ArrayList<>(boxes);
        for (IncidentOutlines.Outline o : outlines) {
            all.add(o.labelBox());
            for (Point p : o.hull()) {
                all.add(new Box(p.x(), p.y(), 0, 0));
            }
        }
        for (List<org.peermap.layout.Layout.XY> edge : layout.edges()) {
            for (org.peermap.layout.Layout.XY p : edge) {
                all.add(new Box(p.x(), p.y(), 0, 0));
            }
        }
        for (Box b : all) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        if (all.isEmpty()) {
            return new Box(0, 0, 1, 1);
        }
        return new Box(minX, minY, Math.max(1, maxX - minX), Math.max(1, maxY - minY));
    }

    /** How many (incident, person) pairs have a person who is not involved inside the incident's outline. */
    static int strayPeople(List<Incident> incidents, List<List<Integer>> members,
            List<IncidentOutlines.Outline> outlines, List<Box> boxes) {
        int stray = 0;
        for (int i = 0; i < incidents.size(); i++) {
            for (int n = 0; n < boxes.size(); n++) {
                if (!members.get(i).contains(n)
                        && org.peermap.render.geometry.Hulls.contains(outlines.get(i).hull(), boxes.get(n).centre())) {
                    stray++;
                }
            }
        }
        return stray;
    }

    private static List<Point> reverse(List<Point> points) {
        List<Point> copy = new ArrayList<>(points);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
