package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line run in-process with injected streams: exit codes and what reaches stderr. */
class CliTest {
    private static final String MINIMAL = "examples/minimal.yaml";
    private static final String BAD = "src/test/resources/check/bad-many-errors.yaml";

    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), false, args);
    }

    static Run run(InputStream in, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, in, new PrintWriter(out), new PrintWriter(err), terminal);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void cleanFileIsSaidToBeCleanAndExitsZero() {
        Run r = run("check", MINIMAL);
        assertEquals(0, r.status());
        assertEquals("checked 1 file: no errors, no warnings\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void fileWithErrorsPrintsEveryErrorAndExitsOne() {
        Run r = run("check", BAD);
        assertEquals(1, r.status());
        String[] lines = r.err().split("\n");
        assertEquals(12, lines.length, r.err());
        assertTrue(lines[0].startsWith(BAD + ":2:10: error: "), lines[0]);
        assertEquals("checked 1 file: 11 errors, no warnings", lines[11]);
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void warningsAloneExitZero() {
        Run r = run("check", "src/test/resources/check/ok-warnings.yaml");
        assertEquals(0, r.status());
        assertTrue(r.err().endsWith("checked 1 file: no errors, 2 warnings\n"), r.err());
    }

    @Test
    void severalFilesAreAllReportedInOneRun() {
        Run r = run("check", MINIMAL, BAD, "src/test/resources/check/bad-age-negative.yaml");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("bad-many-errors.yaml:2:10:"));
        assertTrue(r.err().contains("bad-age-negative.yaml:8:10:"));
        assertTrue(r.err().endsWith("checked 3 files: 12 errors, no warnings\n"), r.err());
    }

    @Test
    void standardInputIsReadForDash() {
        byte[] yaml = "peermap: 1\ntitle: T\nreference: R-1\npeople:\n  a: {age: 200}\n"
                .getBytes(StandardCharsets.UTF_8);
        Run r = run(new ByteArrayInputStream(yaml), false, "check", "-");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("<stdin>:5:12: error: 'age' of a person"), r.err());
    }

    @Test
    void missingFileIsBadInputNamingTheFile() {
        Run r = run("check", "no/such/case.yaml");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("no/such/case.yaml:1:1: error: cannot read file: no such file"), r.err());
    }

    @Test
    void sourceLineAndCaretOnlyOnATerminal() {
        String file = "src/test/resources/check/bad-age-negative.yaml";
        Run plain = run(new ByteArrayInputStream(new byte[0]), false, "check", file);
        Run terminal = run(new ByteArrayInputStream(new byte[0]), true, "check", file);
        assertEquals(3 - 1, plain.err().split("\n").length);
        String[] lines = terminal.err().split("\n");
        assertEquals(4, lines.length, terminal.err());
        assertTrue(lines[1].contains("age: -3"), lines[1]);
        assertEquals("    " + " ".repeat(9) + "^", lines[2]);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("check").status(), "missing FILE");
        Run unknown = run("check", "--no-such-option", MINIMAL);
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("'--no-such-option' is not an option of check"), unknown.err());
        assertEquals(2, run().status(), "no subcommand");
        assertEquals(2, run("frobnicate").status(), "unknown subcommand");
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("check"), help.out());
        for (String command : List.of("check", "render", "pack", "codes")) {
            Run sub = run(command, "--help");
            assertEquals(0, sub.status(), command);
            assertTrue(sub.out().startsWith("Usage: peermap " + command) || sub.out().contains("peermap " + command),
                    sub.out());
        }
        Run version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("peermap "), version.out());
    }

    @Test
    void carefulLanguageIsAWarningThatNoLanguageCheckTurnsOff() {
        String file = "src/test/resources/check/ok-x-language.yaml";
        Run warned = run("check", file);
        assertEquals(0, warned.status(), "a warning, never an error");
        assertTrue(warned.err().contains(file + ":13:25: warning: 'note' of a relationship uses 'runner'"),
                warned.err());
        assertFalse(warned.err().contains("Said to be"), "the case's text around the word is not quoted");
        Run off = run("check", "--no-language-check", file);
        assertEquals(0, off.status());
        assertEquals("checked 1 file: no errors, no warnings\n", off.err(), "nothing else to say about this file");
    }
}
