package org.peermap;

import java.util.List;
import org.peermap.output.OutputFile;

/**
 * The outputs of one case, ready to write, and what the user should be told.
 *
 * @param files the files, named by the case's reference
 * @param warnings things worth knowing (a page enlarged, a narrative cut short)
 * @param refusal when not empty, why nothing may be written (for example names without permission)
 */
public record Rendered(List<OutputFile> files, List<String> warnings, List<String> refusal) {

    public Rendered {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        refusal = List.copyOf(refusal);
    }
}
