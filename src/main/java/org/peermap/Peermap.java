package org.peermap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peermap.anonymise.Anonymiser;
import org.peermap.anonymise.Printed;
import org.peermap.check.CarefulWords;
import org.peermap.check.CaseChecker;
import org.peermap.check.CheckResult;
import org.peermap.guard.LeakGuard;
import org.peermap.layout.Deadline;
import org.peermap.layout.Layouter;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Case;
import org.peermap.output.OutputFile;
import org.peermap.render.Appendix;
import org.peermap.render.IncidentMapRenderer;
import org.peermap.render.Page;
import org.peermap.render.grid.GridRenderer;
import org.peermap.render.peer.PeerGraph;
import org.peermap.render.PngWriter;
import org.peermap.render.SvgWriter;
import org.peermap.render.TitleBlock;
import org.peermap.render.pdf.PdfDocument;
import org.peermap.render.scene.Scene;
import org.peermap.source.Mapping;
import org.peermap.source.PartFiles;
import org.peermap.source.Scalar;
import org.peermap.source.Sequence;
import org.peermap.source.SourceDocument;
import org.peermap.source.SourceReader;
import org.peermap.source.TeamFile;

/** The library facade: what the command line (and other programs) call. */
public final class Peermap {
    private Peermap() {}

    /** Reads and checks one case file; {@code name} appears only in diagnostics. */
    public static Checked check(String name, byte[] bytes) {
        return check(name, bytes, true);
    }

    /** As {@link #check(String, byte[])}; {@code language} false leaves out the careful-language warnings. */
    public static Checked check(String name, byte[] bytes, boolean language) {
        return check(name, bytes, language ? CarefulWords.STANDARD : CarefulWords.OFF);
    }

    /** As {@link #check(String, byte[])}, warning of the careful-language {@code words}. */
    public static Checked check(String name, byte[] bytes, CarefulWords words) {
        SourceDocument document = SourceReader.read(name, bytes);
        List<PartFiles.Part> parts = List.of();
        List<org.peermap.diagnostic.Diagnostic> reading = List.of();
        if (document.complete() && document.root().get() instanceof Mapping top) {
            Optional<Mapping.Entry> part = top.entry("peermap-part");
            if (part.isPresent()) {
                // a part alone is not a case: say which case lists it, when one beside it does
                List<String> cases = PartFiles.listedBy(name);
                List<org.peermap.diagnostic.Diagnostic> all = new ArrayList<>(document.diagnostics());
                all.add(org.peermap.diagnostic.Diagnostic.error(name, part.get().key().start(), "this is part of a"
                        + " case: run the case file that lists it" + (cases.isEmpty() ? " in its 'parts'"
                                : " (" + String.join(", ", cases) + ")")));
                return new Checked(document, new CheckResult(Optional.empty(), all));
            }
            Optional<Mapping.Entry> listed = top.entry("parts");
            // parts: [police.yaml, school.yaml], or a single part written as parts: police.yaml
            List<Scalar> named = listed.map(e -> e.value() instanceof Sequence items ? items.items().stream()
                    .filter(i -> i instanceof Scalar).map(i -> (Scalar) i).toList()
                    : e.value() instanceof Scalar one && !one.isEmpty() ? List.of(one) : List.<Scalar>of())
                    .orElse(List.of());
            if (!named.isEmpty()) {
                org.peermap.diagnostic.Diagnostics found = new org.peermap.diagnostic.Diagnostics(name);
                parts = PartFiles.read(name, named, bytes.length, found);
                reading = found.sorted();
            }
        }
        return new Checked(document, CaseChecker.check(document, parts, reading, words), parts);
    }

    /**
     * The careful-language words for the case file {@code caseFile} (as named on the command line): peermap's
     * own, and the team's {@code careful-language.txt} nearest above it, if there is one; none when {@code on}
     * is false.
     */
    public static CarefulWords carefulWords(String caseFile, boolean on) {
        if (!on) {
            return CarefulWords.OFF;
        }
        return TeamFile.nearest(caseFile, CarefulWords.FILE).map(f -> f.problem().isPresent()
                ? CarefulWords.STANDARD.unreadable(f.name()) : CarefulWords.STANDARD.and(f.name(), f.bytes()))
                .orElse(CarefulWords.STANDARD);
    }

