package org.peermap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.peermap.Peermap;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.DiagnosticPrinter;
import org.peermap.diagnostic.Position;
import org.peermap.source.InputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code peermap dot FILE}: prints the DOT that render sends to Graphviz for the peer map (numbered
 * nodes and sizes only, never text from the case). For reporting layout problems, benchmarks and audits.
 */
@Command(name = "dot", mixinStandardHelpOptions = true,
        header = "Print the Graphviz input of a case, for reporting layout problems.",
        description = {"Print on standard output the DOT that render sends to Graphviz for a case's",
            "peer map. It holds numbered boxes and their sizes only, no names or other text",
            "from the case, so it can be attached to a report of a badly laid out map."})
final class DotCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1", paramLabel = "FILE", description = "A case file; - reads standard input.")
    String file;

    private final Session session;

    DotCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        InputFile input = InputFile.load(file, session.in());
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (input.problem().isPresent()) {
            diagnostics.add(Diagnostic.error(input.name(), Position.START, "cannot read file: " + input.problem().get()));
        } else {
            Peermap.Checked checked = Peermap.check(input.name(), input.bytes());
            diagnostics.addAll(checked.result().diagnostics());
            checked.result().checked().ifPresent(c -> session.out().print(Peermap.peerMapDot(c)));
        }
        session.out().flush();
        new DiagnosticPrinter(session.err(), false).print(diagnostics.stream().filter(Diagnostic::isError).toList());
        return diagnostics.stream().anyMatch(Diagnostic::isError) ? ExitCode.BAD_INPUT.status() : ExitCode.OK.status();
    }
}
