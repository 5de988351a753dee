package org.peermap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peermap.LayoutFailed;
import org.peermap.Peermap;
import org.peermap.RenderOptions;
import org.peermap.Rendered;
import org.peermap.Renderer;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.DiagnosticPrinter;
import org.peermap.diagnostic.Position;
import org.peermap.output.AtomicWriter;
import org.peermap.output.OutputFile;
import org.peermap.source.InputFile;
import org.peermap.source.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peermap render FILE|DIR...}: check, then draw each case's peer map and write its appendix. */
@Command(name = "render", mixinStandardHelpOptions = true,
        header = "Draw each case's peer map, incident map and appendix.",
        sortOptions = false,
        description = {"Check, then write for each case (each file named, and each case file in the",
            "folders named) into DIR:",
            "  <reference>-peer-map.<format>   people, relationships, incident outlines, key, title block",
            "  <reference>-incident-map.<format>  incidents in date order with people and places, key",
            "  <reference>-appendix.md         narrative, people, relationships, incidents, key in words",
            "  <reference>.pdf                 with -f pdf: the maps and the appendix on pages of the --paper size",
            "Nothing is written for a case with errors."})
final class RenderCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--no-language-check", description = "Do not warn of words that blame or adultify a child"
            + " (careful language).")
    boolean noLanguageCheck;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Case files, and folders of case files (every"
            + " case file in them; parts are read with their case); - reads standard input.")
    List<String> files;

    @Option(names = "--like", paramLabel = "OLD", description = "Start the peer map from where OLD (an older"
            + " version of the case) has its people, so the new map keeps its shape.")
    String like;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder to write into (default: current).")
    Path output = Path.of(".");

    @Mixin
    MapOptions map;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    private final Session session;

    RenderCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        RenderOptions options = map.toRenderOptions(spec);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, SourceFile> sources = new HashMap<>();
        ExitCode status = ExitCode.OK;
        Renderer renderer = engine.renderer(spec);
        renderer.prepare();
        if (like != null) {
            InputFile older = InputFile.load(like, session.in());
            Peermap.Checked checked = older.problem().isPresent() ? null : Peermap.check(older.name(), older.bytes(),
                    false);
            if (checked == null || checked.result().checked().isEmpty()) {
                if (checked == null) {
                    diagnostics.add(Diagnostic.error(older.name(), Position.START, "cannot read file: "
                            + older.problem().get()));
                } else {
                    sources.putAll(checked.files());
                    diagnostics.addAll(checked.result().diagnostics());
                }
                new DiagnosticPrinter(session.err(), session.terminal()).print(diagnostics,
                        (file, line) -> sources.containsKey(file) ? sources.get(file).line(line) : "");
                return ExitCode.BAD_INPUT.status();
            }
            try {
                options = options.like(renderer.positions(checked.result().checked().get(), options));
            } catch (LayoutFailed e) {
                diagnostics.add(Diagnostic.error(older.name(), Position.START, e.said()));
                new DiagnosticPrinter(session.err(), session.terminal()).print(diagnostics);
                return ExitCode.of(e.kind()).status();
            }
        }
        // every input is read and checked first: the same file named twice is taken once, and two files with
        // one reference (which would write the same files) are both refused before anything is written
        List<InputFile> inputs = new ArrayList<>();
        List<Peermap.Checked> checks = new ArrayList<>();
        Map<String, List<String>> byReference = new HashMap<>();
        CaseFiles.Found found = CaseFiles.load(files, session.in());
        diagnostics.addAll(found.problems());
        if (!found.problems().isEmpty()) {
            status = worst(status, ExitCode.BAD_INPUT);
        }
        for (InputFile input : found.inputs()) {
            if (input.problem().isPresent()) {
                diagnostics.add(Diagnostic.error(input.name(), Position.START, "cannot read file: "
                        + input.problem().get()));
                status = worst(status, ExitCode.BAD_INPUT);
                continue;
            }
            Peermap.Checked checked = Peermap.check(input.name(), input.bytes(),
                    Peermap.carefulWords(input.name(), !noLanguageCheck));
            sources.putAll(checked.files());
            diagnostics.addAll(checked.result().diagnostics());
            if (checked.result().checked().isEmpty()) {
                status = worst(status, ExitCode.BAD_INPUT);
                continue;
            }
            inputs.add(input);
            checks.add(checked);
            byReference.computeIfAbsent(checked.result().checked().get().reference(), k -> new ArrayList<>())
                    .add(input.name());
        }
        for (int i = 0; i < inputs.size(); i++) {
            InputFile input = inputs.get(i);
            Peermap.Checked checked = checks.get(i);
            List<String> sharing = byReference.get(checked.result().checked().get().reference());
            if (sharing.size() > 1) {
                diagnostics.add(Diagnostic.error(input.name(), Position.START, "this case's reference is also the"
                        + " reference of " + String.join(" and ", sharing.stream().filter(n -> !n.equals(input.name()))
                        .toList()) + "; both would write the same files, so neither was rendered: give each case"
                        + " its own reference"));
                status = worst(status, ExitCode.BAD_INPUT);
                continue;
            }
            Rendered rendered;
            try {
                rendered = renderer.render(checked.result().checked().get(), options);
            } catch (LayoutFailed e) {
                diagnostics.add(Diagnostic.error(input.name(), Position.START, e.said()));
                status = worst(status, ExitCode.of(e.kind()));
                continue;
            }
            rendered.warnings().forEach(w -> diagnostics.add(Diagnostic.warning(input.name(), Position.START, w)));
            if (!rendered.refusal().isEmpty()) {
                rendered.refusal().forEach(r -> diagnostics.add(Diagnostic.error(input.name(), Position.START, r)));
                status = worst(status, ExitCode.BAD_INPUT);
                continue;
            }
            try {
                AtomicWriter.write(output, rendered.files());
                for (OutputFile file : rendered.files()) {
                    session.out().println(output.resolve(file.name()));
                }
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(input.name(), Position.START, "cannot write this case's files into "
                        + output + " (" + reason(e) + "); nothing of it is left half-written"));
                status = worst(status, ExitCode.CANNOT_WRITE);
            }
        }
        session.out().flush();
        new DiagnosticPrinter(session.err(), session.terminal())
                .print(diagnostics, (file, line) -> sources.containsKey(file) ? sources.get(file).line(line) : "");
        return status.status();
    }

    private static ExitCode worst(ExitCode a, ExitCode b) {
        return a.status() >= b.status() ? a : b;
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
