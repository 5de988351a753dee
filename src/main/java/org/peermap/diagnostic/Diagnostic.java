package org.peermap.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a case file, at a 1-based line and column.
 *
 * <p>A message never quotes a value from the file (a name, an alias, an id, free text): it says which
 * field is wrong and what was expected, and the position points at the value.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message) {

    /** Orders diagnostics by file, then position, then errors before warnings, then message. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based");
        }
    }

    public static Diagnostic error(String file, Position at, String message) {
        return new Diagnostic(Severity.ERROR, file, at.line(), at.column(), message);
    }

    public static Diagnostic warning(String file, Position at, String message) {
        return new Diagnostic(Severity.WARNING, file, at.line(), at.column(), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The diagnostic as one line: {@code file:line:column: severity: message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.word() + ": " + message;
    }
}
