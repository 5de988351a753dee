package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermap.check.YamlJson;

/** {@code peermap init}: a commented starting case that checks clean, and never a file overwritten. */
class InitTest {
    private static final String SCHEMA_LINE = "# yaml-language-server: $schema=https://raw.githubusercontent.com/"
            + "peermap/peermap/main/docs/peermap.schema.json";

    @TempDir
    Path dir;

    private CliTest.Run init(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "init";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliTest.run(all);
    }

    @Test
    void writesACaseThatChecksCleanWithNoWarnings() throws IOException {
        Path file = dir.resolve("case.yaml");
        CliTest.Run r = init(file.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains(file.toString()), r.out());
        CliTest.Run check = CliTest.run("check", file.toString());
        assertEquals(0, check.status(), check.err());
        assertEquals("checked 1 file: no errors, no warnings\n", check.err());
        assertTrue(Files.readString(file).startsWith(SCHEMA_LINE + "\n"));
    }

    @Test
    void everySectionHasOneInventedEntryAndACommentSayingWhatItIsFor() throws IOException {
        Path file = dir.resolve("case.yaml");
        assertEquals(0, init(file.toString()).status());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String section : List.of("peermap", "title", "reference", "prepared", "marking", "anonymise", "key",
                "people", "places", "relationships", "whereabouts", "incidents", "narrative", "review", "actions")) {
            int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(section + ":")).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + section + " section")));
            assertTrue(lines.get(at - 1).startsWith("# "), "a comment above " + section);
        }
        String text = String.join("\n", lines);
        for (String field : List.of("source:", "known:", "confirmed:", "strengths:", "risk:", "worker:", "safe: true",
                "type: protective", "type: harm", "as: lives", "status: open", "about:")) {
            assertTrue(text.contains(field), "the template shows " + field);
        }
        assertTrue(text.contains("\n# parts: ["), "parts as a commented example");
        assertTrue(text.contains("#   peermap-part: 1"), "a part file as a commented example");
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "peermap: 1\n# my own work\n");
        CliTest.Run r = init(file.toString());
        assertEquals(ExitCode.USAGE.status(), r.status());
        assertTrue(r.err().contains(file.toString()) && r.err().contains("already exists"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
        assertEquals("peermap: 1\n# my own work\n", Files.readString(file));
    }

    @Test
    void theReferenceGivenIsUsed() throws IOException {
        Path file = dir.resolve("case.yaml");
        assertEquals(0, init(file.toString(), "--reference", "YOT-2026-17").status());
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.contains("reference: YOT-2026-17"), String.join("\n", lines));
        assertFalse(lines.contains("reference: CS-0001"));
        assertEquals(0, CliTest.run("check", file.toString()).status());
    }

    @Test
    void theDefaultReferenceIsCs0001() throws IOException {
        Path file = dir.resolve("case.yaml");
        assertEquals(0, init(file.toString()).status());
        assertTrue(Files.readAllLines(file).contains("reference: CS-0001"));
    }

    @Test
    void aReferenceOfDigitsIsQuotedSoEditorsReadItAsText() throws IOException {
        Path file = dir.resolve("case.yaml");
        assertEquals(0, init(file.toString(), "--reference", "0042").status());
        assertTrue(Files.readAllLines(file).contains("reference: \"0042\""));
        assertEquals(0, CliTest.run("check", file.toString()).status());
        assertEquals(Set.of(), YamlJson.validate(YamlJson.read(file)));
    }

    @Test
    void aReferenceTheCheckerWouldRefuseIsRefusedInPlainWords() {
        for (String bad : List.of("CS/0001", "-CS", "CS 0001", "", "A".repeat(65))) {
            Path file = dir.resolve("case.yaml");
            CliTest.Run r = init(file.toString(), "--reference", bad);
            assertEquals(ExitCode.USAGE.status(), r.status(), bad);
            assertTrue(r.err().startsWith("peermap: --reference names the output files, so it must use only letters,"
                    + " digits"), r.err());
            assertFalse(Files.exists(file), "nothing is written for " + bad);
        }
    }

    @Test
    void aFolderThatDoesNotExistCannotBeWritten() {
        CliTest.Run r = init(dir.resolve("no-such-folder/case.yaml").toString());
        assertEquals(ExitCode.CANNOT_WRITE.status(), r.status());
        assertTrue(r.err().contains("cannot write"), r.err());
    }

    @Test
    void aDashWritesTheCaseToStandardOutput() {
        CliTest.Run r = init("-", "--reference", "CS-0099");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith(SCHEMA_LINE + "\n"));
        assertTrue(r.out().contains("\nreference: CS-0099\n"));
    }

    @Test
    void theTemplateIsValidAgainstTheSchema() {
        assertEquals(Set.of(), YamlJson.validate(YamlJson.read(InitCommand.template())));
        assertEquals(Set.of(), YamlJson.validate(YamlJson.read(InitCommand.text("YOT-7"))));
    }

    @Test
    void bothCommandsAreListedInTheHelp() {
        CliTest.Run r = CliTest.run("--help");
        assertTrue(r.out().contains("schema") && r.out().contains("init"), r.out());
    }
}
