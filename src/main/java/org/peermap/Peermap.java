package org.peermap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peermap.anonymise.Anonymiser;
import org.peermap.anonymise.Printed;
import org.peermap.check.CaseChecker;
import org.peermap.check.CheckResult;
import org.peermap.guard.LeakGuard;
import org.peermap.layout.Layout;
import org.peermap.layout.Layouter;
import org.peermap.layout.Tuning;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Case;
import org.peermap.output.OutputFile;
import org.peermap.render.Appendix;
import org.peermap.render.IncidentMapRenderer;
import org.peermap.render.Page;
import org.peermap.render.grid.GridRenderer;
import org.peermap.render.peer.PeerGraph;
import org.peermap.render.peer.PeerMapRenderer;
import org.peermap.render.peer.Sheet;
import org.peermap.render.PngWriter;
import org.peermap.render.SvgWriter;
import org.peermap.render.TitleBlock;
import org.peermap.render.pdf.PdfDocument;
import org.peermap.render.scene.Scene;
import org.peermap.source.SourceDocument;
import org.peermap.source.SourceReader;

/** The library facade: what the command line (and other programs) call. */
public final class Peermap {
    private Peermap() {}

    /** Reads and checks one case file; {@code name} appears only in diagnostics. */
    public static Checked check(String name, byte[] bytes) {
        SourceDocument document = SourceReader.read(name, bytes);
        return new Checked(document, CaseChecker.check(document));
    }

    /** Pins a letter code in the file for every person without one (see {@link Pinning}). */
    public static Pinning pinCodes(String name, byte[] bytes) {
        return Pinning.of(name, bytes);
    }

    /** A renderer that lays out with {@code engine}, stopping any layout after {@code timeout}. */
    public static Renderer renderer(Engine engine, java.time.Duration timeout) {
        return new Renderer(engine, timeout);
    }

