package org.peermap.honest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.peermap.cli.Main;

/**
 * Honest cases that issue 11 found blocked at render time as "a bug in peermap" after {@code check} passed:
 * each must now render, and what render refuses, check refuses first.
 */
class HonestCasesTest {
    @TempDir
    Path dir;

    /** A case of {@code n} invented people; the 10th is called St John, the 22nd has the alias Big Al. */
    private static String group(int n) {
        StringBuilder yaml = new StringBuilder("peermap: 1\ntitle: Group\nreference: CS-9201\npeople:\n");
        for (int i = 1; i <= n; i++) {
            yaml.append("  p").append(i).append(":\n    name: ")
                    .append(i == 10 ? "Zeno St John" : "Person" + (char) ('a' + i % 26) + " Quorveth" + (char) ('a' + i / 26))
                    .append('\n');
            if (i == 22) {
                yaml.append("    aliases: [Big Al]\n");
            }
        }
        yaml.append("relationships:\n");
        for (int i = 2; i <= n; i++) {
            yaml.append("  - between: [p1, p").append(i).append("]\n");
        }
        return yaml.toString();
    }

    @Test
    void generatedCodesSkipCodesThatAreNamesOrInitials() throws IOException {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, group(24), StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"render", "-f", "svg", "--maps", "peer", "--engine", "embedded", "-o",
                dir.resolve("out").toString(), file.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(err), false);
        assertEquals(0, status, err.toString());
        String svg = Files.readString(dir.resolve("out/CS-9201-peer-map.svg"), StandardCharsets.UTF_8);
        assertFalse(svg.contains(">ST<") || svg.contains(">ST,") || svg.contains(">AL<") || svg.contains(">AL,"),
                "no code that is a name part or an alias");
        assertTrue(svg.contains(">UV"), "the codes after it are handed out as before");
    }

    @Test
    void aPinnedCodeThatIsAnAliasIsRefusedByCheckAtItsLine() throws IOException {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, group(3).replace("    name: Persond Quorvetha\n",
                "    name: Persond Quorvetha\n    code: AL\n").replace("  p2:\n", "  p2:\n    aliases: [Big Al]\n"),
                StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"check", file.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(err), false);
        assertEquals(1, status, err.toString());
        assertTrue(err.toString().contains(":12:11: error: 'code' of a person is also a name"), err.toString());
    }

    private static final String EVERYDAY = """
            peermap: 1
            title: Everyday words
            reference: CS-9202
            marking: OFFICIAL-SENSITIVE
            people:
              dg: {name: Daniel Grant, age: 15}
              brother: {name: Ben Court-Hill, age: 17}
              youth-worker: {name: Zora Quillet, kind: professional}
            places:
              precinct: {name: Moor Lane precinct, label: Shopping precinct}
            relationships:
              - {between: [dg, brother], note: the brother was given a grant, source: youth-worker notes}
              - {between: [dg, youth-worker], type: connection, source: "told by {brother}"}
            narrative: |
              {dg} was given a grant; his brother appeared at court. The youth-worker saw them at the
              Shopping precinct.
            """;

    private int run(String... args) {
        return Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err), false);
    }

    private final StringWriter err = new StringWriter();

    @Test
    void everydayWordsAndIdsThatAreEverydayWordsRender() throws IOException {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, EVERYDAY, StandardCharsets.UTF_8);
        assertEquals(0, run("check", file.toString()), err.toString());
        assertEquals(0, run("render", "-f", "svg,png,pdf", "--places", "--engine", "embedded", "-o",
                dir.resolve("out").toString(), file.toString()), err.toString());
        assertTrue(Files.exists(dir.resolve("out/CS-9202.pdf")));
        String appendix = Files.readString(dir.resolve("out/CS-9202-appendix.md"), StandardCharsets.UTF_8);
        assertTrue(appendix.matches("(?s).*\\| told by [A-Z]{2} \\|.*"), "a source's reference prints the code: " + appendix);
    }

    @Test
    void whatTheGuardWouldRefuseCheckRefusesAtItsPosition() throws IOException {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, EVERYDAY.replace("marking: OFFICIAL-SENSITIVE", "marking: the court team")
                .replace("precinct: {name:", "qv7: {name:").replace("source: youth-worker notes", "source: 'qv7 notes {dg}'")
                .replace("appeared at court.", "appeared at court with qv7."), StandardCharsets.UTF_8);
        assertEquals(1, run("check", file.toString()), err.toString());
        String out = err.toString();
        // the marking is printed in capitals, so "court" is the name Court there
        assertTrue(out.contains(":4:14: error: 'marking' contains a name of the person defined at line 7 (as printed,"
                + " in capitals)"), out);
        assertTrue(out.contains(":12:76: error: 'source' of a relationship contains the id of the place defined at"
                + " line 10 as a plain word"), out);
        assertFalse(out.contains(":12:86:"), "a reference in a source is replaced by the code: " + out);
        assertTrue(out.contains(":15:62: error: 'narrative' contains the id of the place defined at line 10 as a"
                + " plain word, which would print the id; write it as {id} to print its code"), out);
        assertFalse(out.contains("qv7") || out.contains("Court-Hill") || out.contains("this is a bug"), out);
    }

    @Test
    void aShortNameThatIsAlsoSvgMarkupAndANarrativeNamingSomeoneAPeriodLeavesOutRender() throws IOException {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, """
                peermap: 1
                title: As at
                reference: CS-9203
                people:
                  ab: {name: Ana Quellick, age: 15}
                  cd: {name: Bo Quellick, age: 16}
                  ef: {name: Cy Quellick, age: 16}
                relationships:
                  - {between: [ab, cd], since: 2019-01}
                  - {between: [ab, ef], since: 2021-03}
                narrative: "{ab} met {ef} in 2021."
                """, StandardCharsets.UTF_8);
        // "Cy" is also the name of an SVG attribute (an ellipse's centre), which the guard once matched
        assertEquals(0, run("render", "-f", "svg,png", "--engine", "embedded", "-o", dir.resolve("all").toString(),
                file.toString()), err.toString());
        // as at 2020 the person named in the narrative is not on the map: still their code, and a warning
        assertEquals(0, run("render", "-f", "svg", "--engine", "embedded", "--as-at", "2020-01-01", "-o",
                dir.resolve("then").toString(), file.toString()), err.toString());
        assertTrue(err.toString().contains("the narrative names people this period does not show"), err.toString());
        String svg = Files.readString(dir.resolve("then/CS-9203-peer-map.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains(">AB met EF in 2021.<"), "the same codes as the whole case");
    }
}
