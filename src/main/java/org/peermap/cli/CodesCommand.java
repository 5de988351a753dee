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
    "With --check, change nothing and exit 1 when someone has no pinned code."})
final class CodesCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case files to pin codes in.")
    List<String> files;

    @Option(names = "--check", description = "Only report people without a pinned code (exit 1 if any).")
    boolean check;

    private final Session session;

    CodesCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
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
}
