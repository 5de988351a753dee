package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peermap.layout.NativeDot;

/** {@code peermap render} end to end, in-process, with each engine. */
class RenderCommandTest {
    @TempDir
    Path out;

    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "dot"})
    void rendersEveryExampleWithEachEngine(String engine) throws IOException {
        assumeTrue(engine.equals("embedded") || NativeDot.find().isPresent(), "Graphviz dot is not installed");
        List<String> args = new java.util.ArrayList<>(List.of("render", "--engine", engine, "-f", "svg,png", "-o",
                out.toString()));
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            examples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> args.add(p.toString()));
        }
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        List<String> files = listing(out);
        for (String reference : List.of("CS-0001", "CS-0002", "CS-0003")) {
            assertTrue(files.contains(reference + "-peer-map.svg"), files.toString());
            assertTrue(files.contains(reference + "-peer-map.png"), files.toString());
            assertTrue(files.contains(reference + "-appendix.md"), files.toString());
            assertTrue(files.contains(reference + "-incident-map.svg"), files.toString());
            assertTrue(files.contains(reference + "-incident-map.png"), files.toString());
        }
        assertFalse(files.stream().anyMatch(f -> f.startsWith(".")), "no temporary files are left: " + files);
        assertFalse(r.err().contains(": error:"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "dot"})
    void sameInputSameEngineGivesIdenticalBytes(String engine) throws IOException {
        assumeTrue(engine.equals("embedded") || NativeDot.find().isPresent(), "Graphviz dot is not installed");
        Path first = out.resolve("first");
        Path second = out.resolve("second");
        for (Path dir : List.of(first, second)) {
            CliTest.Run r = CliTest.run("render", "--engine", engine, "-f", "svg,png,pdf", "-o", dir.toString(),
                    "src/test/resources/render/every-symbol.yaml", "examples/stabbings.yaml");
            assertEquals(0, r.status(), r.err());
        }
        assertEquals(listing(first), listing(second));
        for (String name : listing(first)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
    }

    @Test
    void outputsAreOwnerOnlyAndNamedByReference() throws IOException {
        Path dir = out.resolve("new-folder");
        CliTest.Run r = CliTest.run("render", "--engine", "embedded", "-o", dir.toString(), "examples/minimal.yaml");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("MIN-0001-appendix.md", "MIN-0001-incident-map.svg", "MIN-0001-peer-map.svg"),
                listing(dir));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("MIN-0001-peer-map.svg"))));
        assertEquals(dir.resolve("MIN-0001-peer-map.svg") + "\n" + dir.resolve("MIN-0001-incident-map.svg") + "\n"
                + dir.resolve("MIN-0001-appendix.md") + "\n", r.out(), "each written file is listed on standard output");
    }

    @Test
    void nothingIsWrittenForACaseWithErrorsButOtherCasesAre() throws IOException {
        CliTest.Run r = CliTest.run("render", "--engine", "embedded", "-o", out.toString(),
                "src/test/resources/check/bad-age-negative.yaml", "examples/minimal.yaml");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("bad-age-negative.yaml:8:10: error:"), r.err());
        assertEquals(List.of("MIN-0001-appendix.md", "MIN-0001-incident-map.svg", "MIN-0001-peer-map.svg"),
                listing(out));
    }

    @Test
    void mapsChoosesWhichMapsAreDrawn() throws IOException {
        CliTest.Run r = CliTest.run("render", "--engine", "embedded", "--maps", "incident", "-o", out.toString(),
                "examples/stabbings.yaml");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("CS-0001-appendix.md", "CS-0001-grid.svg", "CS-0001-incident-map.svg"), listing(out));
        assertEquals(2, CliTest.run("render", "--maps", "gantt", "examples/stabbings.yaml").status());
    }

    @Test
    void namesNeedShowNames() throws IOException {
        CliTest.Run refused = CliTest.run("render", "--engine", "embedded", "--anonymise", "none", "-o",
                out.toString(), "examples/minimal.yaml");
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains("--show-names"), refused.err());
        assertEquals(List.of(), listing(out));
        CliTest.Run allowed = CliTest.run("render", "--engine", "embedded", "--anonymise", "none", "--show-names",
                "-o", out.toString(), "examples/minimal.yaml");
        assertEquals(0, allowed.status(), allowed.err());
        String svg = Files.readString(out.resolve("MIN-0001-peer-map.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("CONTAINS NAMES - NOT FOR CIRCULATION"));
    }

    @Test
    void pdfIsOneFileOfTheCaseOnPagesOfThePaper() throws IOException {
        CliTest.Run r = CliTest.run("render", "--engine", "embedded", "-f", "svg,png,pdf", "--paper", "a3", "-o",
                out.toString(), "examples/stabbings.yaml");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("CS-0001-appendix.md", "CS-0001-grid.png", "CS-0001-grid.svg", "CS-0001-incident-map.png",
                "CS-0001-incident-map.svg", "CS-0001-peer-map.png", "CS-0001-peer-map.svg", "CS-0001.pdf"),
                listing(out));
        assertTrue(r.out().contains(out.resolve("CS-0001.pdf").toString()), r.out());
        byte[] pdf = Files.readAllBytes(out.resolve("CS-0001.pdf"));
        org.peermap.render.pdf.PdfReadBack.assertPrintable(pdf, org.peermap.model.Paper.A3, "OFFICIAL-SENSITIVE");
        List<String> pages = org.peermap.render.pdf.PdfReadBack.pageTexts(pdf);
        org.peermap.render.pdf.PdfReadBack.assertNoPipeRows(pages);
        assertTrue(pages.get(0).contains("Reference CS-0001") && pages.get(0).contains("Key"), "the peer map first");
        assertTrue(pages.get(1).contains("Incident map"), "then the incident map");
        assertTrue(pages.get(2).contains("People and incidents") && !pages.get(2).contains("Narrative"), "then the grid");
        assertTrue(pages.get(3).contains("- appendix") && pages.get(3).contains("Narrative"), "then the appendix");
        assertFalse(String.join("", pages).contains("Panel pack"));

        Path named = out.resolve("named");
        CliTest.Run names = CliTest.run("render", "--engine", "embedded", "-f", "pdf", "--anonymise", "none",
                "--show-names", "-o", named.toString(), "examples/minimal.yaml");
        assertEquals(0, names.status(), names.err());
        assertEquals(List.of("MIN-0001-appendix.md", "MIN-0001.pdf"), listing(named), "pdf alone: no SVG or PNG");
        org.peermap.render.pdf.PdfReadBack.assertPrintable(Files.readAllBytes(named.resolve("MIN-0001.pdf")),
                org.peermap.model.Paper.A4, "CONTAINS NAMES - NOT FOR CIRCULATION");
    }

    @Test
    void unknownModeAndFormatAreUsageErrors() {
        assertEquals(2, CliTest.run("render", "--anonymise", "pseudonyms", "examples/minimal.yaml").status());
        assertEquals(2, CliTest.run("render", "-f", "gif", "examples/minimal.yaml").status());
    }

    @Test
    void standardInputRendersByReference() throws IOException {
        byte[] yaml = Files.readAllBytes(Path.of("examples/minimal.yaml"));
        CliTest.Run r = CliTest.run(new ByteArrayInputStream(yaml), false, "render", "--engine", "embedded", "-o",
                out.toString(), "-");
        assertEquals(0, r.status(), r.err());
        assertTrue(listing(out).contains("MIN-0001-peer-map.svg"));
    }

    @Test
    void unwritableFolderExitsThree() throws IOException {
        Path file = out.resolve("not-a-folder");
        Files.writeString(file, "x");
        CliTest.Run r = CliTest.run("render", "--engine", "embedded", "-o", file.toString(), "examples/minimal.yaml");
        assertEquals(3, r.status(), r.err());
        assertTrue(r.err().contains("minimal.yaml:1:1: error: cannot write this case's files into"), r.err());
        assertTrue(r.err().contains("1 error"), "counted as the error it is: " + r.err());
    }

    @Test
    void initialsAlwaysWarnForPinnedCodesDoNotApplyToThem() throws IOException {
        Path unpinned = out.resolve("case.yaml");
        Files.writeString(unpinned, "peermap: 1\ntitle: T\nreference: R-1\npeople:\n  a: {name: Ann Example}\n"
                + "  b: {name: Bo Example}\nrelationships:\n  - between: [a, b]\n");
        CliTest.Run r = CliTest.run("render", "--engine", "embedded", "--anonymise", "initials", "-o",
                out.resolve("o").toString(), unpinned.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("prints real initials, which can identify"), r.err());
        assertTrue(Files.readString(out.resolve("o/R-1-peer-map.svg")).contains(">AE<"));
        CliTest.Run pinned = CliTest.run("render", "--engine", "embedded", "--anonymise", "initials", "-o",
                out.resolve("p").toString(), "examples/minimal.yaml");
        assertTrue(pinned.err().contains("prints real initials, which can identify"), "pinned codes are letters-mode"
                + " codes, so initials are printed here too: " + pinned.err());
    }

    @Test
    void agesExactInBandsOrHidden() throws IOException {
        for (String mode : List.of("exact", "bands", "hidden")) {
            Path dir = out.resolve(mode);
            CliTest.Run r = CliTest.run("render", "--engine", "embedded", "--ages", mode, "-o", dir.toString(),
                    "examples/stabbings.yaml");
            assertEquals(0, r.status(), r.err());
            String svg = Files.readString(dir.resolve("CS-0001-peer-map.svg"), StandardCharsets.UTF_8);
            String md = Files.readString(dir.resolve("CS-0001-appendix.md"), StandardCharsets.UTF_8);
            switch (mode) {
                case "exact" -> assertTrue(svg.contains(">AB, 15<") && md.contains("| 15 |"), mode);
                case "bands" -> assertTrue(svg.contains(">AB, 13-15<") && md.contains("| 13-15 |")
                        && !svg.contains(">AB, 15<"), mode);
                default -> assertTrue(svg.contains(">AB<") && !svg.contains(">AB, ") && !md.contains("| 15 |"), mode);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"letters", "roles", "initials", "none"})
    void everyModeRendersEveryExample(String mode) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("render", "--engine", "embedded", "--anonymise", mode,
                "-f", "svg,png", "-o", out.toString()));
        if (mode.equals("none")) {
            args.add("--show-names");
        }
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            examples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> args.add(p.toString()));
        }
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        // five files per example, and the grid page (svg, png) of the two with more than three incidents;
        // real names make people's shapes wide, so with mode none a map too large for A4 at 8 pt is drawn as
        // an overview with a page per incident beside it; the letter codes keep every example on one page
        List<String> pages = listing(out).stream().filter(f -> f.contains("-peer-map-incident-")).toList();
        assertEquals(24, listing(out).size() - pages.size(), listing(out).toString());
        assertTrue(mode.equals("none") || pages.isEmpty(), pages.toString());
        String svg = Files.readString(out.resolve("CS-0001-peer-map.svg"), StandardCharsets.UTF_8);
        switch (mode) {
            // pinned codes are letters-mode codes: roles and initials print roles and initials
            case "roles" -> assertTrue(svg.contains(">YP1, 15<") && !svg.contains(">AB, 15<"), "roles");
            case "initials" -> assertTrue(!svg.contains(">AB, 15<"), "initials");
            case "none" -> assertTrue(svg.contains("CONTAINS NAMES - NOT FOR CIRCULATION"));
            default -> assertTrue(svg.contains(">AB, 15<"));
        }
    }

    @Test
    void asAtAndFromToStateThePeriodAndLeaveOutLaterIncidents() throws IOException {
        CliTest.Run r = CliTest.run("render", "--engine", "embedded", "--as-at", "2019-06-01", "-o", out.toString(),
                "examples/stabbings.yaml");
        assertEquals(0, r.status(), r.err());
        String incidents = Files.readString(out.resolve("CS-0001-incident-map.svg"), StandardCharsets.UTF_8);
        assertTrue(incidents.contains("As at 01/06/2019"));
        assertTrue(incidents.contains(">11/05/2019 22:10<") && !incidents.contains(">20/07/2019 18:05<"));
        String peer = Files.readString(out.resolve("CS-0001-peer-map.svg"), StandardCharsets.UTF_8);
        assertTrue(peer.contains("As at 01/06/2019"));
        CliTest.Run limited = CliTest.run("render", "--engine", "embedded", "--from", "2019-07", "--to", "2019-09",
                "--maps", "incident", "-o", out.resolve("b").toString(), "examples/stabbings.yaml");
        assertEquals(0, limited.status(), limited.err());
        String b = Files.readString(out.resolve("b/CS-0001-incident-map.svg"), StandardCharsets.UTF_8);
        assertTrue(b.contains(">20/07/2019 18:05<") && b.contains(">09/2019<") && !b.contains(">11/05/2019 22:10<"));
        assertEquals(2, CliTest.run("render", "--as-at", "2019-13-01", "examples/stabbings.yaml").status());
    }

    @Test
    void placesOnThePeerMapWithTheirOwnShapeAndLineStylesInTheKey() throws IOException {
        CliTest.Run r = CliTest.run("render", "--engine", "embedded", "--places", "--maps", "peer", "-o",
                out.toString(), "examples/new-peer-group.yaml");
        assertEquals(0, r.status(), r.err());
        String svg = Files.readString(out.resolve("CS-0002-peer-map.svg"), StandardCharsets.UTF_8);
        for (String words : List.of(">Place<", ">Lives at<", ">Goes to school at<", ">Spends time at<", ">Works at<",
                ">Pellmarsh Parade<", ">School 1<")) {
            assertTrue(svg.contains(words), words);
        }
        CliTest.Run without = CliTest.run("render", "--engine", "embedded", "--maps", "peer", "-o",
                out.resolve("b").toString(), "examples/new-peer-group.yaml");
        assertEquals(0, without.status(), without.err());
        assertFalse(Files.readString(out.resolve("b/CS-0002-peer-map.svg")).contains(">Lives at<"));
    }

    @Test
    void geoLaysPlacesOutByTheirCoordinates() throws IOException {
        CliTest.Run r = CliTest.run("render", "--engine", "embedded", "--geo", "--maps", "peer", "-o", out.toString(),
                "examples/stabbings.yaml");
        assertEquals(0, r.status(), r.err());
        String svg = Files.readString(out.resolve("CS-0001-peer-map.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains(">Park 1<") && svg.contains(">School 1<") && svg.contains(">Lives at<"));
        // drawn numbers have at most two decimals, so the file's four-decimal coordinates cannot appear by chance
        for (String coordinate : List.of("51.5462", "0.0571", "51.5431", "0.0502", "51.5493", "0.0447", "51.5408")) {
            assertFalse(svg.contains(coordinate), "coordinates are never printed");
        }
    }

    @Test
    void aLayoutThatTakesTooLongIsStoppedWithAClearError() throws IOException {
        // a case that takes the embedded Graphviz well over a second (150 people in 80 overlapping incidents)
        StringBuilder big = new StringBuilder("peermap: 1\ntitle: Big\nreference: CS-9501\npeople:\n");
        for (int i = 0; i < 150; i++) {
            big.append("  p").append(i).append(": {age: 15}\n");
        }
        big.append("relationships:\n");
        for (int i = 1; i < 150; i++) {
            big.append("  - {between: [p").append(i - 1).append(", p").append(i).append("]}\n");
        }
        big.append("incidents:\n");
        java.util.Random random = new java.util.Random(5);
        for (int k = 0; k < 80; k++) {
            int a = random.nextInt(148);
            big.append("  i").append(k).append(": {what: robbery, date: 2025-01-01, involved: [p").append(a)
                    .append(", p").append(a + 1).append(", p").append(a + 2).append("]}\n");
        }
        Path file = Files.createTempFile(out.getParent(), "big", ".yaml");
        Files.writeString(file, big.toString());
        CliTest.Run r = CliTest.run("render", "--engine", "embedded", "--layout-timeout", "1", "--maps", "peer", "-o",
                out.toString(), file.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("error: the maps took longer than 1 s to make and were stopped while"), r.err());
        assertTrue(r.err().contains("raise --layout-timeout"), r.err());
        assertEquals(List.of(), listing(out));
        CliTest.Run after = CliTest.run("render", "--engine", "embedded", "-o", out.toString(), "examples/minimal.yaml");
        assertEquals(0, after.status(), "the engine still works after a stopped layout: " + after.err());
    }
}
