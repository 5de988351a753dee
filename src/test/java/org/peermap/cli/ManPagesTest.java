package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The man pages the build generates: one for peermap and one for every subcommand, each with its description. */
class ManPagesTest {

    @Test
    void everySubcommandHasAPageWithItsDescription(@TempDir Path dir) throws IOException {
        assertEquals(0, ManPages.write(dir.toFile()));
        CommandLine tree = Main.commandLine(new Session(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false));
        assertPages(dir, tree, "peermap");
        assertTrue(Files.exists(dir.resolve("peermap-render.adoc")));
        assertTrue(Files.exists(dir.resolve("peermap-completion.adoc")));
    }

    @Test
    void descriptionLinesStayLines() {
        String adoc = "== Description\n\nfirst line\n  second line\nlast line\n\n"
                + "// end::picocli-generated-man-section-description[]\n\n== Options\none\ntwo\n";
        assertEquals("== Description\n\nfirst line +\n  second line +\nlast line\n\n"
                + "// end::picocli-generated-man-section-description[]\n\n== Options\none\ntwo\n",
                ManPages.keepLines(adoc));
    }

    private static void assertPages(Path dir, CommandLine command, String name) throws IOException {
        Path page = dir.resolve(name + ".adoc");
        assertTrue(Files.exists(page), "a man page for " + name);
        String text = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(text.contains("= " + name + "(1)"), name + " page has its title");
        CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        String[] description = usage.description().length > 0 ? usage.description() : usage.header();
        assertTrue(description.length > 0, name + " has a description or a header");
        assertTrue(text.contains(description[0]), name + " page has its description: " + description[0]);
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                assertPages(dir, sub, name + "-" + sub.getCommandName());
            }
        }
    }
}
