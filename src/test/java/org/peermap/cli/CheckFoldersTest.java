package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: check ends with one summary line; check and render take folders of case files as pack does. */
class CheckFoldersTest {
    private static final String MINIMAL = "examples/minimal.yaml";

    @TempDir
    Path dir;

    private static String last(CliTest.Run r) {
        List<String> lines = r.err().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void checkEndsWithOneSummaryLineAlsoOnSuccess() {
        CliTest.Run ok = CliTest.run("check", MINIMAL);
        assertEquals(0, ok.status());
        assertEquals("checked 1 file: no errors, no warnings\n", ok.err());
        assertEquals("", ok.out(), "standard output is unchanged: nothing");
        CliTest.Run warned = CliTest.run("check", MINIMAL, "src/test/resources/check/ok-warn-key-colour-only.yaml");
        assertEquals(0, warned.status());
        assertEquals("checked 2 files: no errors, 1 warning", last(warned));
        CliTest.Run bad = CliTest.run("check", "src/test/resources/check/bad-many-errors.yaml");
        assertEquals(1, bad.status());
        assertEquals("checked 1 file: 11 errors, no warnings", last(bad));
        assertEquals(12, bad.err().lines().count(), "the errors, then the summary and no other count line");
        assertEquals("checked 1 file: 1 error, no warnings",
                last(CliTest.run("check", "src/test/resources/check/bad-age-negative.yaml")));
    }

    /** Two cases and one part of the first: the part is read with its case, not as a case of its own. */
    private Path folderOfTwoCasesAndAPart() throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.copy(Path.of("src/test/resources/parts/one-part/case.yaml"), cases.resolve("case.yaml"));
        Files.copy(Path.of("src/test/resources/parts/one-part/police.yaml"), cases.resolve("police.yaml"));
        Files.createDirectories(cases.resolve("older"));
        Files.copy(Path.of(MINIMAL), cases.resolve("older/minimal.yml"));
        return cases;
    }

    @Test
    void checkTakesAFolder() throws Exception {
        Path cases = folderOfTwoCasesAndAPart();
        CliTest.Run r = CliTest.run("check", cases.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("checked 2 files: no errors, no warnings\n", r.err());
        CliTest.Run empty = CliTest.run("check", Files.createDirectories(dir.resolve("empty")).toString());
        assertEquals(1, empty.status());
        assertTrue(empty.err().startsWith(dir.resolve("empty") + ":1:1: error: this folder holds no case file"),
                empty.err());
    }

    @Test
    void renderTakesAFolder() throws Exception {
        Path cases = folderOfTwoCasesAndAPart();
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("render", "--engine", "embedded", "-o", out.toString(), cases.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.exists(out.resolve("CS-0110-peer-map.svg")), r.out());
        assertTrue(Files.exists(out.resolve("MIN-0001-peer-map.svg")), r.out());
        assertEquals(2, r.out().lines().filter(l -> l.endsWith("-appendix.md")).count(), r.out());
    }
}
