package org.peermap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.peermap.render.peer.PeerGraph;
import org.peermap.render.peer.PeerMapRenderer;
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

    static int tunings(int people) {
        return people <= 20 ? TUNINGS.size() : people <= 40 ? 4 : 2;
    }

    /**
     * An incident-aware layout: lays the map out with each tuning in turn and keeps the first page on its
     * paper with every outline, else the best (on its paper, then fewest incidents without an outline,
     * then the largest print).
     */
    static PeerMapRenderer.Result incidentAware(Case c, Printed printed, PeerGraph graph, Layouter layouter,
            RenderOptions options) {
        PeerMapRenderer.Result best = null;
        int tries = graph.graph().pinned() ? 1 : tunings(c.people().size());
        for (int t = 0; t < tries; t++) {
            Layout layout = layouter.layout(graph.graph().tuned(TUNINGS.get(t)), PeerMapRenderer.MAP_ASPECT);
            PeerMapRenderer.Result result = PeerMapRenderer.render(c, printed, graph, layout, options.narrative());
            if (best == null || result.measures().betterThan(best.measures())) {
                best = result;
            }
            if (best.measures().leftOut().isEmpty() && best.measures().fitsPaper() && best.measures().full()) {
                break;
            }
        }
        return best;
    }

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
            PeerGraph graph = options.places() || options.geo() ? PeerGraph.withPlaces(c, printed, options.geo())
                    : PeerGraph.of(c, printed);
            PeerMapRenderer.Result peer = incidentAware(c, printed, graph, layouter, options);
            warnings.addAll(peer.warnings());
            files.addAll(pictures(base, RenderOptions.MapKind.PEER, peer.scene(), options));
            pages.add(peer.scene());
        }
        if (options.maps().contains(RenderOptions.MapKind.INCIDENT)) {
            Page incidents = IncidentMapRenderer.render(c, printed);
            warnings.addAll(incidents.warnings());
            files.addAll(pictures(base, RenderOptions.MapKind.INCIDENT, incidents.scene(), options));
            pages.add(incidents.scene());
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

    private static List<OutputFile> pictures(String base, RenderOptions.MapKind kind, Scene scene,
            RenderOptions options) {
        List<OutputFile> files = new ArrayList<>();
        for (RenderOptions.Format format : RenderOptions.Format.values()) {
            if (options.formats().contains(format) && format != RenderOptions.Format.PDF) {
                byte[] bytes = format == RenderOptions.Format.SVG ? SvgWriter.write(scene) : PngWriter.write(scene);
                files.add(new OutputFile(base + "-" + kind.fileSuffix() + "." + format.extension(), bytes));
            }
        }
        return files;
    }

    /** A checked file: the source it was read from (for showing lines) and the result. */
    public record Checked(SourceDocument source, CheckResult result) {}
}
