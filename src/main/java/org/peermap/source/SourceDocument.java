package org.peermap.source;

import java.util.List;
import java.util.Optional;
import org.peermap.diagnostic.Diagnostic;

/**
 * What reading one file gave: its text, the node tree when the file could be read, and the problems
 * found while reading.
 *
 * @param complete true when the tree holds everything the file says, so that checking it is worth it: a
 *     refused anchor, tag, duplicate key or second document leaves the tree complete (the value is kept,
 *     or the first of two); anything else (a syntax error, a key that is not text ...) does not
 */
public record SourceDocument(SourceFile file, Optional<Node> root, List<Diagnostic> diagnostics, boolean complete) {

    public SourceDocument {
        diagnostics = List.copyOf(diagnostics);
        complete = complete && root.isPresent();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
