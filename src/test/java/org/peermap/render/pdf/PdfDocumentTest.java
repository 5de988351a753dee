package org.peermap.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peermap.Peermap;
import org.peermap.anonymise.Anonymiser;
import org.peermap.anonymise.Printed;
import org.peermap.model.Case;
import org.peermap.model.Paper;
import org.peermap.render.Appendix;
import org.peermap.render.IncidentMapRenderer;
import org.peermap.render.TitleBlock;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * The PDF of a case and of a pack, read back with PDFBox: pages of the paper's size, fonts embedded,
 * tables drawn as tables (with their header again on a continued page), the marking once per edge, and
 * the same bytes for the same input. The cases are the examples and a generated 60-person case (invented
 * names); the maps here are the incident map, which needs no Graphviz, and scenes of other sizes.
 */
class PdfDocumentTest {
    static final String MARKING = "OFFICIAL-SENSITIVE";

    static PdfDocument.Case of(Path yaml, List<Scene> extra) throws IOException {
        Peermap.Checked checked = Peermap.check(yaml.toString(), Files.readAllBytes(yaml));
        Case c = checked.result().checked().orElseThrow();
        Printed printed = Anonymiser.printed(c, c.anonymise());
        List<Scene> pages = new ArrayList<>(List.of(IncidentMapRenderer.render(c, printed, Paper.A4).scene()));
        pages.addAll(extra);
        String marking = TitleBlock.marking(c.marking(), printed.containsNames());
        return new PdfDocument.Case(printed.text(c.title()), c.reference(), marking, pages,
                new String(Appendix.write(c, printed, c.marking()), StandardCharsets.UTF_8));
    }

    /** A map page of its own size (wider or smaller than the paper), framed by the title block. */
    static Scene framed(double width, double height) {
        List<Shape> shapes = new ArrayList<>(TitleBlock.draw(width, height, "A wide map", "Reference X", "official-sensitive",
                false));
        shapes.add(new Shape.Rect(40, 80, width - 80, height - 120, 4, Style.stroke("#000000", 1)));
        shapes.add(new Shape.Text(new Point(width / 2, height / 2), "middle of the map", 9, false, Shape.Anchor.MIDDLE,
                Style.BLACK));
        return new Scene(width, height, shapes);
    }

    static final Path BIG = Path.of("src/test/resources/render/incident/bench-60.yaml");
    static final Path STABBINGS = Path.of("examples/stabbings.yaml");

    @ParameterizedTest
    @EnumSource(Paper.class)
    void everyPageHasThePapersSizeFontsEmbeddedAndTheMarkingOncePerEdge(Paper paper) throws IOException {
        PdfDocument.Case c = of(STABBINGS, List.of(framed(1897, 595), framed(500, 400)));
        byte[] pdf = PdfDocument.ofCase(c, paper);
        PdfReadBack.assertPrintable(pdf, paper, MARKING);
        List<String> pages = PdfReadBack.pageTexts(pdf);
        assertTrue(pages.size() >= 4, "three map pages and the appendix");
        assertTrue(pages.get(1).contains("middle of the map"), "the wide scene is drawn, scaled to the paper");
        PdfReadBack.assertNoPipeRows(pages);
        String all = String.join("\n", pages);
        assertTrue(all.contains("Code Kind Age Gender Agencies Plan Risks"), "the people table's header row");
        assertTrue(all.contains("AB (focus) Young person 15 male"), "a people table row, cell by cell");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(c.title() + " (CS-0001)", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aTableThatBreaksAcrossPagesRepeatsItsHeader() throws IOException {
        byte[] pdf = PdfDocument.ofCase(of(BIG, List.of()), Paper.A4);
        List<String> pages = PdfReadBack.pageTexts(pdf);
        List<Integer> withHeader = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("Code Kind Age Gender Agencies Plan Risks")) {
                withHeader.add(i);
            }
        }
        assertTrue(withHeader.size() >= 2, "60 people run onto a second page: " + withHeader);
        assertEquals(withHeader.get(0) + 1, (int) withHeader.get(1), "on the very next page");
        assertTrue(pages.get(withHeader.get(1)).contains("People (continued)"));
        PdfReadBack.assertNoPipeRows(pages);
        PdfReadBack.assertPrintable(pdf, Paper.A4, MARKING);
        long rows = pages.stream().flatMap(p -> p.lines())
                .filter(l -> l.matches("[A-Z]{2,3}( \\(focus\\))? (Young person|Adult|Professional) .*")).count();
        assertEquals(60, rows, "every person's row, once");
    }

