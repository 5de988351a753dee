package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** peermap completion bash|zsh: a script that covers the whole command tree, and a plain usage error. */
class CompletionCommandTest {

    @Test
    void bashScriptNamesEverySubcommandAndRenderOptions() {
        CliTest.Run r = CliTest.run("completion", "bash");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        CommandLine tree = Main.commandLine(new Session(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false));
        tree.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                assertTrue(r.out().contains(name), "the script names " + name);
            }
        });
        assertTrue(tree.getSubcommands().containsKey("completion"));
        for (String option : new String[] {"--format", "--engine", "--paper", "--output"}) {
            assertTrue(r.out().contains(option), "the script names render's " + option);
        }
        assertTrue(r.out().contains("complete -F"), "the script registers a completion function");
    }

    @Test
    void bashScriptParses(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is installed");
        Path script = dir.resolve("peermap.bash");
        Files.writeString(script, CliTest.run("completion", "bash").out(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("/bin/bash", "-n", script.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash -n finished");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
    }

    @Test
    void bashCompletesSubcommandsAndOptions(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is installed");
        Path script = dir.resolve("peermap.bash");
        Files.writeString(script, CliTest.run("completion", "bash").out(), StandardCharsets.UTF_8);
        String words = "source \"$1\" 2>/dev/null\n"
                + "COMP_WORDS=(peermap ren); COMP_CWORD=1; _complete_peermap 2>/dev/null; echo \"${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(peermap render --eng); COMP_CWORD=2; _complete_peermap 2>/dev/null; echo \"${COMPREPLY[*]}\"\n";
        Process p = new ProcessBuilder("/bin/bash", "-c", words, "bash", script.toString()).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash finished");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("render\n--engine\n", output);
    }

    @Test
    void zshScriptBeginsWithBashcompinit() {
        CliTest.Run r = CliTest.run("completion", "zsh");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("if ! type compdef > /dev/null 2>&1; then autoload -U +X compinit && compinit; fi\n"
                + "autoload -U +X bashcompinit && bashcompinit\n"), r.out().lines().limit(3).toList().toString());
        assertTrue(r.out().contains("complete -F"));
    }

    @Test
    void unknownShellIsAUsageErrorInPlainWords() {
        CliTest.Run r = CliTest.run("completion", "fish");
        assertEquals(ExitCode.USAGE.status(), r.status());
        assertEquals("", r.out());
        assertEquals("peermap: completion takes one of: bash, zsh (you gave 'fish')\n", r.err());
    }

    @Test
    void missingShellIsAUsageError() {
        CliTest.Run r = CliTest.run("completion");
        assertEquals(ExitCode.USAGE.status(), r.status());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
