package org.peermap.diagnostic;

import java.io.PrintWriter;
import java.util.List;

/**
 * The one printer of diagnostics: {@code file:line:column: severity: message}, sorted by position,
 * without duplicates, then a count line. On a terminal each diagnostic is followed by its source line
 * with a caret under the column; elsewhere (logs, files) the source is never printed, since it may hold
 * names.
 */
public final class DiagnosticPrinter {
    private final PrintWriter err;
    private final boolean terminal;

    public DiagnosticPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Prints the diagnostics and the count line (nothing at all when there are none).
     *
     * @param lineOf gives the text of a line of a file, for the caret display on a terminal
     */
    public void print(List<Diagnostic> diagnostics, LineSource lineOf) {
        List<Diagnostic> sorted = printEach(diagnostics, lineOf);
        if (!sorted.isEmpty()) {
            err.println(count(sorted));
        }
        err.flush();
    }

    /**
     * Prints the diagnostics without the count line, for a command that ends with its own summary.
     *
     * @return the diagnostics printed: sorted, each once
     */
    public List<Diagnostic> printEach(List<Diagnostic> diagnostics, LineSource lineOf) {
        List<Diagnostic> sorted = diagnostics.stream().distinct().sorted(Diagnostic.BY_POSITION).toList();
        for (Diagnostic d : sorted) {
            err.println(d.format());
            if (terminal) {
                printCaret(d, lineOf.line(d.file(), d.line()));
            }
        }
        err.flush();
        return sorted;
    }

    public void print(List<Diagnostic> diagnostics) {
        print(diagnostics, (file, line) -> "");
    }

    /** "2 errors, 1 warning" */
    public static String count(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private void printCaret(Diagnostic d, String line) {
        if (line.isEmpty()) {
            return;
        }
        String shown = line.replace('\t', ' ');
        int codePoints = shown.codePointCount(0, shown.length());
        int column = Math.min(d.column(), codePoints + 1);
        err.println("    " + shown);
        err.println("    " + " ".repeat(column - 1) + "^");
    }

    /** Looks up the text of a line of a file that was read. */
    @FunctionalInterface
    public interface LineSource {
        String line(String file, int line);
    }
}
