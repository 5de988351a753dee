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

/** {@code peermap check FILE|DIR...}: validate case files and print every problem at once, then a summary. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Validate case files and print every problem at once.",
        sortOptions = false,
        description = {"Validate case files, and every case file in the folders named. Prints every",
            "problem as file:line:column: severity: message, then one line such as",
            "  checked 2 files: no errors, 1 warning",
            "Exit 0 when there are no errors (warnings allowed), 1 when any file has errors."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--no-language-check", description = "Do not warn of words that blame or adultify a child"
            + " (careful language).")
    boolean noLanguageCheck;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Case files, and folders of case files (every case"
            + " file in them; parts are checked with their case); - reads standard input.")
    List<String> files;

    private final Session session;

    CheckCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        List<Diagnostic> all = new ArrayList<>();
        Map<String, SourceFile> sources = new HashMap<>();
        CaseFiles.Found found = CaseFiles.load(files, session.in());
        all.addAll(found.problems());
        for (InputFile input : found.inputs()) {
            if (input.problem().isPresent()) {
                all.add(Diagnostic.error(input.name(), Position.START, "cannot read file: " + input.problem().get()));
                continue;
            }
            Peermap.Checked checked = Peermap.check(input.name(), input.bytes(),
                    Peermap.carefulWords(input.name(), !noLanguageCheck));
            sources.putAll(checked.files());
            all.addAll(checked.result().diagnostics());
        }
        List<Diagnostic> printed = new DiagnosticPrinter(session.err(), session.terminal())
                .printEach(all, (file, line) -> sources.containsKey(file) ? sources.get(file).line(line) : "");
        session.err().println(summary(found.inputs().size(), printed));
        session.err().flush();
        boolean errors = all.stream().anyMatch(Diagnostic::isError);
        return (errors ? ExitCode.BAD_INPUT : ExitCode.OK).status();
    }

    /** "checked 2 files: no errors, 1 warning" */
    static String summary(int files, List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return "checked " + count(files, "file") + ": " + count(errors, "error") + ", "
                + count(diagnostics.size() - errors, "warning");
    }

    private static String count(long n, String word) {
        return (n == 0 ? "no" : Long.toString(n)) + " " + word + (n == 1 ? "" : "s");
    }
}
