package org.peermap.render.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Pages of flowing content (the appendix, a cover's contents) on the paper: a cursor that moves down the
 * page's text area, and a new page, with the marking at its top and bottom, when the next thing does not
 * fit. Coordinates are PDF points, y up from the bottom of the page.
 */
final class PdfFlow implements Closeable {
    /** Left and right margins. */
    static final float SIDE = 40;
    /** The text area's top, below the top marking, and its bottom, above the bottom marking. */
    static final float TOP = 40;
    static final float BOTTOM = 34;

    final PdfText.Fonts fonts;
    final PDRectangle paper;
    private final PDDocument doc;
    private final String marking;
    private final Consumer<PDPage> add;
    private PDPageContentStream stream;
    private float y;
    private int pages;

    PdfFlow(PDDocument doc, PdfText.Fonts fonts, PDRectangle paper, String marking, Consumer<PDPage> add) {
        this.doc = doc;
        this.fonts = fonts;
        this.paper = paper;
        this.marking = marking;
        this.add = add;
    }

    PdfFlow(PDDocument doc, PdfText.Fonts fonts, PDRectangle paper, String marking) {
        this(doc, fonts, paper, marking, doc::addPage);
    }

    float left() {
        return SIDE;
    }

    float width() {
        return paper.getWidth() - 2 * SIDE;
    }

    /** The top of the text area. */
    float top() {
        return paper.getHeight() - TOP;
    }

    /** Where the cursor is. */
    float y() {
        started();
        return y;
    }

    void down(float by) {
        started();
        y -= by;
    }

    /** The room left on this page above the bottom margin. */
    float room() {
        return stream == null ? fullRoom() : y - BOTTOM;
    }

    /** The room on an empty page. */
    float fullRoom() {
        return top() - BOTTOM;
    }

    /** True at the top of a page (nothing drawn on it yet, or no page). */
    boolean atTop() {
        return stream == null || y >= top();
    }

    int pages() {
        return pages;
    }

    /** A new page unless {@code height} fits under the cursor. */
    void need(float height) throws IOException {
        if (stream == null || (height > room() && !atTop())) {
            newPage();
        }
    }

    /** The stream of the current page (a page is started if there is none). */
    PDPageContentStream stream() throws IOException {
        started();
        return stream;
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(paper);
        add.accept(page);
        pages++;
        stream = new PDPageContentStream(doc, page);
        PdfText.marking(stream, fonts, marking, paper);
        y = top();
    }

    private void started() {
        if (stream == null) {
            try {
                newPage();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
