package org.peermap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.peermap.Peermap;
import org.peermap.Pinning;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.DiagnosticPrinter;
import org.peermap.diagnostic.Position;
import org.peermap.output.AtomicWriter;
import org.peermap.source.InputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code peermap codes FILE...}: pins a letter code into the case file for every person without one, so
 * that codes stay with their people in later versions of the file. Commit the file afterwards.
 */
@Command(name = "codes", mixinStandardHelpOptions = true,
        header = "Pin a stable code for every person in case files.",
        description = {
    "Pin a code (code: AB) in the case file for every person who has none, so that each person keeps",
    "their code when people are added, removed or reordered later. Only code lines are added.",
    "With --check, change nothing and exit 1 when someone has no pinned code.",
    "With --restricted-key --show-names, change nothing and write <reference>-restricted-key.md into",
    "the -o folder: each code beside the real name and aliases, for entitled staff only."})
final class CodesCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case files to pin codes in.")
    List<String> files;

    @Option(names = "--check", description = "Only report people without a pinned code (exit 1 if any).")
    boolean check;

    @Option(names = "--restricted-key", description = "Write <reference>-restricted-key.md: codes beside real names"
            + " (needs --show-names). Keep it apart from the maps.")
    boolean restrictedKey;

    @Option(names = "--show-names", description = "Confirm that the restricted key may hold real names.")
    boolean showNames;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the restricted key"
            + " (default: current).")
    Path output = Path.of(".");

    private final Session session;

    CodesCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (restrictedKey) {
            return key();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        ExitCode status = ExitCode.OK;
        for (String file : files) {
            InputFile input = InputFile.load(file, session.in());
            if (input.problem().isPresent() || file.equals(InputFile.STDIN)) {
                diagnostics.add(Diagnostic.error(input.name(), Position.START, file.equals(InputFile.STDIN)
                        ? "codes are pinned in a file; standard input cannot be edited"
                        : "cannot read file: " + input.problem().get()));
                status = ExitCode.BAD_INPUT;
                continue;
            }
            Pinning pinning = Peermap.pinCodes(input.name(), input.bytes());
            diagnostics.addAll(pinning.diagnostics());
            if (pinning.diagnostics().stream().anyMatch(Diagnostic::isError)) {
                status = ExitCode.BAD_INPUT;
                continue;
            }
            if (pinning.text().isEmpty()) {
                continue;
            }
            if (check) {
                diagnostics.add(Diagnostic.error(input.name(), Position.START, pinning.unpinned()
                        + " people have no pinned code; run peermap codes on this file"));
                status = ExitCode.BAD_INPUT;
                continue;
            }
            try {
                AtomicWriter.replace(Path.of(file), pinning.text().get());
                session.out().println(file + ": pinned " + pinning.pinned() + " code"
                        + (pinning.pinned() == 1 ? "" : "s"));
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(input.name(), Position.START, "cannot write this file ("
                        + RenderCommand.reason(e) + "); nothing was changed"));
                status = ExitCode.CANNOT_WRITE;
            }
        }
        session.out().flush();
        new DiagnosticPrinter(session.err(), session.terminal()).print(diagnostics);
        return status.status();
    }

    /** The restricted key of each file, which must check; codes as the maps print them in letters mode. */
    private Integer key() {
        if (!showNames) {
            session.err().println("peermap: --restricted-key writes real names beside codes; add --show-names to"
                    + " confirm, and keep the file apart from the maps");
            session.err().flush();
            return ExitCode.USAGE.status();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        ExitCode status = ExitCode.OK;
        for (String file : files) {
            InputFile input = InputFile.load(file, session.in());
            if (input.problem().isPresent()) {
                diagnostics.add(Diagnostic.error(input.name(), Position.START, "cannot read file: "
                        + input.problem().get()));
                status = ExitCode.BAD_INPUT;
                continue;
            }
            Peermap.Checked checked = Peermap.check(input.name(), input.bytes(), false);
            diagnostics.addAll(checked.result().diagnostics().stream().filter(Diagnostic::isError).toList());
            if (checked.result().checked().isEmpty()) {
                status = ExitCode.BAD_INPUT;
                continue;
            }
            org.peermap.model.Case c = checked.result().checked().get();
            long unpinned = c.people().stream().filter(p -> p.code().isEmpty()).count();
            if (unpinned > 0) {
                diagnostics.add(Diagnostic.warning(input.name(), Position.START, unpinned + " people have no pinned"
                        + " code, so this key holds for this version of the file only; run peermap codes on it first"));
            }
            try {
                org.peermap.output.OutputFile key = Peermap.restrictedKey(c);
                AtomicWriter.write(output, List.of(key));
                session.out().println(output.resolve(key.name()) + " (" + Peermap.RESTRICTED + ")");
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(input.name(), Position.START, "cannot write the restricted key ("
                        + RenderCommand.reason(e) + ")"));
                status = ExitCode.CANNOT_WRITE;
            }
        }
        session.out().flush();
        new DiagnosticPrinter(session.err(), session.terminal()).print(diagnostics);
        return status.status();
    }
}
