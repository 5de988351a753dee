package org.peermap.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.peermap.Engine;
import org.peermap.LayoutFailed;
import org.peermap.Peermap;
import org.peermap.RenderOptions;
import org.peermap.Rendered;
import org.peermap.Renderer;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.Position;
import org.peermap.model.Case;
import org.peermap.guard.LeakGuard;
import org.peermap.model.AnonymiseMode;
import org.peermap.output.AtomicWriter;
import org.peermap.output.OutputFile;
import org.peermap.render.pdf.PdfDocument;

/**
 * Makes a panel pack: every case rendered into one folder in parallel (one JVM, a thread per job), only
 * the cases whose input, options or tool version changed (or whose outputs are not on disk as recorded),
 * each file written atomically and the manifest after every case, then {@code pack.html}.
 */
public final class Packer {

    /** What the pack is asked for. */
    /**
     * How to pack; {@code language} false leaves out the careful-language warnings; with {@code since} (a git
     * revision), each case gets its changes since then ({@code <reference>-changes.md}, a page after its maps in
     * pack.pdf, and a column on the cover).
     */
    public record Options(Path out, int jobs, boolean force, RenderOptions render, Engine engine, Duration timeout,
            String version, boolean language, Optional<String> since) {
        /** Options of a pack without {@code --since}. */
        public Options(Path out, int jobs, boolean force, RenderOptions render, Engine engine, Duration timeout,
                String version, boolean language) {
            this(out, jobs, force, render, engine, timeout, version, language, Optional.empty());
        }
    }

    /** How a case ended. */
    public enum Status { RENDERED, UNCHANGED, FAILED }

    /** One case's outcome; {@code reference} is empty when the file could not be read as a case. */
    public record CaseResult(Path file, String reference, Status status, List<Diagnostic> diagnostics,
            List<String> warnings, Optional<Rendered> rendered) {

        CaseResult(Path file, String reference, Status status, List<Diagnostic> diagnostics, List<String> warnings) {
            this(file, reference, status, diagnostics, warnings, Optional.empty());
        }
    }

    /** Told about each case as it ends. */
    public interface Progress {
        void finished(int done, int total, CaseResult result);
    }

    private Packer() {}

    /** Thrown when another pack is writing into the same folder. */
    public static final class Busy extends IOException {
        private static final long serialVersionUID = 1L;

        Busy(Path folder) {
            super("another peermap pack is writing into " + folder + " now; wait for it to finish, or pack into"
                    + " another folder");
        }
    }

    static final String LOCK = ".peermap-pack.lock";

