package org.peermap.legibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermap.cli.Main;

/**
 * Issue 18's big maps: a generated 120-person case ({@code bench/gen-case.sh 120 1}, invented names), too large for
 * Graphviz's own routing of lines, is drawn with no line through a person on any of its peer map's pages (the
 * overview of the whole group, whose lines our router takes round people, and the page of each incident).
 */
class BigMapsTest {
    static final Path CASE = Path.of("src/test/resources/big/bench-120.yaml");

    @TempDir
    Path out;

    @Test
    void aLargeCaseIsDrawnWithNoLineThroughAPerson() throws IOException {
        Assumptions.assumeTrue(ExamplesLegibilityTest.hasDot(), "native dot is not installed");
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"render", "-f", "svg", "--maps", "peer", "--engine", "dot", "-o",
            out.toString(), CASE.toString()}, new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err), false);
        assertEquals(0, status, err.toString());
        List<Path> pages;
        try (Stream<Path> files = Files.list(out)) {
            pages = files.filter(p -> p.getFileName().toString().matches("BENCH-120-peer-map.*\\.svg")).sorted().toList();
        }
        assertTrue(pages.size() > 1, "an overview and a page per incident: " + pages);
        for (Path svg : pages) {
            Measures m = Legibility.measure(Files.readAllBytes(svg), Measures.Kind.PEER);
            assertEquals(0, m.linesThroughPeople(), svg.getFileName() + ": " + Legibility.row("", "", m));
            assertEquals(0, m.strays(), svg.getFileName() + ": " + Legibility.row("", "", m));
        }
        String overview = Files.readString(out.resolve("BENCH-120-peer-map.svg"));
        assertEquals(120, overview.split("class=\"pm-person\"", -1).length - 1, "everyone is on the overview");
        assertFalse(overview.contains("Person0001"), "no name reaches the map");
    }
}
