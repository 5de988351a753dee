package org.peermap.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.peermap.model.Paper;
import org.peermap.render.SvgWriter;
import org.peermap.render.scene.Scene;

/**
 * PDFs of cases: one case ({@code <reference>.pdf}) or a panel pack ({@code pack.pdf}, with a cover and
 * contents). Every page has the paper's size; map pages are the cases' own scenes as vectors, scaled to fit
 * when their size differs; the appendix is laid out for the paper with ruled tables; the marking is once at
 * the top and once at the bottom of every page, and each page is numbered. The font is embedded (subset).
 * The document information holds only a title (printed text of the case, or "Panel pack") and "peermap":
 * no user, path, name or date, so the same input gives the same bytes.
 */
public final class PdfDocument {
    private static final float PAGE_NUMBER_SIZE = 8;

    /**
     * One case as the PDF shows it.
     *
     * @param title the case's title as printed on its maps (anonymised)
     * @param reference the case's reference
     * @param marking the marking as printed on every page (capitals, with the names warning when names show)
     * @param pages the map pages, in order (peer map, incident map, any others)
     * @param appendix the appendix's Markdown
     */
    /**
     * @param followUp the cover's words on its review and actions ("review 15/07/2024; 2 open actions"), or ""
     * @param overdue its overdue actions in printed words, which the cover lists across the pack's cases
     * @param changed with {@code pack --since}, what changed since the revision ("2 people added", "no change")
     */
    public record Case(String title, String reference, String marking, List<Scene> pages, String appendix,
            String followUp, List<String> overdue, String changed) {
        public Case {
            pages = List.copyOf(pages);
            overdue = List.copyOf(overdue);
        }

        /** A case of a pack made without {@code --since}. */
        public Case(String title, String reference, String marking, List<Scene> pages, String appendix,
                String followUp, List<String> overdue) {
            this(title, reference, marking, pages, appendix, followUp, overdue, "");
        }

        public Case(String title, String reference, String marking, List<Scene> pages, String appendix) {
            this(title, reference, marking, pages, appendix, "", List.of(), "");
        }
    }

    private PdfDocument() {}

    /** The PDF of one case: its map pages, then its appendix. No cover: the first map's title block says what it is. */
    public static byte[] ofCase(Case c, Paper paper) {
        try (PDDocument doc = new PDDocument()) {
            PdfText.Fonts fonts = PdfText.Fonts.embed(doc);
            addCase(doc, fonts, c, rectangle(paper));
            return save(doc, fonts, c.title() + " (" + c.reference() + ")", id(List.of(c), paper.key()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The panel pack: a cover (its title, the date made, and contents with each case's first page), then
     * each case. A pack of one case is titled with that case's title, not "Panel pack".
     */
    public static byte[] pack(List<Case> cases, Paper paper, String date) {
        return pack(cases, paper, date, "");
    }

    /** As {@link #pack(List, Paper, String)}, the cover saying what changed since {@code since}, when given. */
    public static byte[] pack(List<Case> cases, Paper paper, String date, String since) {
        int coverPages = 1;
        for (int attempt = 0; ; attempt++) {
            try (PDDocument doc = new PDDocument()) {
                PdfText.Fonts fonts = PdfText.Fonts.embed(doc);
                PDRectangle size = rectangle(paper);
                List<Integer> firstPages = new ArrayList<>();
                for (Case c : cases) {
                    firstPages.add(coverPages + doc.getNumberOfPages() + 1);
                    addCase(doc, fonts, c, size);
                }
                String title = cases.size() == 1 ? cases.get(0).title() : "Panel pack";
                int drawn = PdfCover.draw(doc, fonts, size, title, date, cases, firstPages, marking(cases), since);
                if (drawn == coverPages || attempt > 3) {
                    return save(doc, fonts, title, id(cases, paper.key() + "\n" + date));
                }
                coverPages = drawn;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static PDRectangle rectangle(Paper paper) {
        return new PDRectangle((float) paper.width(), (float) paper.height());
    }

    /** The cover's marking: every case's, each once. */
    private static String marking(List<Case> cases) {
        String all = String.join(" / ", cases.stream().map(c -> c.marking().toUpperCase(Locale.ROOT)).distinct()
                .toList());
        return all.isEmpty() ? "OFFICIAL-SENSITIVE" : all;
    }

    private static void addCase(PDDocument doc, PdfText.Fonts fonts, Case c, PDRectangle paper) throws IOException {
        for (Scene scene : c.pages()) {
            PdfScene.page(doc, fonts, scene, paper, c.marking());
        }
        try (PdfFlow flow = new PdfFlow(doc, fonts, paper, c.marking())) {
            PdfAppendix.draw(flow, c.appendix(), c.marking());
        }
    }

    /**
     * The document's identifier: a hash of what it shows, so that the same input gives the same bytes (PDFBox
     * would otherwise make one from the time of writing).
     */
    static byte[] id(List<Case> cases, String more) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Case c : cases) {
                digest.update((c.title() + "\n" + c.reference() + "\n" + c.marking() + "\n" + c.appendix() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                for (Scene scene : c.pages()) {
                    digest.update(SvgWriter.write(scene)); // the SVG is byte-stable by design
                }
            }
            digest.update(more.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] save(PDDocument doc, PdfText.Fonts fonts, String title, byte[] id) throws IOException {
        numberPages(doc, fonts);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setProducer("peermap");
        doc.setDocumentInformation(info);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** "page n of N" at the bottom right of every page, on the marking's baseline. */
    private static void numberPages(PDDocument doc, PdfText.Fonts fonts) throws IOException {
        int total = doc.getNumberOfPages();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            String text = "page " + n + " of " + total;
            float x = page.getMediaBox().getWidth() - PdfFlow.SIDE - fonts.width(text, PAGE_NUMBER_SIZE, false);
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                PdfText.show(s, fonts, x, PdfText.MARKING_BOTTOM, text, PAGE_NUMBER_SIZE, false);
            }
        }
    }
}
