package org.peermap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.peermap.Peermap;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.DiagnosticPrinter;
import org.peermap.diagnostic.Position;
import org.peermap.model.Case;
import org.peermap.output.AtomicWriter;
import org.peermap.source.GitFile;
import org.peermap.source.InputFile;
import org.peermap.source.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peermap diff OLD NEW}, {@code peermap diff --git REV FILE} and {@code --git REV1..REV2 FILE}: what changed
 * between two versions of one case, written as {@code <reference>-changes.md}.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        header = "Say what changed between two versions of a case.",
        sortOptions = false,
        description = {"Compares two versions of one case (the same reference) and writes <reference>-changes.md:",
            "people, relationships, incidents, whereabouts, places and actions added, removed or changed, in codes,",
            "and the new narrative if it changed. With --git REV FILE, the file as it was at REV is compared with",
            "the file as it is now; with --git REV1..REV2 FILE, the file at REV1 with the file at REV2.",
            "Exit 0 when the changes were written (also when there are none), 1 for bad input."})
final class DiffCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--git", paramLabel = "REV[..REV2]", description = "Compare FILE as it was at REV with it now,"
            + " or at REV with it at REV2 (read with git).")
    String git;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder to write into (default: current).")
    Path output = Path.of(".");

    @Mixin
    MapOptions map;

    @Mixin
    EngineOptions engine;

    @Parameters(arity = "1..2", paramLabel = "FILE", description = "OLD NEW, or with --git the one FILE.")
    List<String> files;

    @Spec
    CommandSpec spec;

    private final Session session;

    DiffCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        List<InputFile> versions = versions();
        org.peermap.RenderOptions options = map.toRenderOptions(spec);
        if (!(options.view() instanceof org.peermap.View.Whole)) {
            throw new ParameterException(spec.commandLine(), "--focus and --incident are for render; a changes map"
                    + " shows the whole case");
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, SourceFile> sources = new HashMap<>();
        List<Case> cases = new ArrayList<>();
        for (InputFile input : versions) {
            if (input.problem().isPresent()) {
                diagnostics.add(Diagnostic.error(input.name(), Position.START, "cannot read file: "
                        + input.problem().get()));
                continue;
            }
            Peermap.Checked checked = Peermap.check(input.name(), input.bytes(), false);
            sources.putAll(checked.files());
            diagnostics.addAll(checked.result().diagnostics());
            if (git != null && !checked.parts().isEmpty()) {
                diagnostics.add(Diagnostic.error(input.name(), Position.START, "this case lists parts, which --git"
                        + " would read as they are now, not as they were at the revision; compare two copies of the"
                        + " case's folder instead: peermap diff OLD/case.yaml NEW/case.yaml"));
                continue;
            }
            checked.result().checked().ifPresent(cases::add);
        }
        ExitCode status = ExitCode.OK;
        if (cases.size() == 2 && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            org.peermap.Differ.Diffed diffed;
            try {
                diffed = org.peermap.Differ.diff(cases.get(0), cases.get(1), options, Optional.of(engine.renderer(spec)),
                        named(versions.get(0), cases.get(0), cases.get(1), "the old version"), named(versions.get(1),
                                cases.get(1), cases.get(0), "the new version"));
            } catch (org.peermap.LayoutFailed e) {
                diffed = new org.peermap.Differ.Diffed(List.of(), Optional.empty(), List.of(), List.of(e.said()));
            }
            diffed.warnings().forEach(w -> diagnostics.add(Diagnostic.warning(versions.get(1).name(), Position.START,
                    w)));
            if (diffed.files().isEmpty()) {
                diffed.refusal().forEach(r -> diagnostics.add(Diagnostic.error(versions.get(1).name(), Position.START,
                        r)));
                status = ExitCode.BAD_INPUT;
            } else {
                try {
                    AtomicWriter.write(output, diffed.files());
                    for (org.peermap.output.OutputFile f : diffed.files()) {
                        session.out().println(output.resolve(f.name()) + (f.name().endsWith("-changes.md")
                                ? diffed.changes().get().none() ? " (no changes)" : " (" + diffed.changes().get()
                                        .summary() + ")" : ""));
                    }
                } catch (IOException e) {
                    diagnostics.add(Diagnostic.error(versions.get(1).name(), Position.START, "cannot write the"
                            + " changes into " + output + " (" + RenderCommand.reason(e) + ")"));
                    status = ExitCode.CANNOT_WRITE;
                }
            }
        } else {
            status = ExitCode.BAD_INPUT;
        }
        session.out().flush();
        new DiagnosticPrinter(session.err(), session.terminal())
                .print(diagnostics, (file, line) -> sources.containsKey(file) ? sources.get(file).line(line) : "");
        return status.status();
    }

    /** The old and the new version, read from files or from git. */
    private List<InputFile> versions() {
        if (git == null) {
            if (files.size() != 2) {
                throw new ParameterException(spec.commandLine(), "diff compares two files: peermap diff OLD NEW (or"
                        + " peermap diff --git REV FILE)");
            }
            return List.of(InputFile.load(files.get(0), session.in()), InputFile.load(files.get(1), session.in()));
        }
        if (files.size() != 1) {
            throw new ParameterException(spec.commandLine(), "with --git, name one file: peermap diff --git REV FILE");
        }
        String file = files.get(0);
        int range = git.indexOf("..");
        if (range >= 0) {
            String from = git.substring(0, range);
            String to = git.substring(range + 2);
            if (from.isEmpty() || to.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--git REV1..REV2 needs both revisions, such as"
                        + " --git HEAD~2..HEAD");
            }
            return List.of(GitFile.show(from, file), GitFile.show(to, file));
        }
        return List.of(GitFile.show(git, file), InputFile.load(file, session.in()));
    }

    /** How a version is named in the changes file: its revision, or its prepared date. */
    private String named(InputFile input, Case c, Case other, String otherwise) {
        int at = input.name().lastIndexOf('@');
        if (git != null && at > 0) {
            return "revision " + input.name().substring(at + 1);
        }
        if (git != null) {
            return "the file as it is now";
        }
        if (c.prepared().isEmpty() || c.prepared().equals(other.prepared())) {
            return otherwise;
        }
        java.time.LocalDate d = c.prepared().get();
        return "the version prepared " + String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(),
                d.getYear());
    }
}
