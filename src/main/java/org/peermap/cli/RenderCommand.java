package org.peermap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.peermap.LayoutFailed;
import org.peermap.Peermap;
import org.peermap.RenderOptions;
import org.peermap.Rendered;
import org.peermap.anonymise.Ages;
import org.peermap.Renderer;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.DiagnosticPrinter;
import org.peermap.diagnostic.Position;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Named;
import org.peermap.model.PartialDate;
import org.peermap.model.Period;
import org.peermap.output.AtomicWriter;
import org.peermap.output.OutputFile;
import org.peermap.source.InputFile;
import org.peermap.source.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peermap render FILE...}: check, then draw each case's peer map and write its appendix. */
@Command(name = "render", sortOptions = false,
        description = {"Check, then write for each case into DIR:",
            "  <reference>-peer-map.<format>   people, relationships, incident outlines, key, title block",
            "  <reference>-incident-map.<format>  incidents in date order with people and places, key",
            "  <reference>-appendix.md         narrative, people, relationships, incidents, key in words",
            "Nothing is written for a case with errors."})
final class RenderCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case files; - reads standard input.")
    List<String> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder to write into (default: current).")
    Path output = Path.of(".");

    @Option(names = {"-f", "--format"}, paramLabel = "FORMATS", split = ",",
            description = "Map formats: svg, png or svg,png (default: svg).")
    List<RenderOptions.Format> formats = List.of(RenderOptions.Format.SVG);

    @Option(names = "--anonymise", paramLabel = "MODE",
            description = "letters, roles, initials or none: overrides the case file's mode.")
    String anonymise;

    @Option(names = "--show-names", description = "Allow real names (mode none). Every output then says so.")
    boolean showNames;

    @Option(names = "--maps", paramLabel = "MAPS", split = ",",
            description = "Which maps: peer, incident or peer,incident (default: both).")
    List<String> maps = List.of("peer", "incident");

    @Option(names = "--as-at", paramLabel = "DATE",
            description = "Draw the case as it stood on DATE (YYYY-MM-DD or YYYY-MM): later incidents,"
                    + " relationships and whereabouts (by 'since') left out.")
    String asAt;

    @Option(names = "--from", paramLabel = "DATE", description = "Show only incidents on or after DATE.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Show only incidents on or before DATE.")
    String to;

    @Option(names = "--places", description = "Show places on the peer map, linked to people by their whereabouts.")
    boolean places;

    @Option(names = "--geo", description = "Lay places out by their coordinates ('at'), as a schematic with north"
            + " up, people beside their places (implies --places; offline, no map tiles).")
    boolean geo;

    @Option(names = "--no-narrative", description = "Leave the narrative panel off the map page.")
    boolean noNarrative;

    @Option(names = "--ages", paramLabel = "HOW", defaultValue = "exact",
            description = "Print ages exact (15), in bands (13-15) or hidden. Default: ${DEFAULT-VALUE}.")
    Ages ages = Ages.EXACT;

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
        Optional<AnonymiseMode> mode = Optional.empty();
        if (anonymise != null) {
            mode = Named.parse(AnonymiseMode.class, anonymise.toLowerCase(Locale.ROOT));
            if (mode.isEmpty()) {
                throw new ParameterException(spec.commandLine(),
                        "--anonymise must be one of: " + String.join(", ", Named.words(AnonymiseMode.class)));
            }
        }
        EnumSet<RenderOptions.MapKind> kinds = EnumSet.noneOf(RenderOptions.MapKind.class);
        for (String map : maps) {
            switch (map.toLowerCase(Locale.ROOT)) {
                case "peer" -> kinds.add(RenderOptions.MapKind.PEER);
                case "incident" -> kinds.add(RenderOptions.MapKind.INCIDENT);
                default -> throw new ParameterException(spec.commandLine(), "--maps takes peer, incident or both");
            }
        }
        Period period = new Period(date("--as-at", asAt), date("--from", from), date("--to", to));
        RenderOptions options = new RenderOptions(EnumSet.copyOf(formats), mode, showNames, !noNarrative, ages,
                kinds, period, places || geo, geo);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, SourceFile> sources = new HashMap<>();
        ExitCode status = ExitCode.OK;
        Renderer renderer = engine.renderer();
        renderer.prepare();
        for (String argument : files) {
            InputFile input = InputFile.load(argument, session.in());
            if (input.problem().isPresent()) {
                diagnostics.add(Diagnostic.error(input.name(), Position.START, "cannot read file: "
                        + input.problem().get()));
                status = worst(status, ExitCode.BAD_INPUT);
                continue;
            }
            Peermap.Checked checked = Peermap.check(input.name(), input.bytes());
            sources.put(input.name(), checked.source().file());
            diagnostics.addAll(checked.result().diagnostics());
            if (checked.result().checked().isEmpty()) {
                status = worst(status, ExitCode.BAD_INPUT);
                continue;
            }
            Rendered rendered;
            try {
                rendered = renderer.render(checked.result().checked().get(), options);
            } catch (LayoutFailed e) {
                diagnostics.add(Diagnostic.error(input.name(), Position.START, "layout failed: " + e.getMessage()));
                status = worst(status, e.timedOut() ? ExitCode.BAD_INPUT : ExitCode.INTERNAL);
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
                session.err().println("peermap: cannot write into " + output + ": " + reason(e));
                status = worst(status, ExitCode.CANNOT_WRITE);
            }
        }
        session.out().flush();
        new DiagnosticPrinter(session.err(), session.terminal())
                .print(diagnostics, (file, line) -> sources.containsKey(file) ? sources.get(file).line(line) : "");
        return status.status();
    }

    private Optional<PartialDate> date(String option, String text) {
        if (text == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?").matcher(text);
        try {
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                return Optional.of(m.group(3) == null ? PartialDate.ofMonth(year, month)
                        : PartialDate.of(java.time.LocalDate.of(year, month, Integer.parseInt(m.group(3)))));
            }
        } catch (RuntimeException e) {
            // not a real date: reported below
        }
        throw new ParameterException(spec.commandLine(), option + " takes a date written YYYY-MM-DD or YYYY-MM");
    }

    private static ExitCode worst(ExitCode a, ExitCode b) {
        return a.status() >= b.status() ? a : b;
    }

    private static String reason(IOException e) {
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