    /** Whether {@code bytes} are a part of a case (they start a mapping with {@code peermap-part}). */
    public static boolean isPart(byte[] bytes) {
        SourceDocument document = SourceReader.read("part", bytes);
        return document.root().orElse(null) instanceof Mapping top && top.entry("peermap-part").isPresent();
    }

    /** Pins a letter code in the file for every person without one (see {@link Pinning}). */
    public static Pinning pinCodes(String name, byte[] bytes) {
        return Pinning.of(name, bytes);
    }

    /** A renderer that lays out with {@code engine}, stopping any layout after {@code timeout}. */
    public static Renderer renderer(Engine engine, java.time.Duration timeout) {
        return new Renderer(engine, timeout);
    }

    /** The people-by-incidents grid is drawn, with the incident map, for more incidents than this. */
    static final int GRID_AFTER = 3;

    /**
     * Renders a checked case: anonymise, lay out, draw the peer map page, and write it to the asked formats,
     * with the appendix. Nothing is returned to write when the case may not be printed as asked.
     */
    static Rendered render(Case whole, RenderOptions options, Layouter layouter) {
        // doubtful facts are left off the maps (the appendix lists them); codes are still given over the whole case
        Case c = whole.believed().during(options.period());
        AnonymiseMode mode = options.anonymise().orElse(c.anonymise());
        if (mode == AnonymiseMode.NONE && !options.showNames()) {
            return Rendered.refused(List.of(), List.of("anonymise mode 'none' prints real names;"
                    + " add --show-names to allow it, or choose letters, roles or initials"));
        }
        List<String> warnings = new ArrayList<>();
        if (mode == AnonymiseMode.INITIALS) { // pinned codes do not apply: everyone is printed by initials
            warnings.add("anonymise mode 'initials' prints real initials, which can identify a young person to"
                    + " people who know the area");
        }
        long unpinned = c.people().stream().filter(p -> p.code().isEmpty()).count();
        if (mode == AnonymiseMode.LETTERS && unpinned > 0) {
            warnings.add(unpinned + (unpinned == 1 ? " person has" : " people have") + " no pinned code, so their"
                    + " codes follow the order people are listed and could change in a later version of the file;"
                    + " run 'peermap codes' on the file to pin them");
        }
        // codes are given over the whole case, so a person keeps one code in every period shown, and a
        // narrative that names someone the period leaves out still prints their code
        Printed printed = Anonymiser.printed(whole, mode, options.ages());
        if (c.people().size() < whole.people().size() && c.narrative().isPresent()) {
            java.util.Set<String> shown = new java.util.HashSet<>();
            c.people().forEach(p -> shown.add(p.id()));
            java.util.regex.Matcher m = org.peermap.model.References.PATTERN.matcher(c.narrative().get());
            while (m.find()) {
                String id = m.group(1).strip();
                if (!shown.contains(id) && whole.people().stream().anyMatch(p -> p.id().equals(id))) {
                    warnings.add("the narrative names people this period does not show (it may describe later"
                            + " events): read it with the period in mind, or give the period's own narrative");
                    break;
                }
            }
        }
        List<OutputFile> files = new ArrayList<>();
        List<Scene> pages = new ArrayList<>();
        Map<String, org.peermap.layout.Layout.XY> positions = Map.of();
        Map<String, Settled> settled = Map.of();
        // the texts each PNG shows, by file name, for the leak guard (pixels cannot be read back)
        Map<String, List<String>> drawn = new HashMap<>();
        String base = c.reference();
        // the peer map and the incident map do not depend on each other, so they are drawn at once
        boolean incidentMap = options.maps().contains(RenderOptions.MapKind.INCIDENT);
        // (stopped when the peer map fails, as the incident map is then not shown)
        Deadline beside = layouter.deadline().stoppable();
        java.util.concurrent.CompletableFuture<Made> incidentsLater = incidentMap
                && options.maps().contains(RenderOptions.MapKind.PEER)
                ? Parallel.later(() -> incidentMaps(c, printed, options, beside, base)) : null;
        if (options.maps().contains(RenderOptions.MapKind.PEER)) {
            PeerPages.Drawn peer;
            try {
                peer = PeerPages.draw(c, printed, layouter, options);
            } catch (RuntimeException | Error e) {
                beside.stop();
                throw e;
            }
            positions = peer.positions();
            settled = peer.settled();
            if (peer.problem().isPresent()) {
                beside.stop();
                return Rendered.refused(warnings, List.of(peer.problem().get()));
            }
            warnings.addAll(peer.warnings());
            new Made(peer.pages().stream().map(page -> new Made.Picture(base + "-" + page.suffix(), page.scene()))
                    .toList(), List.of()).addTo(files, pages, warnings, drawn, options, layouter.deadline());
        }
        if (incidentMap) {
            (incidentsLater != null ? Parallel.await(incidentsLater) : incidentMaps(c, printed, options,
                    layouter.deadline(), base))
                    .addTo(files, pages, warnings, drawn, options, layouter.deadline());
        }
        byte[] appendix = Appendix.write(c, whole, printed, c.marking());
        files.add(new OutputFile(base + "-appendix.md", appendix));
        String title = printed.text(c.title());
        String marking = TitleBlock.marking(c.marking(), printed.containsNames());
        String markdown = new String(appendix, StandardCharsets.UTF_8);
        if (options.formats().contains(RenderOptions.Format.PDF)) {
            files.add(new OutputFile(base + ".pdf", PdfDocument.ofCase(new PdfDocument.Case(title, c.reference(),
                    marking, pages, markdown), options.paper())));
        }
        List<String> leaks = LeakGuard.scan(whole, files, drawn, printed.containsNames());
        if (!leaks.isEmpty()) {
            return Rendered.refused(warnings, leaks);
        }
        return new Rendered(files, warnings, List.of(), pages, markdown, title, marking, positions, settled);
    }