    @Test
    void cellTextWrapsWithinItsCellAndEveryTableFitsThePage() throws IOException {
        String longNote = "a note that goes on and on about what was seen and by whom ".repeat(30).strip();
        String longWord = "Supercalifragilistic".repeat(8);
        StringBuilder md = new StringBuilder("**OFFICIAL-SENSITIVE**\n\n# Wide tables - appendix\n\n## Notes\n\n"
                + "| Who | Type | Note |\n|---|---|---|\n");
        for (int i = 0; i < 12; i++) {
            md.append("| AB - CD | Strong connection | ").append(i == 5 ? longWord : longNote).append(" |\n");
        }
        md.append("| EF - GH | Connection | ").append((longNote + " ").repeat(8)).append("END |\n");
        md.append("\n**OFFICIAL-SENSITIVE**\n");
        PdfDocument.Case c = new PdfDocument.Case("Wide tables", "T-1", MARKING, List.of(), md.toString());
        byte[] pdf = PdfDocument.ofCase(c, Paper.A4);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/pdf-wide-table.pdf"), pdf);
        PdfReadBack.assertPrintable(pdf, Paper.A4, MARKING);
        List<String> pages = PdfReadBack.pageTexts(pdf);
        assertTrue(pages.size() >= 2, "twelve tall rows run onto more pages");
        for (String page : pages.subList(1, pages.size())) {
            assertTrue(page.contains("Notes (continued)") && page.contains("Who Type Note"), page);
        }
        String all = String.join("\n", pages);
        assertTrue(all.lines().filter(l -> l.contains("about what was seen")).count() > 12 * 5,
                "the note is wrapped over many lines of its cell");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float[] extent = {Float.MAX_VALUE, 0};
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        extent[0] = Math.min(extent[0], p.getXDirAdj());
                        extent[1] = Math.max(extent[1], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                }
            };
            stripper.getText(doc);
            assertTrue(extent[0] >= PdfFlow.SIDE - 0.01 && extent[1] <= Paper.A4.width() - PdfFlow.SIDE + 0.01,
                    "all text within the margins: " + extent[0] + " to " + extent[1]);
        }
        assertTrue(all.replaceAll("\\s", "").contains(longWord), "a word wider than its column is split, not lost");
        assertTrue(pages.get(pages.size() - 1).contains("END"), "a row taller than a page goes on over pages");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        assertArrayEquals(PdfDocument.ofCase(of(STABBINGS, List.of()), Paper.A4),
                PdfDocument.ofCase(of(STABBINGS, List.of()), Paper.A4));
        List<PdfDocument.Case> cases = List.of(of(STABBINGS, List.of()), of(BIG, List.of()));
        assertArrayEquals(PdfDocument.pack(cases, Paper.A3, "01/02/2020"), PdfDocument.pack(cases, Paper.A3,
                "01/02/2020"));
    }

    @Test
    void aPackOfOneCaseIsTitledWithTheCaseAndOfManyAPanelPack() throws IOException {
        PdfDocument.Case one = of(STABBINGS, List.of());
        byte[] single = PdfDocument.pack(List.of(one), Paper.A4, "01/02/2020");
        List<String> pages = PdfReadBack.pageTexts(single);
        assertFalse(String.join("\n", pages).contains("Panel pack"));
        assertTrue(pages.get(0).contains(one.title()) && pages.get(0).contains("1 case, prepared up to 01/02/2020."), pages.get(0));
        PdfReadBack.assertPrintable(single, Paper.A4, MARKING);

        byte[] many = PdfDocument.pack(List.of(one, of(BIG, List.of()), of(Path.of("examples/minimal.yaml"),
                List.of())), Paper.A3, "01/02/2020");
        pages = PdfReadBack.pageTexts(many);
        assertTrue(pages.get(0).contains("Panel pack") && pages.get(0).contains("3 cases, prepared up to 01/02/2020."), pages.get(0));
        assertTrue(pages.get(0).contains("Reference Title Page"), "the contents are a table");
        PdfReadBack.assertPrintable(many, Paper.A3, MARKING);
        PdfReadBack.assertNoPipeRows(pages);
        // the contents give each case's first page: the page with its first map's title block
        String contents = pages.get(0);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("BENCH-60 .* (\\d+)\\R").matcher(contents);
        assertTrue(m.find(), contents);
        assertTrue(pages.get(Integer.parseInt(m.group(1)) - 1).contains("Reference BENCH-60"));
    }
}
