package org.peermap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.DiagnosticPrinter;
import org.peermap.RenderOptions;
import org.peermap.View;
import org.peermap.pack.Inputs;
import org.peermap.pack.Packer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peermap pack PATH... -o OUTDIR}: every case of a panel into one folder, in parallel and incrementally. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        header = "Make a panel pack of many cases: their maps, pack.html and pack.pdf.",
        sortOptions = false, description = {
    "Render every case file named, and every *.yaml and *.yml under the folders named, into OUTDIR:",
    "each case's maps and appendix, a manifest, pack.html and pack.pdf. Cases whose input, options and peermap",
    "version are unchanged are not rendered again. Exit 1 when any case failed (the others are written)."})
final class PackCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Case files and folders of case files.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", required = true, description = "The pack folder.")
    Path output;

    @Option(names = "--jobs", paramLabel = "N", description = "Cases rendered at once (default: one per core).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Render every case, changed or not.")
    boolean force;

    @Option(names = "--since", paramLabel = "REV", description = "For cases in a git work tree: add what changed"
            + " since revision REV (a changes page per case, and a column on the cover).")
    String since;

    @Option(names = "--no-language-check", description = "Do not warn of words that blame or adultify a child"
            + " (careful language).")
    boolean noLanguageCheck;

    @Mixin
    MapOptions map;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    private final Session session;

    PackCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        List<Path> files;
        try {
            files = Inputs.find(paths);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (Inputs.overlaps(output, paths, files)) {
            throw new ParameterException(spec.commandLine(),
                    "the pack folder must not be, or be inside, a folder of case files");
        }
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs takes a whole number, 1 or more (you gave '"
                    + jobs + "')");
        }
        RenderOptions drawn = map.toRenderOptions(spec);
        if (!(drawn.view() instanceof View.Whole)) {
            throw new ParameterException(spec.commandLine(), "--focus and --incident are for render, one case at a"
                    + " time; a pack draws every case whole (a case too large for one page gets a page per incident)");
        }
        Packer.Options options = new Packer.Options(output, jobs, force, drawn, engine.engine,
                engine.timeout(spec), Version.number(), !noLanguageCheck, java.util.Optional.ofNullable(since));
        long start = System.nanoTime();
        List<Packer.CaseResult> results;
        try {
            results = Packer.run(files, options, (done, total, r) -> progress(done, total, r, start));
        } catch (Packer.Busy e) {
            session.err().println("peermap: " + e.getMessage());
            session.err().flush();
            return ExitCode.CANNOT_WRITE.status();
        } catch (IOException e) {
            session.err().println("peermap: cannot write the pack into " + output + ": " + e.getMessage());
            session.err().flush();
            return ExitCode.CANNOT_WRITE.status();
        }
        if (session.terminal()) {
            session.err().println();
        }
        return summary(results);
    }

    private void progress(int done, int total, Packer.CaseResult r, long start) {
        synchronized (session) {
            double seconds = (System.nanoTime() - start) / 1e9;
            long left = done == 0 ? 0 : Math.round(seconds / done * (total - done));
            String name = r.reference().isEmpty() ? r.file().toString() : r.reference();
            String line = String.format(Locale.ROOT, "[%d/%d] %s %s", done, total, name,
                    r.status().name().toLowerCase(Locale.ROOT));
            if (session.terminal()) {
                session.err().print("\r" + line + ", about " + left + " s left\u001b[K");
            } else {
                session.err().println(line);
            }
            session.err().flush();
        }
    }

    private int summary(List<Packer.CaseResult> results) {
        long rendered = results.stream().filter(r -> r.status() == Packer.Status.RENDERED).count();
        long unchanged = results.stream().filter(r -> r.status() == Packer.Status.UNCHANGED).count();
        List<Packer.CaseResult> failed = results.stream().filter(r -> r.status() == Packer.Status.FAILED).toList();
        List<Diagnostic> firsts = new ArrayList<>();
        for (Packer.CaseResult r : failed) {
            r.diagnostics().stream().filter(Diagnostic::isError).findFirst().ifPresent(firsts::add);
        }
        new DiagnosticPrinter(session.err(), false).print(firsts);
        printWarnings(results);
        if (rendered + unchanged == 0) {
            session.err().println("pack: no case could be packed (" + failed.size() + " failed), so no pack.html or"
                    + " pack.pdf was written; fix the errors above and run it again");
            session.err().flush();
            return ExitCode.BAD_INPUT.status();
        }
        session.err().println("pack: " + rendered + " rendered, " + unchanged + " unchanged, " + failed.size()
                + " failed; " + output.resolve("pack.html"));
        session.err().flush();
        return (failed.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT).status();
    }

    /** Cases named after a warning before "and N more". */
    private static final int NAMED = 8;

    /**
     * Every warning of every case in the pack, as {@code render} would print them: one line per distinct
     * warning with how many cases give it and which (a check warning with its line and column in each), so a
     * pack in 'initials' mode, or with a home marked public, says so as a single render does.
     */
    private void printWarnings(List<Packer.CaseResult> results) {
        Map<String, List<String>> byMessage = new TreeMap<>();
        int count = 0;
        for (Packer.CaseResult r : results) {
            String name = r.reference().isEmpty() ? r.file().toString() : r.reference();
            for (Diagnostic d : r.diagnostics()) {
                if (!d.isError()) {
                    byMessage.computeIfAbsent(d.message(), k -> new ArrayList<>()).add(d.file() + ":" + d.line() + ":"
                            + d.column());
                    count++;
                }
            }
            for (String w : new java.util.LinkedHashSet<>(r.warnings())) {
                byMessage.computeIfAbsent(w, k -> new ArrayList<>()).add(name);
                count++;
            }
        }
        if (byMessage.isEmpty()) {
            return;
        }
        long cases = results.stream().filter(r -> !r.warnings().isEmpty()
                || r.diagnostics().stream().anyMatch(d -> !d.isError())).count();
        session.err().println("pack: " + count + (count == 1 ? " warning" : " warnings") + " in " + cases
                + (cases == 1 ? " case" : " cases") + ":");
        for (Map.Entry<String, List<String>> e : byMessage.entrySet()) {
            List<String> where = e.getValue().stream().sorted().toList();
            String named = String.join(", ", where.subList(0, Math.min(NAMED, where.size())))
                    + (where.size() > NAMED ? " and " + (where.size() - NAMED) + " more" : "");
            session.err().println("  warning (" + where.size() + "x: " + named + "): " + e.getKey());
        }
    }
}
