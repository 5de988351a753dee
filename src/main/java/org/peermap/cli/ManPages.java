package org.peermap.cli;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time entry point: writes an AsciiDoc man page for peermap and for every subcommand of
 * {@link Main#commandLine} into a folder (the build turns them into target/man/man1/*.1). picocli-codegen
 * is on the build's class path only, not in the jar: this class is never run by peermap itself.
 */
public final class ManPages {
    private ManPages() {}

    /** {@code ManPages OUTDIR}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPages OUTDIR");
        }
        int status = write(new File(args[0]));
        if (status != 0) {
            throw new IllegalStateException("ManPageGenerator exited " + status);
        }
    }

    /** Writes peermap.adoc, peermap-render.adoc, ... into the folder; 0 on success. */
    static int write(File dir) throws IOException {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        Session session = new Session(new ByteArrayInputStream(new byte[0]), quiet, quiet, false);
        return ManPageGenerator.generateManPage(dir, null, new boolean[0], true,
                Main.commandLine(session).getCommandSpec());
    }
}
