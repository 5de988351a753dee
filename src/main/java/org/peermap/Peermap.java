package org.peermap;

import org.peermap.check.CaseChecker;
import org.peermap.check.CheckResult;
import org.peermap.source.SourceDocument;
import org.peermap.source.SourceReader;

/** The library facade: what the command line (and other programs) call. */
public final class Peermap {
    private Peermap() {}

    /** Reads and checks one case file; {@code name} appears only in diagnostics. */
    public static Checked check(String name, byte[] bytes) {
        SourceDocument document = SourceReader.read(name, bytes);
        return new Checked(document, CaseChecker.check(document));
    }

    /** A checked file: the source it was read from (for showing lines) and the result. */
    public record Checked(SourceDocument source, CheckResult result) {}
}
