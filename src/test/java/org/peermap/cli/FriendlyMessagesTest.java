package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Issue 17, "Friendlier commands": what a new user who mistypes, or asks for help, is told. */
class FriendlyMessagesTest {
    private static final String TOP_TRY = "Try 'peermap --help' for the commands and options.";

    private static List<String> lines(CliTest.Run r) {
        return r.err().lines().toList();
    }

    @Test
    void aMistypedCommandIsNamedWithTheNearestAndTheCommands() {
        CliTest.Run r = CliTest.run("chek", "x.yaml");
        assertEquals(2, r.status());
        assertEquals(List.of("peermap: 'chek' is not a peermap command. Did you mean 'check'?",
                "The commands are check, render, pack, codes, diff, watch, dot, help, completion, schema, init.", TOP_TRY), lines(r));
        CliTest.Run far = CliTest.run("frobnicate");
        assertEquals(2, far.status());
        assertEquals("peermap: 'frobnicate' is not a peermap command.", lines(far).get(0), "nothing near it");
    }

    @Test
    void aMistypedOptionNamesItsCommandAndTheNearestOption() {
        CliTest.Run r = CliTest.run("render", "--formt", "svg", "x.yaml");
        assertEquals(2, r.status());
        assertEquals(List.of("peermap: '--formt' is not an option of render. Did you mean '--format'?",
                "Try 'peermap render --help' for its options."), lines(r));
        assertEquals(lines(r), lines(CliTest.run("render", "--formt=svg", "x.yaml")), "also written with =");
        assertEquals("peermap: '--vresion' is not a peermap option. Did you mean '--version'?",
                lines(CliTest.run("--vresion")).get(0));
        assertEquals("peermap: '-x' is not an option of check.", lines(CliTest.run("check", "-x", "a.yaml")).get(0),
                "a one-letter option is not guessed at");
    }

    @Test
    void helpCommandPrintsTheUsageOfPeermapOrOfACommand() {
        CliTest.Run render = CliTest.run("help", "render");
        assertEquals(0, render.status(), render.err());
        assertEquals(CliTest.run("render", "--help").out(), render.out());
        assertTrue(render.out().contains("Usage: peermap render"), render.out());
        CliTest.Run top = CliTest.run("help");
        assertEquals(0, top.status());
        assertEquals(CliTest.run("--help").out(), top.out());
        assertTrue(top.out().contains("  help    "), "help is listed among the commands");
        CliTest.Run nosuch = CliTest.run("help", "rendr");
        assertEquals(2, nosuch.status());
        assertEquals("peermap: 'rendr' is not a peermap command. Did you mean 'render'?", lines(nosuch).get(0));
        assertEquals(TOP_TRY, lines(nosuch).get(2));
        assertEquals(2, CliTest.run("help", "nosuch").status());
    }

    @Test
    void anErrorInACommandPointsAtThatCommandsHelp() {
        assertEquals("Try 'peermap render --help' for its options.",
                lines(CliTest.run("render", "--engine", "fast", "x.yaml")).get(1));
        CliTest.Run pack = CliTest.run("pack", "cases");
        assertEquals(List.of("peermap: pack needs --output OUTDIR", "Try 'peermap pack --help' for its options."),
                lines(pack));
        assertEquals("Try 'peermap diff --help' for its options.", lines(CliTest.run("diff", "a.yaml")).get(1));
        assertEquals(TOP_TRY, lines(CliTest.run("--nope")).get(1), "an error at the top keeps peermap --help");
    }

    @Test
    void anOptionWithoutItsValueSaysWhatItTakes() {
        assertEquals("peermap: --engine needs a value, one of: auto, dot, embedded",
                lines(CliTest.run("render", "x.yaml", "--engine")).get(0));
        assertEquals("peermap: --layout-timeout needs a value: --layout-timeout SECONDS",
                lines(CliTest.run("render", "x.yaml", "--layout-timeout")).get(0));
        assertEquals("peermap: --jobs takes a whole number, 1 or more (you gave '0')",
                lines(CliTest.run("pack", "--jobs", "0", "-o", "out", "examples")).get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "render --layout-timeout 0.01 x.yaml | --layout-timeout takes whole seconds, for example 60 (you gave '0.01')",
        "pack --jobs four -o out x         | --jobs takes a whole number, for example 2 (you gave 'four')",
        "render --focus a --steps 1.5 x    | --steps takes a whole number, for example 2 (you gave '1.5')",
        "diff --layout-timeout 1m a b      | --layout-timeout takes whole seconds, for example 60 (you gave '1m')",
        "render --engine fast x.yaml       | --engine takes one of: auto, dot, embedded (you gave 'fast')",
        "render --ages old x.yaml          | --ages takes one of: exact, bands, hidden (you gave 'old')",
        "render --paper a5 x.yaml          | --paper takes one of: a4, a3 (you gave 'a5')",
        "render -f svg,gif x.yaml          | --format takes one or more of: svg, png, pdf, separated by commas"
                + " (you gave 'gif')",
        "render --maps peer,all x.yaml     | --maps takes one or more of: peer, incident, both, separated by commas"
                + " (you gave 'all')",
        "render --anonymise blur x.yaml    | --anonymise takes one of: letters, roles, initials, none (you gave 'blur')",
    })
    void valuesAreToldInWords(String command, String expected) {
        CliTest.Run r = CliTest.run(command.strip().split(" +"));
        assertEquals(2, r.status(), r.err());
        assertEquals("peermap: " + expected, lines(r).get(0));
    }

