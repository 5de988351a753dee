package org.peermap.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.peermap.model.Paper;

/** A written PDF read back with PDFBox, and the checks every peermap PDF must pass. */
public final class PdfReadBack {
    /** The band at a page's top and at its bottom where the marking is, in points. */
    static final float TOP_BAND = 32;
    static final float BOTTOM_BAND = 24;

    private PdfReadBack() {}

    /** Each page's extracted text. */
    public static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> texts = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                texts.add(stripper.getText(doc));
            }
            return texts;
        }
    }

    /**
     * Every page has the paper's size; every font is embedded; the marking is printed once in the top band,
     * once in the bottom band and nowhere between, on every page.
     */
    public static void assertPrintable(byte[] pdf, Paper paper, String marking) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 0);
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                PDRectangle box = page.getMediaBox();
                assertEquals(paper.width(), box.getWidth(), 0.01, "page " + n + " width");
                assertEquals(paper.height(), box.getHeight(), 0.01, "page " + n + " height");
                assertEquals(box, page.getCropBox(), "page " + n + " is not cropped");
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), "page " + n + ": font " + font.getName() + " is embedded");
                }
                float w = box.getWidth();
                float h = box.getHeight();
                PDFTextStripperByArea areas = new PDFTextStripperByArea();
                areas.addRegion("top", new Rectangle2D.Float(0, 0, w, TOP_BAND));
                areas.addRegion("middle", new Rectangle2D.Float(0, TOP_BAND, w, h - TOP_BAND - BOTTOM_BAND));
                areas.addRegion("bottom", new Rectangle2D.Float(0, h - BOTTOM_BAND, w, BOTTOM_BAND));
                areas.extractRegions(page);
                assertEquals(1, count(areas.getTextForRegion("top"), marking), "page " + n + ": marking at the top");
                assertEquals(1, count(areas.getTextForRegion("bottom"), marking), "page " + n
                        + ": marking at the bottom");
                assertEquals(0, count(areas.getTextForRegion("middle"), marking), "page " + n
                        + ": no marking between: " + areas.getTextForRegion("middle"));
            }
            assertEquals("peermap", doc.getDocumentInformation().getProducer());
            assertEquals(null, doc.getDocumentInformation().getAuthor());
            assertEquals(null, doc.getDocumentInformation().getCreator());
            assertEquals(null, doc.getDocumentInformation().getCreationDate());
            assertEquals(null, doc.getDocumentInformation().getModificationDate());
            assertEquals(null, doc.getDocumentCatalog().getMetadata(), "no XMP metadata");
        }
    }

    /** No line of text reads as a Markdown table row. */
    public static void assertNoPipeRows(List<String> pages) {
        for (int i = 0; i < pages.size(); i++) {
            for (String line : pages.get(i).split("\\R")) {
                assertFalse(line.contains("|"), "page " + (i + 1) + " has a pipe-separated row: " + line);
            }
        }
    }

    static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }
}
