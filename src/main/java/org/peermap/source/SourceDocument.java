package org.peermap.source;

import java.util.List;
import java.util.Optional;
import org.peermap.diagnostic.Diagnostic;

/**
 * What reading one file gave: its text, the node tree when the file could be read, and the problems
 * found while reading. When any diagnostic is an error the tree may be missing or partial.
 */
public record SourceDocument(SourceFile file, Optional<Node> root, List<Diagnostic> diagnostics) {

    public SourceDocument {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
