package org.peermap.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peermap.Peermap;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.DiagnosticPrinter;
import org.peermap.diagnostic.Position;
import org.peermap.source.InputFile;
import org.peermap.source.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peermap check FILE...}: validate case files and print every problem at once. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Validate case files and print every problem at once.",
        sortOptions = false,
        description = {"Validate case files. Prints every problem as file:line:column: severity: message.",
            "Exit 0 when there are no errors (warnings allowed), 1 when any file has errors."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--no-language-check", description = "Do not warn of words that blame or adultify a child"
            + " (careful language).")
    boolean noLanguageCheck;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case files to check; - reads standard input.")
    List<String> files;

    private final Session session;

    CheckCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        List<Diagnostic> all = new ArrayList<>();
        Map<String, SourceFile> sources = new HashMap<>();
        for (String argument : files) {
            InputFile input = InputFile.load(argument, session.in());
            if (input.problem().isPresent()) {
                all.add(Diagnostic.error(input.name(), Position.START, "cannot read file: " + input.problem().get()));
                continue;
            }
            Peermap.Checked checked = Peermap.check(input.name(), input.bytes(),
                    Peermap.carefulWords(input.name(), !noLanguageCheck));
            sources.putAll(checked.files());
            all.addAll(checked.result().diagnostics());
        }
        new DiagnosticPrinter(session.err(), session.terminal())
                .print(all, (file, line) -> sources.containsKey(file) ? sources.get(file).line(line) : "");
        boolean errors = all.stream().anyMatch(Diagnostic::isError);
        return (errors ? ExitCode.BAD_INPUT : ExitCode.OK).status();
    }
}