    @Test
    void aFolderNameThisSystemCannotReadIsToldInWords() {
        CliTest.Run r = CliTest.run("render", "-o", "out\0put", "x.yaml");
        assertEquals(2, r.status());
        assertTrue(lines(r).get(0).startsWith("peermap: --output takes the name of a folder this system can read"),
                r.err());
        assertTrue(lines(r).get(0).endsWith("(you gave 'out?put')"), "the control character is not echoed");
    }

    /** Every option of every command that takes a number, a path or one of a set, given a value it cannot take. */
    @Test
    void everyTypedOptionOfEveryCommandIsToldInWords() {
        CommandLine top = Main.commandLine(new Session(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false));
        List<String> tried = new ArrayList<>();
        for (Map.Entry<String, CommandLine> command : top.getSubcommands().entrySet()) {
            for (OptionSpec o : command.getValue().getCommandSpec().options()) {
                Class<?> type = o.isMultiValue() ? o.auxiliaryTypes()[0] : o.type();
                String bad = type == Path.class ? "a\0b" : type.isEnum() || type == int.class || type == long.class
                        || type == Integer.class ? "1.5x" : null;
                if (bad == null) {
                    continue;
                }
                CliTest.Run r = CliTest.run(command.getKey(), o.longestName(), bad, "x.yaml");
                String first = lines(r).get(0);
                assertEquals(2, r.status(), first);
                assertTrue(first.startsWith("peermap: " + o.longestName() + " takes "), first);
                assertTrue(first.endsWith("(you gave '" + bad.replace('\0', '?') + "')"), first);
                tried.add(command.getKey() + " " + o.longestName());
            }
        }
        assertTrue(tried.containsAll(List.of("render --layout-timeout", "pack --jobs", "render --steps",
                "render --engine", "render --ages", "render --format", "codes --output", "diff --output")), tried
                .toString());
    }

    @Test
    void everyValueListedForCompletionIsLowerCase() {
        CommandLine top = Main.commandLine(new Session(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false));
        TreeSet<String> listed = new TreeSet<>();
        for (CommandLine command : top.getSubcommands().values()) {
            for (OptionSpec o : command.getCommandSpec().options()) {
                if (o.completionCandidates() != null) {
                    o.completionCandidates().forEach(listed::add);
                }
            }
            assertFalse(command.getUsageMessage().contains("EMBEDDED") || command.getUsageMessage().contains("EXACT"),
                    command.getUsageMessage());
        }
        assertTrue(listed.containsAll(List.of("auto", "embedded", "bands", "svg", "pdf", "a3", "letters", "both")),
                listed.toString());
        listed.forEach(v -> assertEquals(v.toLowerCase(Locale.ROOT), v));
    }

    /** dot is listed with the others, and the README's commands are exactly the help's. */
    @Test
    void theHelpAndTheReadmeListTheSameCommands() throws Exception {
        String help = CliTest.run("--help").out();
        assertTrue(help.matches("(?s).*\\n  dot +Print the Graphviz input of a case, for reporting layout problems\\..*"), help);
        String readme = Files.readString(Path.of("README.md"));
        String commands = readme.substring(readme.indexOf("## Commands"), readme.indexOf("```\n\n", readme.indexOf(
                "## Commands")));
        TreeSet<String> inReadme = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^bin/peermap ([a-z]+)").matcher(commands);
        while (m.find()) {
            inReadme.add(m.group(1));
        }
        assertEquals(new TreeSet<>(List.of("check", "render", "pack", "codes", "diff", "watch", "dot", "help", "completion", "schema", "init")), inReadme);
        CliTest.Run dot = CliTest.run("dot", "examples/minimal.yaml");
        assertEquals(0, dot.status(), dot.err());
        assertTrue(dot.out().startsWith("graph") || dot.out().startsWith("digraph") || dot.out().startsWith("strict"),
                dot.out());
        assertFalse(dot.out().contains("Lio") || dot.out().contains("Pippa"), "no name from the case");
    }
}
