package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case from several agencies' parts draws as the same case written as one file does. */
class PartsRenderTest {
    static final String MEETING = "examples/meeting/case.yaml";
    static final String ONE_FILE = "src/test/resources/parts-one-file/meeting.yaml";

    @TempDir
    Path out;

    @Test
    void theMergedMeetingDrawsAsTheOneFileAndItsAppendixSaysWhoContributedWhat() throws IOException {
        CliTest.Run merged = CliTest.run("render", "--engine", "embedded", "-f", "svg", "-o", out.resolve("a")
                .toString(), MEETING);
        assertEquals(0, merged.status(), merged.err());
        CliTest.Run one = CliTest.run("render", "--engine", "embedded", "-f", "svg", "-o", out.resolve("b")
                .toString(), ONE_FILE);
        assertEquals(0, one.status(), one.err());
        for (String map : new String[] {"CS-0012-peer-map.svg", "CS-0012-incident-map.svg"}) {
            assertArrayEquals(Files.readAllBytes(out.resolve("b").resolve(map)),
                    Files.readAllBytes(out.resolve("a").resolve(map)), map + " is the same, byte for byte");
        }
        String a = Files.readString(out.resolve("a/CS-0012-appendix.md"), StandardCharsets.UTF_8);
        String b = Files.readString(out.resolve("b/CS-0012-appendix.md"), StandardCharsets.UTF_8);
        int from = a.indexOf("## Contributions");
        int to = a.indexOf("## ", from + 3);
        assertTrue(from > 0, a);
        assertEquals(b, a.substring(0, from) + a.substring(to), "the appendix differs by its Contributions only");
        String contributions = a.substring(from, to);
        assertTrue(contributions.contains("| YOT | AB, EF, UV | 5 |  |"), contributions);
        assertTrue(contributions.contains("| Police | GH, MN, OP, QR, ST | 6 | 1, 2 |"), contributions);
        assertTrue(a.contains("| AB - CD (Strong connection) | YOT; Children's Social Care | corroborated"),
                "the fact two agencies gave, with both sources");
        assertFalse(a.contains("Colequist") || a.contains("Drummely") || a.contains("Kettlebridge"),
                "no name from any part is printed");
    }

    @Test
    void aPartRunAloneIsRefusedWithTheCaseToRun() {
        CliTest.Run r = CliTest.run("render", "--engine", "embedded", "-o", out.toString(), "examples/meeting/police.yaml");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("examples/meeting/police.yaml:3:1: error: this is part of a case: run the case file"
                + " that lists it (examples/meeting/case.yaml)"), r.err());
    }
}
