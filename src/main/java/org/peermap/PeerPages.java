package org.peermap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peermap.anonymise.Printed;
import org.peermap.layout.Layout;
import org.peermap.layout.Layouter;
import org.peermap.layout.Tuning;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.render.peer.PeerGraph;
import org.peermap.render.peer.PeerMapRenderer;
import org.peermap.render.peer.Sheet;
import org.peermap.render.scene.Scene;

/**
 * The peer map's pages of one case: the view asked for, or the whole case. A page that does not fit its
 * paper at 8 pt with its incidents' outlines is drawn again with the incidents shown by their badges only
 * (no room kept for outlines). A whole case that fits only so, or not at all, gets a page per incident
 * beside it (its people and the people they are linked to); when even the badges-only page does not fit,
 * the whole group is drawn as an overview (small shapes, no incidents). Every page is laid out for the
 * paper, with an incident-aware layout.
 */
final class PeerPages {
    private PeerPages() {}

    /** A page and how its file is named after the reference ({@code peer-map-incident-3}). */
    record Named(String suffix, Scene scene) {}

    /** The pages in order, what the user should be told, or why none can be drawn (the view finds no one). */
    record Drawn(List<Named> pages, List<String> warnings, Optional<String> problem,
            Map<String, org.peermap.layout.Layout.XY> positions, Map<String, Settled> settled) {
        Drawn(List<Named> pages, List<String> warnings, Optional<String> problem) {
            this(pages, warnings, problem, Map.of(), Map.of());
        }
    }