    /**
     * Makes the pack. One pack at a time writes into a folder: a second one started meanwhile is refused
     * ({@link Busy}), so the manifest always records every case on disk.
     */
    public static List<CaseResult> run(List<Path> files, Options options, Progress progress) throws IOException {
        AtomicWriter.createFolder(options.out());
        Path lockFile = options.out().resolve(LOCK);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new Busy(options.out());
            }
            try {
                return locked(files, options, progress);
            } finally {
                lock.release();
            }
        }
    }

    private static List<CaseResult> locked(List<Path> files, Options options, Progress progress) throws IOException {
        Manifest manifest = Manifest.read(options.out());
        String settings = Manifest.sha256((options.version() + "\n" + describe(options.render()))
                .getBytes(StandardCharsets.UTF_8));

        List<Job> jobs = new ArrayList<>();
        Map<String, Path> byReference = new HashMap<>();
        List<CaseResult> early = new ArrayList<>();
        for (Path file : files) {
            // read as render reads a file: no more than the size limit, a file that cannot be read failing alone
            org.peermap.source.InputFile input = org.peermap.source.InputFile.load(file.toString(), null);
            if (input.problem().isPresent()) {
                early.add(new CaseResult(file, "", Status.FAILED, List.of(Diagnostic.error(file.toString(),
                        Position.START, "cannot read file: " + input.problem().get())), List.of()));
                continue;
            }
            byte[] bytes = input.bytes();
            if (Peermap.isPart(bytes)) {
                continue; // a part of a case (an agency's contribution): packed with the case that lists it
            }
            Peermap.Checked checked = Peermap.check(file.toString(), bytes,
                    Peermap.carefulWords(file.toString(), options.language()));
            if (checked.result().checked().isEmpty()) {
                early.add(new CaseResult(file, "", Status.FAILED, checked.result().diagnostics(), List.of()));
                continue;
            }
            Case c = checked.result().checked().get();
            Path other = byReference.putIfAbsent(c.reference(), file);
            if (other != null) {
                early.add(new CaseResult(file, c.reference(), Status.FAILED, List.of(Diagnostic.error(file.toString(),
                        Position.START, "reference " + c.reference() + " is also the reference of " + other
                                + "; two cases would write the same files")), List.of()));
                jobs.removeIf(j -> j.file().equals(other));
                early.add(new CaseResult(other, c.reference(), Status.FAILED, List.of(Diagnostic.error(
                        other.toString(), Position.START, "reference " + c.reference() + " is also the reference of "
                                + file + "; two cases would write the same files")), List.of()));
                continue;
            }
            // a change to the case file or to any of its parts renders the case again
            StringBuilder inputs = new StringBuilder(Manifest.sha256(bytes));
            for (org.peermap.source.PartFiles.Part part : checked.parts()) {
                inputs.append('\n').append(part.listed().value().strip()).append(' ').append(Manifest.sha256(part
                        .document().file().original().getBytes(StandardCharsets.UTF_8)));
            }
            String hash = checked.parts().isEmpty() ? Manifest.sha256(bytes)
                    : Manifest.sha256(inputs.toString().getBytes(StandardCharsets.UTF_8));
            Optional<Since> changes = Optional.empty();
            if (options.since().isPresent()) {
                Object since = since(file, c, options.since().get(), options);
                if (since instanceof Diagnostic problem) {
                    early.add(new CaseResult(file, c.reference(), Status.FAILED, List.of(problem), List.of()));
                    continue;
                }
                changes = Optional.of((Since) since);
                // the changes are part of what the pack shows of the case: a new revision's file renders it again
                hash = Manifest.sha256((hash + "\nsince " + options.since().get() + " " + changes.get().changes()
                        .map(f -> Manifest.sha256(f.bytes())).orElse("new")).getBytes(StandardCharsets.UTF_8));
            }
            jobs.add(new Job(file, c, hash, checked.result().diagnostics(), changes));
        }
        jobs.removeIf(j -> early.stream().anyMatch(e -> e.file().equals(j.file())));

        int total = jobs.size() + early.size();
        AtomicInteger done = new AtomicInteger();
        List<CaseResult> results = new ArrayList<>();
        for (CaseResult e : early) {
            results.add(e);
            progress.finished(done.incrementAndGet(), total, e);
        }
        ThreadLocal<Renderer> renderers = ThreadLocal.withInitial(() -> Peermap.renderer(options.engine(),
                options.timeout()));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.jobs()), r -> {
            Thread t = new Thread(r, "peermap-pack");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CaseResult>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    CaseResult r = one(job, options, manifest, settings, renderers.get());
                    progress.finished(done.incrementAndGet(), total, r);
                    return r;
                }));
            }
            for (Future<CaseResult> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the pack was interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a case could not be written", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<CaseResult> written = results.stream().filter(r -> r.status() != Status.FAILED).toList();
        forgetOthers(options.out(), manifest, written);
        if (written.isEmpty()) {
            // no case to show: a pack of none would go before a panel as if it were one
            AtomicWriter.delete(options.out(), List.of("pack.html", PDF));
            return results;
        }
        OutputFile html = new OutputFile("pack.html", PackHtml.write(options.out(), manifest, written,
                followUps(written, jobs, options)));
        List<OutputFile> whole = new ArrayList<>(List.of(html));
        String contents = Manifest.sha256((settings + "\n" + written.stream().map(r -> r.reference() + " "
                + jobs.stream().filter(j -> j.file().equals(r.file())).findFirst().map(Job::inputHash).orElse(""))
                .sorted().reduce("", (a, b) -> a + b + "\n")).getBytes(StandardCharsets.UTF_8));
        Manifest.Entry packed = manifest.get(Manifest.PACK);
        boolean current = packed != null && packed.input().equals(contents)
                && Manifest.onDisk(options.out(), packed);
        if (!current) {
            // pack.pdf holds exactly the cases of pack.html: made again whenever a case is added, changed,
            // removed or now fails
            whole.add(new OutputFile(PDF, pdf(written, jobs, options)));
        }
        // the pack's own files hold every case: the leak guard reads them (the PDF's text as a reader would
        // extract it) against each case before either is written
        List<Diagnostic> leaks = new ArrayList<>();
        LeakGuard.Read read = LeakGuard.read(whole);
        for (CaseResult r : written) {
            jobs.stream().filter(j -> j.file().equals(r.file())).findFirst().ifPresent(job -> {
                AnonymiseMode mode = options.render().anonymise().orElse(job.checked().anonymise());
                boolean names = mode == AnonymiseMode.NONE && options.render().showNames();
                LeakGuard.scan(job.checked(), read, names).forEach(m -> leaks.add(
                        Diagnostic.error(job.file().toString(), Position.START, m)));
            });
        }
        if (!leaks.isEmpty()) {
            List<CaseResult> out = new ArrayList<>(results);
            out.add(new CaseResult(options.out().resolve("pack.html"), "pack.html", Status.FAILED, leaks, List.of()));
            return out;
        }
        AtomicWriter.write(options.out(), whole);
        if (!current) {
            byte[] pdf = whole.get(whole.size() - 1).bytes();
            manifest.put(new Manifest.Entry(Manifest.PACK, contents, settings, Map.of(PDF, Manifest.sha256(pdf)),
                    List.of()));
            AtomicWriter.write(options.out(), List.of(new OutputFile(Manifest.NAME, manifest.bytes())));
        }
        return results;
    }

    /**
     * Removes from the pack folder what the manifest records for cases that are not in this pack now (their
     * file was removed from the inputs, or it now fails): only files peermap wrote, with the contents it
     * recorded, so a withdrawn case is not left beside the pack.
     */
    private static void forgetOthers(Path out, Manifest manifest, List<CaseResult> written) throws IOException {
        java.util.Set<String> kept = new java.util.HashSet<>();
        written.forEach(r -> kept.add(r.reference()));
        kept.add(Manifest.PACK);
        boolean changed = false;
        for (Manifest.Entry e : manifest.entries()) {
            if (kept.contains(e.reference())) {
                continue;
            }
            List<String> ours = new ArrayList<>();
            for (Map.Entry<String, String> f : e.outputs().entrySet()) {
                Path file = out.resolve(f.getKey());
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Manifest.sha256(Files.readAllBytes(file)).equals(f.getValue())) {
                    ours.add(f.getKey());
                }
            }
            AtomicWriter.delete(out, ours);
            manifest.remove(e.reference());
            changed = true;
        }
        if (changed) {
            AtomicWriter.write(out, List.of(new OutputFile(Manifest.NAME, manifest.bytes())));
        }
    }

    private record Job(Path file, Case checked, String inputHash, List<Diagnostic> diagnostics, Optional<Since> since) {
        Job(Path file, Case checked, String inputHash, List<Diagnostic> diagnostics) {
            this(file, checked, inputHash, diagnostics, Optional.empty());
        }
    }

    /** A case's changes since the pack's revision: the cover's words, and its changes file (none for a new case). */
    private record Since(String summary, Optional<OutputFile> changes) {}

    /**
     * What changed in the case of {@code file} since {@code revision}, or the problem (reading the file at the
     * revision, or a name the changes would print); the revision's file is read with git.
     */
    private static Object since(Path file, Case now, String revision, Options options) {
        org.peermap.source.InputFile old = org.peermap.source.GitFile.show(revision, file.toString());
        if (old.problem().isPresent()) {
            if (old.problem().get().startsWith("the file did not exist at revision")) {
                return new Since("new since " + revision, Optional.empty());
            }
            return Diagnostic.error(file.toString(), Position.START, "cannot read this case at --since " + revision
                    + ": " + old.problem().get());
        }
        Peermap.Checked checked = Peermap.check(old.name(), old.bytes(), false);
        if (checked.result().checked().isEmpty()) {
            return Diagnostic.error(file.toString(), Position.START, "this case as it was at " + revision + " has"
                    + " errors, so its changes cannot be said (peermap check it at that revision)");
        }
        org.peermap.Differ.Diffed diffed = org.peermap.Differ.diff(checked.result().checked().get(), now,
                options.render(), Optional.empty(), "revision " + revision, "this pack");
        if (diffed.files().isEmpty()) {
            return Diagnostic.error(file.toString(), Position.START, String.join("; ", diffed.refusal()));
        }
        return new Since(diffed.changes().get().summary(), Optional.of(diffed.files().get(0)));
    }

    static final String PDF = "pack.pdf";

    /**
     * The PDF of every written case, in reference order. Cases not rendered in this run are drawn again in
     * memory (nothing of theirs is written), since the PDF holds every case's pages.
     */
    private static byte[] pdf(List<CaseResult> written, List<Job> jobs, Options options) throws IOException {
        Renderer renderer = Peermap.renderer(options.engine(), options.timeout());
        List<PdfDocument.Case> cases = new ArrayList<>();
        for (CaseResult r : written.stream().sorted(java.util.Comparator.comparing(CaseResult::reference)).toList()) {
            Optional<Rendered> rendered = r.rendered();
            Job job = jobs.stream().filter(j -> j.file().equals(r.file())).findFirst().orElse(null);
            if (rendered.isEmpty() && job != null) {
                try {
                    rendered = Optional.of(renderer.render(job.checked(), options.render()));
                } catch (LayoutFailed e) {
                    continue;
                }
            }
            if (rendered.isPresent() && rendered.get().refusal().isEmpty() && job != null) {
                Rendered done = rendered.get();
                org.peermap.FollowUp followUp = Peermap.followUp(job.checked(), options.render());
                // the changes page comes right after the case's maps, before its appendix
                String appendix = job.since().flatMap(Since::changes).map(f -> new String(f.bytes(),
                        StandardCharsets.UTF_8) + "\n").orElse("") + done.appendix();
                cases.add(new PdfDocument.Case(done.title(), r.reference(), done.marking(), done.pages(),
                        appendix, followUp.summary(), followUp.overdueActions(),
                        job.since().map(Since::summary).orElse("")));
            }
        }
        // dated by the cases, not the clock, so that the same cases give the same bytes anywhere and any day
        Optional<java.time.LocalDate> latest = jobs.stream().filter(j -> written.stream()
                .anyMatch(r -> r.file().equals(j.file()))).map(j -> j.checked().prepared())
                .flatMap(Optional::stream).max(java.util.Comparator.naturalOrder());
        return PdfDocument.pack(cases, options.render().paper(), latest.map(org.peermap.render.Dates::printed)
                .orElse(""), options.since().orElse(""));
    }

    /** Each written case's review and actions, by reference, for pack.html. */
    private static Map<String, org.peermap.FollowUp> followUps(List<CaseResult> written, List<Job> jobs,
            Options options) {
        Map<String, org.peermap.FollowUp> out = new java.util.HashMap<>();
        for (CaseResult r : written) {
            jobs.stream().filter(j -> j.file().equals(r.file())).findFirst()
                    .ifPresent(j -> out.put(r.reference(), Peermap.followUp(j.checked(), options.render())));
        }
        return out;
    }

    private static CaseResult one(Job job, Options options, Manifest manifest, String settings, Renderer renderer)
            throws IOException {
        String reference = job.checked().reference();
        Manifest.Entry known = manifest.get(reference);
        if (!options.force() && known != null && known.input().equals(job.inputHash())
                && known.settings().equals(settings) && Manifest.onDisk(options.out(), known)) {
            return new CaseResult(job.file(), reference, Status.UNCHANGED, job.diagnostics(), known.warnings());
        }
        Rendered rendered;
        try {
            rendered = renderer.render(job.checked(), options.render());
        } catch (LayoutFailed e) {
            return new CaseResult(job.file(), reference, Status.FAILED, List.of(Diagnostic.error(job.file().toString(),
                    Position.START, e.said())), List.of());
        }
        if (!rendered.refusal().isEmpty()) {
            return new CaseResult(job.file(), reference, Status.FAILED, rendered.refusal().stream()
                    .map(m -> Diagnostic.error(job.file().toString(), Position.START, m)).toList(), rendered.warnings());
        }
        manifest.remove(reference);
        synchronized (manifest) {
            AtomicWriter.write(options.out(), List.of(new OutputFile(Manifest.NAME, manifest.bytes())));
        }
        List<OutputFile> files = new ArrayList<>(rendered.files());
        job.since().flatMap(Since::changes).ifPresent(files::add);
        AtomicWriter.write(options.out(), files);
        Map<String, String> outputs = new LinkedHashMap<>();
        for (OutputFile f : files) {
            outputs.put(f.name(), Manifest.sha256(f.bytes()));
        }
        manifest.put(new Manifest.Entry(reference, job.inputHash(), settings, outputs, rendered.warnings()));
        synchronized (manifest) {
            AtomicWriter.write(options.out(), List.of(new OutputFile(Manifest.NAME, manifest.bytes())));
        }
        return new CaseResult(job.file(), reference, Status.RENDERED, job.diagnostics(), rendered.warnings(),
                Optional.of(rendered));
    }

    /** The options that change outputs, as stable text for the manifest's hash. */
    static String describe(RenderOptions o) {
        return "formats=" + o.formats().stream().map(Enum::name).sorted().toList()
                + " anonymise=" + o.anonymise().map(Enum::name).orElse("file")
                + " names=" + o.showNames() + " narrative=" + o.narrative() + " ages=" + o.ages()
                + " maps=" + o.maps().stream().map(Enum::name).sorted().toList() + " period=" + o.period()
                + " places=" + o.places() + " geo=" + o.geo() + " paper=" + o.paper().key();
    }
}
