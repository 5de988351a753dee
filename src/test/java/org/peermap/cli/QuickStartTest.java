package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick paths of a start print the same bytes, with the same status, as picocli does for them. */
class QuickStartTest {

    /** What picocli itself prints, from the whole command tree. */
    private static CliTest.Run picocli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = new Session(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err), false);
        int status = Main.commandLine(session).execute(args);
        session.out().flush();
        session.err().flush();
        return new CliTest.Run(status, out.toString(), err.toString());
    }

    @Test
    void versionIsPicocliVersion() {
        for (String flag : new String[] {"--version", "-V"}) {
            assertEquals(picocli(flag), CliTest.run(flag), flag);
        }
        assertEquals("peermap " + Version.number() + System.lineSeparator(), CliTest.run("--version").out());
    }

    @Test
    void versionWithMoreStillGoesThroughPicocli() {
        assertEquals(picocli("--version", "--help"), CliTest.run("--version", "--help"));
        assertEquals(picocli("-V", "check"), CliTest.run("-V", "check"));
    }

    @Test
    void helpIsPicocliHelp() {
        CliTest.Run picocli = picocli("--help");
        assertEquals(0, picocli.status());
        for (String flag : new String[] {"--help", "-h", "help"}) {
            assertEquals(picocli, CliTest.run(flag), flag);
        }
        assertNotNull(HelpText.top(), "the build wrote the help text (exec-maven-plugin, process-classes)");
        assertEquals(HelpText.render(false).replace("\n", System.lineSeparator()), HelpText.top());
    }

    @Test
    void colouredHelpIsPicocliColouredHelp() {
        System.setProperty("picocli.ansi", "true");
        try {
            CliTest.Run picocli = picocli("--help");
            assertTrue(picocli.out().contains("\u001B["), "picocli coloured it");
            assertEquals(picocli.out(), HelpText.render(true).replace("\n", System.lineSeparator()));
            assertNull(HelpText.top(), "a picocli property set: picocli prints it");
        } finally {
            System.clearProperty("picocli.ansi");
        }
    }

    /** Main.run as it was: the whole command tree for every command line. */
    private static CliTest.Run wholeTree(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter errors = new PrintWriter(err);
        Session session = new Session(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), errors, false);
        int status = Main.commandLine(session)
                .setParameterExceptionHandler((e, arguments) -> UsageError.print(e, errors))
                .execute(args);
        session.out().flush();
        errors.flush();
        return new CliTest.Run(status, out.toString(), err.toString());
    }

    @Test
    void theSubcommandNamesAreTheAnnotations() {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        Session session = new Session(new ByteArrayInputStream(new byte[0]), quiet, quiet, false);
        assertEquals(Main.SUBCOMMANDS, List.copyOf(Main.commandLine(session).getSubcommands().keySet()));
    }

    @Test
    void aCommandAloneInTheTreeSaysWhatItSaidInTheWholeTree() {
        for (String name : Main.SUBCOMMANDS) {
            if (Main.alone(name) == null) {
                continue;
            }
            for (String[] args : List.of(new String[] {name, "--help"}, new String[] {name, "--nosuch"},
                    new String[] {name, "--nosuch=1", "x"}, new String[] {name})) {
                assertEquals(wholeTree(args), CliTest.run(args), String.join(" ", args));
            }
        }
        assertEquals(wholeTree("rendr", "x.yaml"), CliTest.run("rendr", "x.yaml"));
        assertEquals(wholeTree("help", "render"), CliTest.run("help", "render"));
        assertEquals(wholeTree("--stacktrace", "check"), CliTest.run("--stacktrace", "check"));
        assertNull(Main.alone("help"));
        assertNull(Main.alone("completion"));
        assertNull(Main.alone("--help"));
    }
}