    /**
     * What the pages of one drawing settle on, by page: {@code before} from the drawing it starts from (tried first),
     * {@code after} filled in as each page is drawn.
     */
    private record Memory(Map<String, Settled> before, Map<String, Settled> after) {
        static Memory none() {
            return new Memory(Map.of(), new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    /**
     * A page as drawn, whether its incidents had to be shown by number only to fit, and whether its young people's
     * shapes hold their risk levels and workers.
     */
    private record Fitted(PeerMapRenderer.Result result, boolean numbersOnly, boolean practice) {}

    /**
     * The layouts tried, in turn, until one keeps every incident's outline on a page of its paper: the people
     * of each incident pulled together harder, the map drawn tighter, other starting positions, and overlaps
     * removed by VPSC, which keeps maps compact (so on A4) with both engines. Large maps try fewer, as each
     * layout costs more.
     */
    static final List<Tuning> TUNINGS = List.of(Tuning.DEFAULT, new Tuning(1, 1, 7, true),
            new Tuning(2.5, 1, 7, false), new Tuning(2.5, 1, 7, true), new Tuning(1, 0.75, 7, false),
            new Tuning(1, 1, 11, false), new Tuning(2.5, 1, 11, true), new Tuning(1, 1, 23, false),
            new Tuning(1, 0.75, 23, true));

    /**
     * The layouts tried for an overview of a large group, whose nodes are small: less room around each, and
     * overlaps removed from the layout as it is (VPSC with every node in a square, so the map keeps its
     * width; or, with native dot, Prism without first spreading).
     */
    static final List<Tuning> OVERVIEW_TUNINGS = List.of(new Tuning(1, 1, 7, true, 4, false, true),
            new Tuning(1, 1, 7, false, 4, true, false), new Tuning(1, 0.5, 7, true, 1, false, true),
            new Tuning(1, 0.5, 11, true, 1, false, true), new Tuning(1, 0.5, 23, true, 1, false, true));

    /**
     * Tried last, when no other layout keeps the page whole on its paper: VPSC with every person laid out in
     * a square as wide as their shape, which keeps a large map as wide as it is high (VPSC alone makes it
     * tall and narrow).
     */
    static final Tuning SQUARE = new Tuning(1, 1, 7, true, 9, false, true);

    /**
     * A whole map that does not fit with its outlines gets a page per incident when it has at most this many
     * incidents. More would be more pages than a panel reads, and more time than a meeting waits: a map of six
     * young people with 90 missing episodes made 90 pages in over two minutes. Past it, the warning and the
     * key name {@code --incident N}, which draws any one.
     */
    static final int PAGES_AT_MOST = 24;

    static boolean pagePerIncident(Case c) {
        return c.incidents().size() <= PAGES_AT_MOST;
    }

    static int tunings(int people) {
        return people <= 20 ? TUNINGS.size() : people <= 40 ? 4 : 2;
    }

    /**
     * An incident-aware layout: lays the map out with each tuning in turn and keeps the first page on its
     * paper with every outline, else the best (on its paper, then fewest incidents without an outline,
     * then the largest print).
     */
    static PeerMapRenderer.Result incidentAware(Case c, Printed printed, PeerGraph graph, Layouter layouter,
            Sheet sheet) {
        return incidentAware(c, printed, graph, layouter, sheet, Memory.none(), "");
    }

    private static PeerMapRenderer.Result incidentAware(Case c, Printed printed, PeerGraph graph, Layouter layouter,
            Sheet sheet, Memory memory, String key) {
        List<Tuning> tried = new ArrayList<>(TUNINGS.subList(0, tunings(c.people().size())));
        tried.add(SQUARE);
        return best(c, printed, graph, layouter, sheet, tried, true, memory, key);
    }

    /**
     * The best page of the layouts tried in turn; with {@code firstWhole}, the first that is whole (on its paper,
     * every outline, the whole narrative, no line through a person). A graph that starts where an earlier drawing
     * left its people tries first the layout that drawing settled on ({@code memory.before()} under {@code key}),
     * and keeps it while it fits the paper with no line through a person: a person added in the meeting then costs
     * one Graphviz run, not one per layout, and the map keeps its shape. Only the live preview passes what was
     * settled; {@code render}, even with {@code --like}, searches every layout.
     */
    private static PeerMapRenderer.Result best(Case c, Printed printed, PeerGraph graph, Layouter layouter,
            Sheet sheet, List<Tuning> tunings, boolean firstWhole, Memory memory, String key) {
        PeerMapRenderer.Result best = null;
        int kept = -1;
        int tries = graph.graph().pinned() ? 1 : tunings.size();
        Settled before = graph.graph().started() ? memory.before().get(key) : null;
        List<Integer> order = new ArrayList<>();
        if (before != null && before.tuning() < tries) {
            order.add(before.tuning());
        }
        for (int t = 0; t < tries; t++) {
            if (!order.contains(t)) {
                order.add(t);
            }
        }
        java.util.concurrent.Future<Layout> next = null;
        for (int i = 0; i < order.size(); i++) {
            int t = order.get(i);
            Layout layout = next == null ? layouter.layout(graph.graph().tuned(tunings.get(t)),
                    PeerMapRenderer.MAP_ASPECT) : Layouter.await(next);
            // While this try is drawn and measured, the next is laid out on another core. Not for a redraw that
            // starts from a layout it expects to keep: that is one Graphviz run.
            next = before == null && i + 1 < order.size() ? layouter.ahead(graph.graph().tuned(
                    tunings.get(order.get(i + 1))), PeerMapRenderer.MAP_ASPECT) : null;
            PeerMapRenderer.Result result = PeerMapRenderer.render(c, printed, graph, layout, sheet,
                    layouter.deadline());
            if (best == null || result.measures().betterThan(best.measures())) {
                best = result;
                kept = t;
            }
            PeerMapRenderer.Measures m = best.measures();
            if (firstWhole && m.leftOut().isEmpty() && m.fitsPaper() && m.full() && m.linesThroughPeople() == 0) {
                break;
            }
            if (before != null && t == before.tuning() && m.fitsPaper() && m.linesThroughPeople() == 0) {
                // the layout the earlier drawing kept still fits its paper with no line through a person: kept, so
                // the map keeps its shape from save to save (an outline it has no room for is shown by numbers)
                break;
            }
        }
        memory.after().put(key, new Settled(kept));
        return best;
    }

    static Drawn draw(Case c, Printed printed, Layouter layouter, RenderOptions options) {
        // filled by the pages of incidents, which are drawn at once
        Memory memory = new Memory(options.like().isEmpty() ? Map.of() : options.settled(),
                new java.util.concurrent.ConcurrentHashMap<>());
        Views.Result chosen = Views.select(options.view(), c, printed);
        if (chosen.selection().isEmpty()) {
            return new Drawn(List.of(), List.of(), Optional.of(chosen.problem()));
        }
        Views.Selection selection = chosen.selection().get();
        boolean whole = options.view() instanceof View.Whole;
        String paper = options.paper().key().toUpperCase(Locale.ROOT);
        String overviewSays = whole
                ? "The whole group (" + c.people().size() + " people) and their connections" + (pagePerIncident(c)
                        ? "; each incident is on a page of its own" : "")
                : selection.says() + "; people and connections only (with incidents it would not fit " + paper
                        + " at 8 pt)";
        if ((!whole || !c.incidents().isEmpty()) && hopeless(selection.part(), printed, options)) {
            // the page with every person's full shape cannot fit: only the overview is drawn (a whole case's
            // incidents each get a page), which spares a large case the many layouts of pages that cannot fit
            PeerMapRenderer.Result overview = overview(c, selection, printed, layouter, options, overviewSays, memory);
            return pages(c, printed, layouter, options, memory, selection, whole, overview, false, null);
        }
        Fitted fitted = fitted(c, selection, printed, layouter, options, whole && options.narrative(), memory);
        PeerMapRenderer.Result peer = fitted.result();
        // a whole map that fits only without its outlines, or not at all, gets a page per incident beside it
        boolean split = whole && (fitted.numbersOnly() || !peer.measures().fitsPaper()) && !c.incidents().isEmpty();
        PeerMapRenderer.Result first = peer;
        if ((split || !whole) && !peer.measures().fitsPaper()) {
            PeerMapRenderer.Result overview = overview(c, selection, printed, layouter, options, overviewSays, memory);
            if (overview.measures().betterThan(peer.measures())) {
                first = overview;
            }
        }
        return pages(c, printed, layouter, options, memory, selection, whole, first, split, first == peer ? fitted
                : null);
    }

    /**
     * Whether no page of {@code part} with its people's full shapes can fit the paper at 8 pt, even with its
     * incidents by number and no risk levels or workers: the smallest such shapes, with the room every layout
     * tried keeps round them, cover more than the paper's map area.
     */
    private static boolean hopeless(Case part, Printed printed, RenderOptions options) {
        Set<Integer> all = new HashSet<>();
        part.incidents().forEach(i -> all.add(i.number()));
        double room = java.util.stream.Stream.concat(TUNINGS.stream(), java.util.stream.Stream.of(SQUARE))
                .mapToDouble(Tuning::sep).min().orElseThrow();
        return PeerGraph.of(part, printed, options.places(), options.geo(), all, false).cannotFit(options.paper(),
                room);
    }

    /**
     * The drawing whose first page is {@code first}: {@code detailed} when that is the page of full shapes (else
     * null), and with {@code split} (or a whole case drawn as an overview) a page per incident after it.
     */
    private static Drawn pages(Case c, Printed printed, Layouter layouter, RenderOptions options, Memory memory,
            Views.Selection selection, boolean whole, PeerMapRenderer.Result first, boolean split, Fitted detailed) {
        String paper = options.paper().key().toUpperCase(Locale.ROOT);
        split |= whole && detailed == null && !c.incidents().isEmpty();
        List<Named> pages = new ArrayList<>(List.of(new Named(selection.fileSuffix(), first.scene())));
        List<String> warnings = new ArrayList<>(first.warnings());
        if (detailed != null && !detailed.practice()) {
            warnings.add("the risk levels and workers are left off the peer map so that it fits " + paper + " at 8 pt;"
                    + " the appendix's People table has them");
        }
        if (!whole && detailed == null) {
            warnings.add("this view does not fit " + paper + " at 8 pt with its incidents, so it shows the people and"
                    + " their connections only; --incident N draws one incident, --steps 1 or --paper a3 a larger"
                    + " print");
        }
        Map<String, org.peermap.layout.Layout.XY> at = positions(selection.part(), first);
        if (!split) {
            return new Drawn(pages, warnings, Optional.empty(), at, memory.after());
        }
        warnings.add("the whole peer map does not fit " + paper + " at 8 pt"
                + (detailed == null ? ", so it shows the people and their connections only"
                        : first.measures().fitsPaper() ? " with its incidents' outlines, so they are shown by number"
                        : " even without outlines")
                + (pagePerIncident(c) ? ", and each incident has a page of its own (" + c.reference()
                        + "-peer-map-incident-1" + (c.incidents().size() > 1 ? " to -" + c.incidents().size() : "")
                        + "), laid out for " + paper + "; --focus PERSON --steps N draws one person's part"
                        : "; its " + c.incidents().size() + " incidents are more than the " + PAGES_AT_MOST
                        + " that get a page each, so --incident N draws any one of them, and --focus PERSON --steps N"
                        + " one person's part"));
        // each incident's page is drawn on its own, so they are drawn at once, on every core
        List<Incident> each = pagePerIncident(c) ? c.incidents() : List.of();
        List<Views.Selection> ones = each.stream().map(incident -> Views.ofIncident(incident, c)).toList();
        List<PeerMapRenderer.Result> ofIncidents = Parallel.map(ones, one -> {
            layouter.deadline().check("drawing the peer map's page of incident " + one.outline());
            return fitted(c, one, printed, layouter, options, false, memory).result();
        });
        for (int i = 0; i < ones.size(); i++) {
            warnings.addAll(ofIncidents.get(i).warnings());
            pages.add(new Named(ones.get(i).fileSuffix(), ofIncidents.get(i).scene()));
        }
        return new Drawn(pages, warnings, Optional.empty(), at, memory.after());
    }

    /**
     * The graph with each person whom {@code options.like()} places starting where they were (the old version's
     * layout, turned y up for Graphviz), so that the new version keeps the old one's shape.
     */
    static PeerGraph startingLike(PeerGraph graph, Case part, RenderOptions options) {
        if (options.like().isEmpty()) {
            return graph;
        }
        Map<Integer, org.peermap.layout.Layout.XY> starts = new HashMap<>();
        for (int i = 0; i < part.people().size(); i++) {
            org.peermap.layout.Layout.XY at = options.like().get(part.people().get(i).id());
            if (at != null) {
                starts.put(i, new org.peermap.layout.Layout.XY(at.x(), -at.y()));
            }
        }
        return graph.withGraph(graph.graph().startingAt(starts));
    }

    /** Where each person of {@code c} is on a page drawn of it (points, y down), by id. */
    static Map<String, org.peermap.layout.Layout.XY> positions(Case c, PeerMapRenderer.Result page) {
        Map<String, org.peermap.layout.Layout.XY> at = new HashMap<>();
        for (int i = 0; i < c.people().size() && i < page.centres().size(); i++) {
            at.put(c.people().get(i).id(), page.centres().get(i));
        }
        return at;
    }

    /**
     * The changes map of {@code union} (the new version with what the old one had and the new one has not): one
     * page, the new things tagged and the removed ones faded, laid out as the peer map is.
     */
    static PeerMapRenderer.Result changesMap(Case union, Printed printed, Layouter layouter, RenderOptions options,
            org.peermap.render.peer.Changed changed) {
        PeerGraph graph = startingLike(PeerGraph.of(union, printed, options.places(), options.geo(), Set.of(), true),
                union, options);
        Sheet sheet = new Sheet(options.paper(), false, "", Set.of(), "", List.of(), changed);
        return incidentAware(union, printed, graph, layouter, sheet);
    }

    /**
     * A selection's people and their relationships in small shapes, with no incidents: for a group too large
     * for a page at 8 pt with them. {@code says} is the page's title line.
     */
    private static PeerMapRenderer.Result overview(Case c, Views.Selection selection, Printed printed,
            Layouter layouter, RenderOptions options, String says, Memory memory) {
        Case people = selection.part().withoutIncidents();
        Sheet sheet = new Sheet(options.paper(), false, says, Set.of(), "", numbers(c, selection.part()));
        return best(people, printed, PeerGraph.overview(people, printed), layouter, sheet, OVERVIEW_TUNINGS, true,
                memory, selection.fileSuffix() + " overview");
    }

    /** The whole case's numbers (from 1) of a part's people, in the part's order; none for the whole case. */
    private static List<Integer> numbers(Case c, Case part) {
        if (part == c) {
            return List.of();
        }
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < c.people().size(); i++) {
            number.put(c.people().get(i).id(), i + 1);
        }
        return part.people().stream().map(p -> number.get(p.id())).toList();
    }

    /** The page of a selection with its outlines; when that does not fit its paper, by number if better. */
    private static Fitted fitted(Case c, Views.Selection selection, Printed printed, Layouter layouter,
            RenderOptions options, boolean narrative, Memory memory) {
        Fitted fitted = fitted(c, selection, printed, layouter, options, narrative, true, memory);
        if ((fitted.numbersOnly() || !fitted.result().measures().fitsPaper()) && practice(selection.part())) {
            // risk levels and workers are drawn only where the map has room: the appendix's People table has them
            Fitted without = fitted(c, selection, printed, layouter, options, narrative, false, memory);
            if (fitted.numbersOnly() && !without.numbersOnly() && without.result().measures().fitsPaper()
                    || without.result().measures().betterThan(fitted.result().measures())) {
                return without;
            }
        }
        return fitted;
    }

    /** Whether a young person of {@code c} has a risk level or workers, which their shape would hold. */
    private static boolean practice(Case c) {
        return c.people().stream().anyMatch(p -> p.practice().risk().isPresent() || !p.practice().workers().isEmpty());
    }

    private static Fitted fitted(Case c, Views.Selection selection, Printed printed, Layouter layouter,
            RenderOptions options, boolean narrative, boolean practice, Memory memory) {
        if (selection.part().incidents().size() > PAGES_AT_MOST) {
            // so many incidents' outlines never fit one page: laying them out would only cost time
            return new Fitted(page(c, selection, printed, layouter, options, narrative, true, practice, memory), true,
                    practice);
        }
        PeerMapRenderer.Result page = page(c, selection, printed, layouter, options, narrative, false, practice,
                memory);
        if (!page.measures().fitsPaper() && !selection.part().incidents().isEmpty()) {
            PeerMapRenderer.Result numbered = page(c, selection, printed, layouter, options, narrative, true,
                    practice, memory);
            if (numbered.measures().betterThan(page.measures())) {
                return new Fitted(numbered, true, practice);
            }
        }
        return new Fitted(page, false, practice);
    }

    /**
     * One peer map page of a selection, numbering its people and incidents as the whole case does; with
     * {@code numbersOnly}, every incident is shown by its badges alone; with {@code practice}, young people's
     * shapes hold their risk level and workers.
     */
    private static PeerMapRenderer.Result page(Case c, Views.Selection selection, Printed printed,
            Layouter layouter, RenderOptions options, boolean narrative, boolean numbersOnly, boolean practice,
            Memory memory) {
        Case part = selection.part();
        Map<Integer, Integer> size = new HashMap<>();
        c.incidents().forEach(i -> size.put(i.number(), i.involved().size()));
        Set<Integer> partial = new HashSet<>();
        part.incidents().stream().filter(i -> numbersOnly || i.involved().size() < size.get(i.number())
                || selection.outline() != 0 && i.number() != selection.outline()).forEach(i -> partial.add(i.number()));
        PeerGraph graph = PeerGraph.of(part, printed, options.places(), options.geo(), partial, practice);
        graph = startingLike(graph, part, options);
        String why = numbersOnly ? "with outlines the map would not fit " + options.paper().key()
                .toUpperCase(Locale.ROOT) + " at 8 pt" + (options.view() instanceof View.Whole
                        ? pagePerIncident(c) ? "; each has a page of its own" : "; --incident N draws one" : "")
                : selection.outline() != 0 ? "this page is about incident " + selection.outline()
                : "some of their people are not on this page";
        Sheet sheet = new Sheet(options.paper(), narrative, selection.says(), partial, why, numbers(c, part));
        return incidentAware(part, printed, graph, layouter, sheet, memory, selection.fileSuffix()
                + (numbersOnly ? " numbered" : "") + (practice ? "" : " plain"));
    }
}
