package org.peermap.render.peer;

import java.util.ArrayList;
import java.util.List;
import org.peermap.anonymise.Printed;
import org.peermap.layout.Deadline;
import org.peermap.layout.Layout;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.Person;
import org.peermap.model.PersonKind;
import org.peermap.model.Relationship;
import org.peermap.render.Appendix;
import org.peermap.render.Badges;
import org.peermap.render.KeyPanel;
import org.peermap.render.KnownMark;
import org.peermap.render.LineDrawer;
import org.peermap.model.Paper;
import org.peermap.render.PersonDrawer;
import org.peermap.render.PersonNode;
import org.peermap.render.PlaceDrawer;
import org.peermap.render.TextWrap;
import org.peermap.render.TitleBlock;
import org.peermap.render.WhereaboutsStyle;
import org.peermap.render.geometry.Box;
import org.peermap.render.geometry.Clearance;
import org.peermap.render.geometry.Extent;
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
        /** Text in the map is drawn at 10 pt; below this scale it would print smaller than 8 pt. */
    static final double MIN_SCALE = 0.8;
    static final double MAX_SCALE = 1.25;
    /** The shape of the map area on an A4 landscape page beside the key: about 3 wide to 2 high. */
    public static final double MAP_ASPECT = 1.5;
    /** The white kept between a line's ink and a person it does not join, in points. */
    static final double CLEAR = 0.75;
    static final double NARRATIVE_SIZE = 9.5;
    static final String CONTINUED = "... (continued in the appendix)";

    /** The page and anything the user should be told about it. */
    /**
     * A drawn page, what the user should be told, its measures, and where each of its people is in the layout
     * (points, y down, in the order of the page's case), from which a later version can start ({@code --like}).
     */
    public record Result(Scene scene, List<String> warnings, Measures measures, List<Layout.XY> centres) {
        public Result {
            centres = List.copyOf(centres);
        }
    }

    /** Facts about the drawing for notes and tests: outlines drawn, and the incidents left without one. */
    public record Measures(int outlines, List<Integer> leftOut, boolean fitsPaper, double scale, boolean full,
            int linesThroughPeople) {

        /**
         * True when this page is better for a panel than {@code other}: on its paper (else printed larger
         * when scaled to it, {@code scale} being the map's scale on the paper then), then fewer lines
         * through people who are not their ends, then more outlines, then the whole narrative shown, then
         * printed larger.
         */
        public boolean betterThan(Measures other) {
            if (fitsPaper != other.fitsPaper) {
                return fitsPaper;
            }
            if (!fitsPaper && Math.abs(scale - other.scale) > 1e-9) {
                return scale > other.scale; // neither fits: the one whose text prints larger
            }
            if (linesThroughPeople != other.linesThroughPeople) {
                return linesThroughPeople < other.linesThroughPeople;
            }
            if (leftOut.size() != other.leftOut.size()) {
                return leftOut.size() < other.leftOut.size();
            }
            if (full != other.full) {
                return full;
            }
            return scale > other.scale + 1e-9;
        }
    }

    private PeerMapRenderer() {}

    public static Result render(Case c, Printed printed, PeerGraph graph, Layout layout, boolean narrative) {
        return render(c, printed, graph, layout, Sheet.whole(Paper.A4, narrative));
    }

    public static Result render(Case c, Printed printed, PeerGraph graph, Layout layout, Sheet sheet) {
        return render(c, printed, graph, layout, sheet, Deadline.none());
    }

    /** The page; stops with {@link org.peermap.layout.LayoutException} when {@code deadline} passes. */
    public static Result render(Case c, Printed printed, PeerGraph graph, Layout layout, Sheet sheet,
            Deadline deadline) {
        boolean narrative = sheet.narrative();
        Paper paper = sheet.paper();
        List<String> warnings = new ArrayList<>();
        List<Point> centres = layout.centres().stream().map(p -> new Point(p.x(), p.y())).toList();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < centres.size(); i++) {
            org.peermap.layout.Graph.Node n = graph.graph().nodes().get(i);
            boxes.add(new Box(centres.get(i).x() - n.width() / 2, centres.get(i).y() - n.height() / 2, n.width(),
                    n.height()));
        }

        // The map, in layout coordinates.
        List<Incident> outlined = c.incidents().stream().filter(i -> !sheet.partial().contains(i.number())).toList();
        List<List<Integer>> members = outlined.stream()
                .map(i -> i.involved().stream().map(graph::node).toList()).toList();
        List<Clearance.Obstacle> obstacles = new ArrayList<>();
        for (int i = 0; i < graph.nodes().size(); i++) {
            PersonNode node = graph.nodes().get(i);
            obstacles.add(new Clearance.Obstacle(centres.get(i), node.width() / 2, node.height() / 2,
                    graph.graph().nodes().get(i).round()));
        }
        List<Shape> lines = new ArrayList<>();
        // every line as drawn (both strokes of a double line, arrowheads, lines set side by side), which tabs
        // must not cover, and the nodes each one joins
        List<List<Point>> routes = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        for (Relationship r : c.relationships()) {
            PeerGraph.Route route = graph.route(r);
            List<Point> points = layout.edges().get(route.edge()).stream().map(p -> new Point(p.x(), p.y())).toList();
            if (route.reversed()) {
                points = reverse(points);
            }
            double offset = (route.slot() - (route.slots() - 1) / 2.0) * 9 * (route.reversed() ? -1 : 1);
            List<Clearance.Obstacle> others = othersThan(obstacles, graph.node(r.a()), graph.node(r.b()));
            double room = LineDrawer.reach(r.type()) + CLEAR;
            List<Shape> drawn = LineDrawer.draw(r.type(), points, offset, line -> Clearance.around(line, others, room));
            List<Shape.Data> data = new ArrayList<>(List.of(
                    new Shape.Data("ends", sheet.number(graph.node(r.a())) + " " + sheet.number(graph.node(r.b()))),
                    new Shape.Data("kind", "relationship")));
            List<Shape> shown = drawn;
            if (r.how().marked()) {
                shown = new ArrayList<>(drawn);
                shown.addAll(KnownMark.at(middle(drawn)));
            }
            if (sheet.changed().removedLines().contains(r)) {
                shown = ChangeMarks.faded(shown);
                data.add(new Shape.Data("change", "removed"));
            } else if (sheet.changed().addedLines().contains(r)) {
                shown = new ArrayList<>(shown);
                Point mid = tagSpot(drawn, boxes, r.how().marked() ? middle(drawn) : null);
                shown.addAll(ChangeMarks.tag(mid));
                data.add(new Shape.Data("change", "added"));
            }
            lines.add(new Shape.Group("pm-line", data, shown));
            for (Shape shape : drawn) {
                if (shape instanceof Shape.Polyline polyline) { // a ringed line's rings are not routes
                    routes.add(polyline.points());
                    ends.add(List.of(graph.node(r.a()), graph.node(r.b())));
                }
            }
        }
        List<Shape> links = new ArrayList<>();
        for (PeerGraph.Link link : graph.links()) {
            List<Point> points = layout.edges().get(link.edge()).stream().map(p -> new Point(p.x(), p.y())).toList();
            List<Point> drawn = Clearance.around(Paths.flatten(points, 0.2),
                    othersThan(obstacles, graph.node(link.whereabouts().person()), -1), WhereaboutsStyle.REACH + CLEAR);
            List<Shape.Data> data = new ArrayList<>(List.of(
                    new Shape.Data("ends", sheet.number(graph.node(link.whereabouts().person())) + " p"
                            + placeNumber(c, link.whereabouts().place())),
                    new Shape.Data("kind", "whereabouts")));
            List<Shape> shown = new ArrayList<>(List.of(new Shape.Polyline(drawn, false,
                    WhereaboutsStyle.of(link.whereabouts().as()))));
            if (link.whereabouts().how().marked()) {
                shown.addAll(KnownMark.at(Paths.pointAt(drawn, Paths.length(drawn) / 2)));
            }
            links.add(new Shape.Group("pm-line", data, shown));
            routes.add(drawn);
            ends.add(List.of(graph.node(link.whereabouts().person()), graph.places().stream()
                    .filter(pl -> pl.number() == placeNumber(c, link.whereabouts().place())).findFirst().orElseThrow()
                    .node()));
        }
        IncidentOutlines.Plan plan = IncidentOutlines.plan(outlined, members, boxes, routes, deadline);
        int through = throughPeople(routes, ends, graph, centres);
        List<Shape> map = new ArrayList<>();
        for (IncidentOutlines.Outline o : plan.outlines()) {
            map.add(new Shape.Group("pm-outline", List.of(Shape.Data.of("incident", o.number()),
                    Shape.Data.of("members", numbers(o.members(), sheet))), List.of(IncidentOutlines.edge(o))));
        }
        map.addAll(links);
        map.addAll(lines);
        for (int i = 0; i < graph.nodes().size(); i++) {
            PersonNode node = graph.nodes().get(i);
            List<Shape> person = new ArrayList<>(PersonDrawer.draw(node, centres.get(i)));
            List<Shape.Data> data = new ArrayList<>(List.of(Shape.Data.of("n", sheet.number(i))));
            Person p = c.people().get(i);
            if (p.practice().how().marked()) {
                person.addAll(KnownMark.atCorner(node, centres.get(i)));
            }
            if (sheet.changed().removedPeople().contains(p.id())) {
                person = ChangeMarks.faded(person);
                data.add(new Shape.Data("change", "removed"));
            } else if (sheet.changed().addedPeople().contains(p.id())) {
                // at the shape's top left corner, as the mark of how a person is known is at the top right
                // just above the shape's top edge, to the left, clear of its label
                person.addAll(ChangeMarks.tag(new Point(centres.get(i).x() - node.width() / 4,
                        centres.get(i).y() - node.height() / 2 - ChangeMarks.HEIGHT / 2 + 1.5)));
                data.add(new Shape.Data("change", "added"));
            }
            map.add(new Shape.Group("pm-person", data, person));
            if (!node.incidents().isEmpty()) {
                Badges.Block badges = node.badges();
                List<Shape.Data> badgeData = new ArrayList<>(List.of(Shape.Data.of("n", sheet.number(i)),
                        Shape.Data.of("incidents", badges.shown())));
                if (badges.more() > 0) {
                    badgeData.add(Shape.Data.of("more", badges.more()));
                }
                map.add(new Shape.Group("pm-badge", badgeData, badges.draw(PersonDrawer.badgeRow(node, centres.get(i)))));
            }
        }
        for (PeerGraph.PlaceNode place : graph.places()) {
            map.add(new Shape.Group("pm-place", List.of(Shape.Data.of("p", place.number())),
                    PlaceDrawer.draw(place.label(), centres.get(place.node()), place.safe())));
        }
        for (IncidentOutlines.Outline o : plan.outlines()) {
            map.add(new Shape.Group("pm-tab", List.of(Shape.Data.of("incident", o.number())),
                    IncidentOutlines.tab(o, outlined.get(o.index()))));
        }
        Box content = bounds(boxes, plan.outlines(), layout);

        // The page around it.
        KeyPanel.Panel probe = key(c, graph, plan, sheet, 0, 0);
        IncidentList.Sizes list = c.incidents().isEmpty() ? IncidentList.Sizes.none()
                : IncidentList.sizes(KeyPanel.WIDTH, c.incidents(), printed);
        String narrativeText = narrative ? c.narrative().map(printed::text).orElse("") : "";
        PeerPage.Arrangement at = PeerPage.arrange(paper, content, probe.height(), list, narrativeText);
        warnings.addAll(at.warnings());
        double pageWidth = at.pageWidth();
        double pageHeight = at.pageHeight();
        double scale = at.scale();
        Transform place = new Transform(scale, at.area().x() - content.x() * scale,
                at.area().y() - content.y() * scale);

        List<Shape> page = new ArrayList<>(TitleBlock.draw(pageWidth, pageHeight, printed.text(c.title()),
                TitleBlock.details(c) + (sheet.says().isEmpty() ? "" : TitleBlock.SEPARATOR + sheet.says()),
                c.marking(), printed.containsNames()));
        page.addAll(place.apply(map));
        page.addAll(key(c, graph, plan, sheet, at.keyX(), TitleBlock.CONTENT_TOP).shapes());
        if (!c.incidents().isEmpty()) {
            page.addAll(IncidentList.draw(at.listX(), at.listY(), KeyPanel.WIDTH, c.incidents(), at.listRows(),
                    i -> numbers(i.involved().stream().map(graph::node).toList(), sheet), printed).shapes());
        }
        if (!at.narrative().isEmpty()) {
            Box n = at.narrativeBox();
            page.addAll(narrativePanel(at.narrative(), n.x(), n.y(), n.width(), n.height()));
        }
        return new Result(new Scene(pageWidth, pageHeight, page), warnings,
                new Measures(plan.outlines().size(), plan.leftOut(), at.fitsPaper(paper), at.scale()
                        * Math.min(1, Math.min(paper.width() / at.pageWidth(), paper.height() / at.pageHeight())),
                        at.narrative().size() < 2 || !at.narrative().get(at.narrative().size() - 1).equals(CONTINUED)
                                || at.narrative().size() >= PeerPage.NARRATIVE_STEPS[0], through),
                layout.centres().subList(0, graph.nodes().size()));
    }

    private static KeyPanel.Panel key(Case c, PeerGraph graph, IncidentOutlines.Plan plan, Sheet sheet, double x,
            double y) {
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
        List<KeyPanel.Row> rows = new ArrayList<>(KeyPanel.peerMapRows(Appendix.usedTypes(c), people));
        if (!plan.outlines().isEmpty()) {
            rows.add(new KeyPanel.Row(mid -> List.of(new Shape.Rect(mid.x() - KeyPanel.SAMPLE / 2, mid.y() - 10,
                    KeyPanel.SAMPLE, 20, 8, Style.stroke(IncidentOutlines.STROKE, IncidentOutlines.STROKE_WIDTH)
                            .withDash(IncidentOutlines.DASHES.get(1))
                            .withFill(IncidentOutlines.TINTS.get(0), IncidentOutlines.FILL_OPACITY))),
                    "Incident: the people involved (number and date on its tab)", 22));
        }
        if (!c.incidents().isEmpty()) {
            rows.add(new KeyPanel.Row(mid -> Badges.row(List.of(1, 3), mid),
                    "The incidents the person was in (see Incidents)", 16));
        }
        if (graph.nodes().stream().anyMatch(n -> !n.practice().isEmpty())) {
            rows.add(new KeyPanel.Row(mid -> List.of(new Shape.Text(new Point(mid.x(), mid.y() + PersonNode.DETAIL_SIZE
                    * 0.36), "risk \u00b7 UV", PersonNode.DETAIL_SIZE, false, Shape.Anchor.MIDDLE, Style.BLACK)),
                    "Risk level and workers", 16));
        }
        if (graph.nodes().stream().anyMatch(n -> n.badges().more() > 0)) {
            rows.add(new KeyPanel.Row(mid -> Badges.moreBox(9, mid.x() - Badges.moreWidth(9) / 2,
                    mid.y() - Badges.HEIGHT / 2), "+9: nine later incidents, not shown (each is in the appendix's"
                    + " Chronology)", 16));
        }
        if (!plan.leftOut().isEmpty()) {
            rows.add(new KeyPanel.Row(mid -> List.of(), KeyPanel.leftOutWords(plan.leftOut()), 12));
        }
        if (!sheet.numbers().isEmpty() && !sheet.says().isEmpty()) {
            String says = sheet.says().startsWith("Incident ") ? "i" + sheet.says().substring(1) : sheet.says();
            rows.add(new KeyPanel.Row(mid -> List.of(), "This page shows " + says
                    + "; the whole group is on the peer map of the whole case (" + c.reference() + "-peer-map)", 12));
        }
        List<Integer> partial = c.incidents().stream().map(Incident::number).filter(sheet.partial()::contains).toList();
        if (!partial.isEmpty()) {
            rows.add(new KeyPanel.Row(mid -> List.of(), KeyPanel.numbersWords(partial) + ": by number only ("
                    + sheet.partialWhy() + ")", 12));
        }
        boolean marked = c.people().stream().anyMatch(p -> p.practice().how().marked())
                || c.relationships().stream().anyMatch(r -> r.how().marked())
                || graph.links().stream().anyMatch(l -> l.whereabouts().how().marked())
                || c.incidents().stream().anyMatch(i -> i.how().marked());
        if (marked) {
            rows.add(new KeyPanel.Row(mid -> KnownMark.at(mid), KnownMark.WORDS, 16));
        }
        if (c.doubted() > 0) {
            rows.add(KnownMark.doubtedRow(c.doubted()));
        }
        rows.addAll(ChangeMarks.keyRows(sheet.changed()));
        if (!graph.places().isEmpty()) {
            if (graph.places().stream().anyMatch(p -> !p.safe())) {
                rows.add(new KeyPanel.Row(mid -> PlaceDrawer.shape(mid, 34, 20), "Place", 22));
            }
            if (graph.places().stream().anyMatch(PeerGraph.PlaceNode::safe)) {
                rows.add(new KeyPanel.Row(mid -> PlaceDrawer.safeShape(mid, 34, 20), "Safe or protective place", 22));
            }
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

    /** The middle of a drawn line: of its first polyline (a double line's two are side by side). */
    /**
     * Where a line's "new" tag goes: the point between a fifth and four fifths of its length farthest from every
     * person's box (so that a short line's tag covers no one), and from the line's mark of how it is known at
     * {@code mark}, if it has one.
     */
    private static Point tagSpot(List<Shape> drawn, List<Box> boxes, Point mark) {
        List<Point> line = null;
        for (Shape s : drawn) {
            if (s instanceof Shape.Polyline p && !p.closed()) {
                line = p.points();
                break;
            }
        }
        if (line == null) {
            throw new IllegalStateException("a line with no polyline");
        }
        double length = Paths.length(line);
        Point best = Paths.pointAt(line, length / 2);
        double bestRoom = -1;
        for (int k = 2; k <= 8; k++) {
            Point at = Paths.pointAt(line, length * k / 10.0);
            double room = Double.MAX_VALUE;
            for (Box b : boxes) {
                double dx = Math.max(0, Math.max(b.x() - at.x(), at.x() - (b.x() + b.width())));
                double dy = Math.max(0, Math.max(b.y() - at.y(), at.y() - (b.y() + b.height())));
                room = Math.min(room, Math.hypot(dx, dy));
            }
            if (mark != null) {
                room = Math.min(room, Math.hypot(at.x() - mark.x(), at.y() - mark.y()) - KnownMark.SIDE);
            }
            if (room > bestRoom + 1e-9) {
                bestRoom = room;
                best = at;
            }
        }
        return best;
    }

    private static Point middle(List<Shape> drawn) {
        for (Shape s : drawn) {
            if (s instanceof Shape.Polyline line && !line.closed()) {
                return Paths.pointAt(line.points(), Paths.length(line.points()) / 2);
            }
        }
        throw new IllegalStateException("a line with no polyline");
    }

    static double narrativeHeight(List<String> lines) {
        return lines.isEmpty() ? 0 : 22 + lines.size() * (NARRATIVE_SIZE + 3);
    }

    static List<String> narrativeLines(String text, double width, int most) {
        if (text.isBlank()) {
            return List.of();
        }
        List<String> lines = TextWrap.wrap(text, width - 16, NARRATIVE_SIZE, false);
        if (lines.size() > 1 && most == 1) {
            // one line: the start of the narrative, cut, then where the rest is
            String tail = " (continued in the appendix)";
            return List.of(TitleBlock.fit(text.strip().replaceAll("\\s+", " "), width - 16
                    - org.peermap.render.Fonts.width(tail, NARRATIVE_SIZE, false), NARRATIVE_SIZE, false) + tail);
        }
        if (lines.size() > most) {
            List<String> cut = new ArrayList<>(lines.subList(0, Math.max(0, most - 1)));
            cut.add(CONTINUED);
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

    /** Everything the map draws: people, outlines, tabs and routes. */
    private static Box bounds(List<Box> boxes, List<IncidentOutlines.Outline> outlines, Layout layout) {
        List<Box> all = new ArrayList<>(boxes);
        for (IncidentOutlines.Outline o : outlines) {
            all.add(o.tab());
            for (Point p : o.hull()) {
                all.add(new Box(p.x(), p.y(), 0, 0));
            }
        }
        for (List<org.peermap.layout.Layout.XY> edge : layout.edges()) {
            for (org.peermap.layout.Layout.XY p : edge) {
                all.add(new Box(p.x(), p.y(), 0, 0));
            }
        }
        if (all.isEmpty()) {
            return new Box(0, 0, 1, 1);
        }
        Box b = OutlineGeometry.bounds(all.stream().flatMap(x -> x.corners().stream()).toList());
        return new Box(b.x(), b.y(), Math.max(1, b.width()), Math.max(1, b.height()));
    }

    /**
     * How many (line, person) pairs have a line, as drawn, passing through a person who is not one of its
     * ends (inside the shape shrunk by 1 pt), sampled every point.
     */
    static int throughPeople(List<List<Point>> lines, List<List<Integer>> ends, PeerGraph graph,
            List<Point> centres) {
        int count = 0;
        for (int l = 0; l < lines.size(); l++) {
            List<Point> line = lines.get(l);
            Extent box = Extent.of(line);
            List<Point> samples = null; // sampled once per line, and only when some person's box meets the line's
            for (int n = 0; n < graph.nodes().size(); n++) {
                PersonNode node = graph.nodes().get(n);
                Point c = centres.get(n);
                if (c.x() + node.width() / 2 < box.minX() || c.x() - node.width() / 2 > box.maxX()
                        || c.y() + node.height() / 2 < box.minY() || c.y() - node.height() / 2 > box.maxY()
                        || ends.get(l).contains(n)) {
                    continue;
                }
                if (samples == null) {
                    samples = OutlineGeometry.samples(line, 1);
                }
                if (passes(samples, node, c)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Whether a sample of a line lies inside the person's shape shrunk by 1 pt. */
    private static boolean passes(List<Point> samples, PersonNode node, Point centre) {
        double a = node.width() / 2 - 1;
        double b = node.height() / 2 - 1;
        boolean round = node.kind() == PersonKind.YOUNG_PERSON;
        for (Point p : samples) {
            double dx = p.x() - centre.x();
            double dy = p.y() - centre.y();
            if (round ? dx * dx / (a * a) + dy * dy / (b * b) < 1 : Math.abs(dx) < a && Math.abs(dy) < b) {
                return true;
            }
        }
        return false;
    }

    /** The obstacles but those of nodes {@code a} and {@code b} (the ends of a line). */
    private static List<Clearance.Obstacle> othersThan(List<Clearance.Obstacle> obstacles, int a, int b) {
        List<Clearance.Obstacle> out = new ArrayList<>();
        for (int i = 0; i < obstacles.size(); i++) {
            if (i != a && i != b) {
                out.add(obstacles.get(i));
            }
        }
        return out;
    }

    /** Node numbers (from 0) as the printed person numbers of the SVG (from 1). */
    private static List<Integer> numbers(List<Integer> nodes, Sheet sheet) {
        return nodes.stream().map(sheet::number).toList();
    }

    /** A place's number in the case's listing order, from 1. */
    private static int placeNumber(Case c, String placeId) {
        for (int i = 0; i < c.places().size(); i++) {
            if (c.places().get(i).id().equals(placeId)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("a whereabouts names a place the check stage should have refused");
    }

    private static List<Point> reverse(List<Point> points) {
        List<Point> copy = new ArrayList<>(points);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
