package org.peermap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        int status = ManPageGenerator.generateManPage(dir, null, new boolean[0], true,
                Main.commandLine(session).getCommandSpec());
        File[] pages = dir.listFiles((d, name) -> name.endsWith(".adoc"));
        for (File page : pages == null ? new File[0] : pages) {
            Path path = page.toPath();
            Files.writeString(path, keepLines(Files.readString(path, UTF_8)), UTF_8);
        }
        return status;
    }

    /**
     * The description keeps its lines as --help shows them (render's is a table): AsciiDoc would join them
     * into one paragraph, so each line that another follows ends with a hard line break.
     */
    static String keepLines(String adoc) {
        StringBuilder out = new StringBuilder();
        boolean inDescription = false;
        List<String> lines = adoc.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals("== Description")) {
                inDescription = true;
            } else if (line.startsWith("// end::picocli-generated-man-section-description")) {
                inDescription = false;
            }
            boolean next = i + 1 < lines.size() && !lines.get(i + 1).isBlank();
            out.append(line).append(inDescription && !line.isBlank() && !line.startsWith("==") && next ? " +" : "")
                    .append('\n');
        }
        return out.toString();
    }
}