    /** The words at the top and the bottom of a restricted key. */
    public static final String RESTRICTED = LeakGuard.RESTRICTED;

    /**
     * {@code <reference>-restricted-key.md}: for entitled staff only, each printed code (letters mode, as the
     * maps print them) beside the person's real name and aliases, and each place's printed label beside its
     * name, marked {@link #RESTRICTED} at the top and the bottom. The one file peermap writes that holds names
     * on purpose; {@code render} and {@code pack} never write it.
     */
    public static OutputFile restrictedKey(Case c) {
        Printed printed = Anonymiser.printed(c, org.peermap.model.AnonymiseMode.LETTERS);
        StringBuilder md = new StringBuilder("**" + RESTRICTED + "**\n\n# " + c.reference()
                + " - restricted key\n\n| Code | Name | Aliases |\n|---|---|---|\n");
        for (org.peermap.model.Person p : c.people()) {
            md.append("| ").append(printed.person(p.id())).append(" | ").append(cell(p.name().orElse(""))).append(" | ")
                    .append(cell(String.join(", ", p.aliases()))).append(" |\n");
        }
        if (c.places().stream().anyMatch(p -> p.name().isPresent())) {
            md.append("\n| Place as printed | Name |\n|---|---|\n");
            for (org.peermap.model.Place p : c.places()) {
                p.name().ifPresent(n -> md.append("| ").append(printed.place(p.id())).append(" | ").append(cell(n))
                        .append(" |\n"));
            }
        }
        md.append("\n**").append(RESTRICTED).append("**\n");
        OutputFile key = new OutputFile(c.reference() + LeakGuard.KEY_ENDING, md.toString().getBytes(StandardCharsets.UTF_8));
        List<String> problems = LeakGuard.scanRestrictedKey(c, key);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the restricted key is not as the leak guard requires: " + problems);
        }
        return key;
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s+", " ").strip();
    }

    /**
     * A case's follow-up for a pack's cover and summary: the review date and its open and overdue actions, the
     * overdue ones in printed words, judged against the map's date of the period {@code options} show.
     */
    public static FollowUp followUp(Case whole, RenderOptions options) {
        Case c = whole.during(options.period());
        Printed printed = Anonymiser.printed(whole, options.anonymise().orElse(whole.anonymise()), options.ages());
        java.util.Optional<java.time.LocalDate> date = c.mapDate();
        List<String> overdue = new ArrayList<>();
        int open = 0;
        for (org.peermap.model.Action a : whole.actions()) {
            if (a.status() != org.peermap.model.ActionStatus.OPEN) {
                continue;
            }
            open++;
            if (date.map(a::overdueOn).orElse(false)) {
                String who = a.whoPerson().map(printed::person).or(() -> a.who().map(printed::text)).orElse("");
                overdue.add(printed.text(a.what()) + " (" + (who.isEmpty() ? "" : who + ", ") + "by "
                        + a.by().orElseThrow().printed() + ")");
            }
        }
        return new FollowUp(whole.review().map(org.peermap.render.Dates::printed), open, overdue.size(), overdue);
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

    /** Pages to write, each under its file name without the ending, and what the user should be told of them. */
    private record Made(List<Picture> named, List<String> warnings) {
        record Picture(String name, Scene scene) {}

        /**
         * Adds the pages' files (made at once, on every core), scenes, warnings and the texts their PNGs show, in
         * order.
         */
        void addTo(List<OutputFile> files, List<Scene> pages, List<String> told, Map<String, List<String>> drawn,
                RenderOptions options, Deadline deadline) {
            told.addAll(warnings);
            for (List<OutputFile> made : Parallel.map(named, page -> files(page.name(), page.scene(), options,
                    deadline))) {
                files.addAll(made);
            }
            for (Picture page : named) {
                pages.add(page.scene());
                shown(page.name(), page.scene(), options, drawn);
            }
        }
    }

    /** The incident map and, for more than {@link #GRID_AFTER} incidents, the people-by-incidents grid. */
    private static Made incidentMaps(Case c, Printed printed, RenderOptions options, Deadline deadline,
            String base) {
        List<Made.Picture> named = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Page incidents = IncidentMapRenderer.render(c, printed, options.paper(), deadline);
        warnings.addAll(incidents.warnings());
        named.add(new Made.Picture(base + "-" + RenderOptions.MapKind.INCIDENT.fileSuffix(), incidents.scene()));
        if (c.incidents().size() > GRID_AFTER) {
            List<Page> grid = GridRenderer.render(c, printed, options.paper());
            for (int g = 0; g < grid.size(); g++) {
                warnings.addAll(grid.get(g).warnings());
                named.add(new Made.Picture(base + "-grid" + (g == 0 ? "" : "-" + (g + 1)), grid.get(g).scene()));
            }
        }
        return new Made(named, warnings);
    }

    /**
     * The scene in each asked format, as {@code name.svg}, {@code name.png}; the texts a PNG shows are put in
     * {@code drawn} under its name.
     */
    static List<OutputFile> pictures(String name, Scene scene, RenderOptions options,
            Map<String, List<String>> drawn, Deadline deadline) {
        List<OutputFile> files = files(name, scene, options, deadline);
        shown(name, scene, options, drawn);
        return files;
    }

    /** The scene in each asked format but PDF, as {@code name.svg}, {@code name.png}. */
    private static List<OutputFile> files(String name, Scene scene, RenderOptions options, Deadline deadline) {
        List<OutputFile> files = new ArrayList<>();
        for (RenderOptions.Format format : RenderOptions.Format.values()) {
            if (options.formats().contains(format) && format != RenderOptions.Format.PDF) {
                deadline.check("drawing the " + format.extension().toUpperCase(Locale.ROOT) + " files");
                byte[] bytes = format == RenderOptions.Format.SVG ? SvgWriter.write(scene) : PngWriter.write(scene);
                files.add(new OutputFile(name + "." + format.extension(), bytes));
            }
        }
        return files;
    }

    /** Puts the texts the scene's PNG shows, when one is made, in {@code drawn} under its name. */
    private static void shown(String name, Scene scene, RenderOptions options, Map<String, List<String>> drawn) {
        if (options.formats().contains(RenderOptions.Format.PNG)) {
            drawn.put(name + "." + RenderOptions.Format.PNG.extension(), scene.texts());
        }
    }

    /** A case file as read and checked, with the parts it lists (each agency's contribution), as read. */
    public record Checked(SourceDocument source, CheckResult result, List<PartFiles.Part> parts) {
        public Checked {
            parts = List.copyOf(parts);
        }

        public Checked(SourceDocument source, CheckResult result) {
            this(source, result, List.of());
        }

        /** Every file of the case by its name, for printing a diagnostic's line. */
        public Map<String, org.peermap.source.SourceFile> files() {
            Map<String, org.peermap.source.SourceFile> files = new HashMap<>();
            files.put(source.file().name(), source.file());
            parts.forEach(p -> files.put(p.document().file().name(), p.document().file()));
            return files;
        }
    }
}
