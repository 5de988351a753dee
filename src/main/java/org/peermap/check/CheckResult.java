package org.peermap.check;

import java.util.List;
import java.util.Optional;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.model.Case;

/** The checked case when the file has no errors, and every diagnostic of reading and checking it. */
public record CheckResult(Optional<Case> checked, List<Diagnostic> diagnostics) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        if (checked.isPresent() && diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new IllegalArgumentException("a case with errors is never returned");
        }
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