    /**
     * Renders a checked case: anonymise, lay out, draw the peer map page, and write it to the asked formats,
     * with the appendix. Nothing is returned to write when the case may not be printed as asked.
     */
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
     * width; or, with native dot, Prism without first spreading),
     * and lines routed around people however many there are.
     */
    static final List<Tuning> OVERVIEW_TUNINGS = List.of(new Tuning(1, 1, 7, true, 4, false, true, true),
            new Tuning(1, 1, 7, false, 4, true, false, true), new Tuning(1, 0.5, 7, true, 1, false, true, true));

    /**
     * Tried last, when no other layout keeps the page whole on its paper: VPSC with every person laid out in
     * a square as wide as their shape, which keeps a large map as wide as it is high (VPSC alone makes it
     * tall and narrow).
     */
    static final Tuning SQUARE = new Tuning(1, 1, 7, true, 9, false, true, false);

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
        List<Tuning> tried = new ArrayList<>(TUNINGS.subList(0, tunings(c.people().size())));
        tried.add(SQUARE);
        return best(c, printed, graph, layouter, sheet, tried, true);
    }

    private static PeerMapRenderer.Result best(Case c, Printed printed, PeerGraph graph, Layouter layouter,
            Sheet sheet, List<Tuning> tunings, boolean firstWhole) {
        PeerMapRenderer.Result best = null;
        int tries = graph.graph().pinned() ? 1 : tunings.size();
        for (int t = 0; t < tries; t++) {
            Layout layout = layouter.layout(graph.graph().tuned(tunings.get(t)), PeerMapRenderer.MAP_ASPECT);
            PeerMapRenderer.Result result = PeerMapRenderer.render(c, printed, graph, layout, sheet);
            if (best == null || result.measures().betterThan(best.measures())) {
                best = result;
            }
            if (firstWhole && best.measures().leftOut().isEmpty() && best.measures().fitsPaper()
                    && best.measures().full() && best.measures().linesThroughPeople() == 0) {
                break;
            }
        }
        return best;
    }

    /**
     * The peer map pages: the view asked for, or the whole case. A page that does not fit its paper at 8 pt
     * with its incidents' outlines is drawn again with the incidents shown by their badges only (no room
     * kept for outlines). When even that does not fit the whole case, the whole group is drawn as an
     * overview (small shapes, no incidents), and each incident gets a page of its own (its people and the
     * people they are linked to), each laid out for the paper.
     */
    private static Optional<String> peerPages(Case c, Printed printed, Layouter layouter, RenderOptions options,
            List<String> warnings, List<OutputFile> files, List<Scene> pages) {
        Views.Result chosen = Views.select(options.view(), c, printed);
        if (chosen.selection().isEmpty()) {
            return Optional.of(chosen.problem());
        }
        Views.Selection selection = chosen.selection().get();
        boolean whole = options.view() instanceof View.Whole;
        boolean narrative = whole && options.narrative();
        String paper = options.paper().key().toUpperCase(java.util.Locale.ROOT);
        PeerMapRenderer.Result peer = peerPage(c, selection, printed, layouter, options, narrative, false);
        boolean numbersOnly = false;
        if (!peer.measures().fitsPaper() && !selection.part().incidents().isEmpty()) {
            PeerMapRenderer.Result numbered = peerPage(c, selection, printed, layouter, options, narrative, true);
            if (numbered.measures().betterThan(peer.measures())) {
                peer = numbered;
                numbersOnly = true;
            }
        }
        // a whole map that fits only without its outlines, or not at all, gets a page per incident beside it
        boolean split = whole && (numbersOnly || !peer.measures().fitsPaper()) && !c.incidents().isEmpty();
        PeerMapRenderer.Result first = peer;
        if (split && !peer.measures().fitsPaper()) {
            PeerMapRenderer.Result overview = best(c.withoutIncidents(), printed,
                    PeerGraph.overview(c.withoutIncidents(), printed), layouter, new Sheet(options.paper(), false,
                            "The whole group (" + c.people().size() + " people) and their connections; each"
                                    + " incident is on a page of its own", java.util.Set.of(), "", List.of()),
                    OVERVIEW_TUNINGS, false);
            if (overview.measures().betterThan(peer.measures())) {
                first = overview;
            }
        }
        warnings.addAll(first.warnings());
        files.addAll(pictures(c.reference(), selection.fileSuffix(), first.scene(), options));
        pages.add(first.scene());
        if (!split) {
            return Optional.empty();
        }
        warnings.add("the whole peer map does not fit " + paper + " at 8 pt"
                + (first != peer ? ", so it shows the people and their connections only"
                        : peer.measures().fitsPaper() ? " with its incidents' outlines, so they are shown by number"
                        : " even without outlines")
                + ", and each incident has a page of its own (" + c.reference() + "-peer-map-incident-1"
                + (c.incidents().size() > 1 ? " to -" + c.incidents().size() : "") + "), laid out for " + paper
                + "; --focus PERSON --steps N draws one person's part");
        for (org.peermap.model.Incident incident : c.incidents()) {
            Views.Selection one = Views.ofIncident(incident, c);
            PeerMapRenderer.Result page = peerPage(c, one, printed, layouter, options, false, false);
            if (!page.measures().fitsPaper()) {
                PeerMapRenderer.Result numbered = peerPage(c, one, printed, layouter, options, false, true);
                if (numbered.measures().betterThan(page.measures())) {
                    page = numbered;
                }
            }
            warnings.addAll(page.warnings());
            files.addAll(pictures(c.reference(), one.fileSuffix(), page.scene(), options));
            pages.add(page.scene());
        }
        return Optional.empty();
    }

    /**
     * One peer map page of a selection, numbering its people and incidents as the whole case does; with
     * {@code numbersOnly}, every incident is shown by its badges alone.
     */
    private static PeerMapRenderer.Result peerPage(Case c, Views.Selection selection, Printed printed,
            Layouter layouter, RenderOptions options, boolean narrative, boolean numbersOnly) {
        Case part = selection.part();
        java.util.Map<String, Integer> number = new java.util.HashMap<>();
        for (int i = 0; i < c.people().size(); i++) {
            number.put(c.people().get(i).id(), i + 1);
        }
        java.util.Map<Integer, Integer> size = new java.util.HashMap<>();
        c.incidents().forEach(i -> size.put(i.number(), i.involved().size()));
        java.util.Set<Integer> partial = new java.util.HashSet<>();
        part.incidents().stream().filter(i -> numbersOnly || i.involved().size() < size.get(i.number())
                || selection.outline() != 0 && i.number() != selection.outline()).forEach(i -> partial.add(i.number()));
        PeerGraph graph = PeerGraph.of(part, printed, options.places(), options.geo(), partial);
        String why = numbersOnly ? "with outlines the map would not fit " + options.paper().key()
                .toUpperCase(java.util.Locale.ROOT) + " at 8 pt" + (options.view() instanceof View.Whole
                        ? "; each has a page of its own" : "")
                : selection.outline() != 0 ? "this page is about incident " + selection.outline()
                : "some of their people are not on this page";
        Sheet sheet = new Sheet(options.paper(), narrative, selection.says(), partial, why,
                part == c ? List.of() : part.people().stream().map(p -> number.get(p.id())).toList());
        return incidentAware(part, printed, graph, layouter, sheet);
    }

    /** The people-by-incidents grid is drawn, with the incident map, for more incidents than this. */
    static final int GRID_AFTER = 3;

    static Rendered render(Case whole, RenderOptions options, Layouter layouter) {
        Case c = whole.during(options.period());
        AnonymiseMode mode = options.anonymise().orElse(c.anonymise());
        if (mode == AnonymiseMode.NONE && !options.showNames()) {
            return Rendered.refused(List.of(), List.of("anonymise mode 'none' prints real names;"
                    + " add --show-names to allow it, or choose letters, roles or initials"));
        }
        List<String> warnings = new ArrayList<>();
        if (mode == AnonymiseMode.INITIALS && c.people().stream().anyMatch(p -> p.code().isEmpty())) {
            warnings.add("anonymise mode 'initials' prints real initials, which can identify a young person to"
                    + " people who know the area");
        }
        long unpinned = c.people().stream().filter(p -> p.code().isEmpty()).count();
        if (mode == AnonymiseMode.LETTERS && unpinned > 0) {
            warnings.add(unpinned + (unpinned == 1 ? " person has" : " people have") + " no pinned code, so their"
                    + " codes follow the order people are listed and could change in a later version of the file;"
                    + " run 'peermap codes' on the file to pin them");
        }
        Printed printed = Anonymiser.printed(c, mode, options.ages());
        List<OutputFile> files = new ArrayList<>();
        List<Scene> pages = new ArrayList<>();
        String base = c.reference();
        if (options.maps().contains(RenderOptions.MapKind.PEER)) {
            Optional<String> problem = peerPages(c, printed, layouter, options, warnings, files, pages);
            if (problem.isPresent()) {
                return Rendered.refused(warnings, List.of(problem.get()));
            }
        }
        if (options.maps().contains(RenderOptions.MapKind.INCIDENT)) {
            Page incidents = IncidentMapRenderer.render(c, printed, options.paper());
            warnings.addAll(incidents.warnings());
            files.addAll(pictures(base, RenderOptions.MapKind.INCIDENT.fileSuffix(), incidents.scene(), options));
            pages.add(incidents.scene());
        }
        if (options.maps().contains(RenderOptions.MapKind.INCIDENT) && c.incidents().size() > GRID_AFTER) {
            List<Page> grid = GridRenderer.render(c, printed, options.paper());
            for (int g = 0; g < grid.size(); g++) {
                warnings.addAll(grid.get(g).warnings());
                files.addAll(pictures(base + "-grid" + (g == 0 ? "" : "-" + (g + 1)), grid.get(g).scene(), options));
                pages.add(grid.get(g).scene());
            }
        }
        byte[] appendix = Appendix.write(c, printed, c.marking());
        files.add(new OutputFile(base + "-appendix.md", appendix));
        String title = printed.text(c.title());
        String marking = TitleBlock.marking(c.marking(), printed.containsNames());
        String markdown = new String(appendix, StandardCharsets.UTF_8);
        if (options.formats().contains(RenderOptions.Format.PDF)) {
            files.add(new OutputFile(base + ".pdf", PdfDocument.ofCase(new PdfDocument.Case(title, c.reference(),
                    marking, pages, markdown), options.paper())));
        }
        List<String> leaks = LeakGuard.scan(whole, files, printed.containsNames());
        if (!leaks.isEmpty()) {
            return Rendered.refused(warnings, leaks);
        }
        return new Rendered(files, warnings, List.of(), pages, markdown, title, marking);
    }

    /**
     * The DOT that {@code render} sends to Graphviz for a case's peer map: numbered nodes with sizes and
     * the lines between them, no text from the case. For benchmarks and for checking what leaves peermap.
     */
    public static String peerMapDot(Case c) {
        Printed printed = Anonymiser.printed(c, c.anonymise() == AnonymiseMode.NONE ? AnonymiseMode.LETTERS
                : c.anonymise());
        return org.peermap.layout.DotWriter.write(PeerGraph.of(c, printed).graph());
    }

    private static List<OutputFile> pictures(String base, String suffix, Scene scene, RenderOptions options) {
        return pictures(base + "-" + suffix, scene, options);
    }

    /** The scene in each asked format, as {@code name.svg}, {@code name.png}. */
    private static List<OutputFile> pictures(String name, Scene scene, RenderOptions options) {
        List<OutputFile> files = new ArrayList<>();
        for (RenderOptions.Format format : RenderOptions.Format.values()) {
            if (options.formats().contains(format) && format != RenderOptions.Format.PDF) {
                byte[] bytes = format == RenderOptions.Format.SVG ? SvgWriter.write(scene) : PngWriter.write(scene);
                files.add(new OutputFile(name + "." + format.extension(), bytes));
            }
        }
        return files;
    }

    /** A checked file: the source it was read from (for showing lines) and the result. */
    public record Checked(SourceDocument source, CheckResult result) {}
}
