package org.peermap.pack;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.peermap.render.Fonts;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * {@code pack.pdf}: a cover with the date, markings and contents; then for each case its maps as vector
 * drawings (the same scenes as the SVG and PNG) and its appendix as text, with the marking at the top
 * and bottom of every page. Fonts are embedded (subset) so text is searchable; the document information
 * holds only a title and "peermap", no user name, path or person name.
 */
final class PdfWriter {
    static final float A4_W = 841.89f;
    static final float A4_H = 595.28f;
    private static final float MARGIN = 40;
    private static final float TEXT = 9;
    private static final float LEADING = 12;

    /** One case in the document. */
    record Case(String reference, String marking, List<Scene> maps, String appendix) {}

    private PdfWriter() {}

    static byte[] write(List<Case> cases, String date) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular;
            PDType0Font bold;
            try (InputStream r = Fonts.file(false); InputStream b = Fonts.file(true)) {
                regular = PDType0Font.load(doc, r);
                bold = PDType0Font.load(doc, b);
            }
            PdfFonts fonts = new PdfFonts(regular, bold);
            List<List<Line>> appendixPages = new ArrayList<>();
            for (Case c : cases) {
                appendixPages.add(AppendixText.lines(c.appendix(), A4_W - 2 * MARGIN));
            }
            List<Integer> firstPage = new ArrayList<>();
            int page = 2;
            for (int i = 0; i < cases.size(); i++) {
                firstPage.add(page);
                page += cases.get(i).maps().size() + pageCount(appendixPages.get(i));
            }
            String markings = String.join(" / ", cases.stream().map(c -> c.marking().toUpperCase(java.util.Locale.ROOT))
                    .distinct().toList());
            cover(doc, fonts, cases, firstPage, date, markings.isEmpty() ? "OFFICIAL-SENSITIVE" : markings);
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                for (Scene scene : c.maps()) {
                    map(doc, fonts, scene);
                }
                textPages(doc, fonts, appendixPages.get(i), c.marking().toUpperCase(java.util.Locale.ROOT));
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Panel pack");
            info.setProducer("peermap");
            doc.setDocumentInformation(info);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The two embedded fonts. */
    record PdfFonts(PDType0Font regular, PDType0Font bold) {
        PDType0Font of(boolean b) {
            return b ? bold : regular;
        }
    }

    /** A line of appendix text, with its size, weight and indent. */
    record Line(String text, float size, boolean bold, float indent) {}

    private static int pageCount(List<Line> lines) {
        int perPage = (int) ((A4_H - 2 * MARGIN - 20) / LEADING);
        return Math.max(1, (lines.size() + perPage - 1) / perPage);
    }

    private static void cover(PDDocument doc, PdfFonts fonts, List<Case> cases, List<Integer> pages, String date,
            String marking) throws IOException {
        PDPage page = new PDPage(new PDRectangle(A4_W, A4_H));
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            marking(s, fonts, marking, A4_W, A4_H);
            text(s, fonts, MARGIN, A4_H - 90, "Panel pack", 22, true);
            text(s, fonts, MARGIN, A4_H - 114, "Made " + date + " with peermap. " + cases.size() + " case"
                    + (cases.size() == 1 ? "" : "s") + ".", 11, false);
            text(s, fonts, MARGIN, A4_H - 150, "Contents", 13, true);
            float y = A4_H - 172;
            for (int i = 0; i < cases.size() && y > MARGIN + 30; i++) {
                text(s, fonts, MARGIN, y, cases.get(i).reference(), 11, false);
                text(s, fonts, MARGIN + 300, y, "page " + pages.get(i), 11, false);
                y -= 16;
            }
        }
    }

    private static void marking(PDPageContentStream s, PdfFonts fonts, String marking, float w, float h)
            throws IOException {
        float width = fonts.bold().getStringWidth(safe(fonts.bold(), marking)) / 1000 * 9;
        text(s, fonts, (w - width) / 2, h - 20, marking, 9, true);
        text(s, fonts, (w - width) / 2, 14, marking, 9, true);
    }

    private static void textPages(PDDocument doc, PdfFonts fonts, List<Line> lines, String marking) throws IOException {
        int perPage = (int) ((A4_H - 2 * MARGIN - 20) / LEADING);
        for (int from = 0; from < Math.max(1, lines.size()); from += perPage) {
            PDPage page = new PDPage(new PDRectangle(A4_W, A4_H));
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                marking(s, fonts, marking, A4_W, A4_H);
                float y = A4_H - MARGIN - 10;
                for (int i = from; i < Math.min(lines.size(), from + perPage); i++) {
                    Line line = lines.get(i);
                    text(s, fonts, MARGIN + line.indent(), y, line.text(), line.size(), line.bold());
                    y -= LEADING;
                }
            }
        }
    }

    private static void map(PDDocument doc, PdfFonts fonts, Scene scene) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) scene.width(), (float) scene.height()));
        doc.addPage(page);
        float h = (float) scene.height();
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            for (Shape shape : scene.shapes()) {
                draw(s, fonts, shape, h);
            }
        }
    }

    private static void draw(PDPageContentStream s, PdfFonts fonts, Shape shape, float h) throws IOException {
        if (shape instanceof Shape.Group g) {
            for (Shape inner : g.shapes()) {
                draw(s, fonts, inner, h);
            }
            return;
        }
        if (shape instanceof Shape.Text t) {
            Color c = Color.decode(t.colour());
            s.setNonStrokingColor(c);
            float width = (float) Fonts.width(t.text(), t.size(), t.bold());
            float x = (float) t.at().x() - switch (t.anchor()) {
                case START -> 0;
                case MIDDLE -> width / 2;
                case END -> width;
            };
            text(s, fonts, x, h - (float) t.at().y(), t.text(), (float) t.size(), t.bold());
            s.setNonStrokingColor(Color.BLACK);
            return;
        }
        Style style;
        boolean open = false;
        if (shape instanceof Shape.Polyline p) {
            style = p.style();
            open = !p.closed();
            List<Point> pts = p.points();
            s.moveTo((float) pts.get(0).x(), h - (float) pts.get(0).y());
            for (int i = 1; i < pts.size(); i++) {
                s.lineTo((float) pts.get(i).x(), h - (float) pts.get(i).y());
            }
            if (p.closed()) {
                s.closePath();
            }
        } else if (shape instanceof Shape.Curve c) {
            style = c.style();
            open = true;
            List<Point> pts = c.points();
            s.moveTo((float) pts.get(0).x(), h - (float) pts.get(0).y());
            for (int i = 1; i + 2 < pts.size(); i += 3) {
                s.curveTo((float) pts.get(i).x(), h - (float) pts.get(i).y(), (float) pts.get(i + 1).x(),
                        h - (float) pts.get(i + 1).y(), (float) pts.get(i + 2).x(), h - (float) pts.get(i + 2).y());
            }
        } else if (shape instanceof Shape.Ellipse e) {
            style = e.style();
            ellipse(s, (float) e.centre().x(), h - (float) e.centre().y(), (float) e.rx(), (float) e.ry());
        } else {
            Shape.Rect r = (Shape.Rect) shape;
            style = r.style();
            roundRect(s, (float) r.x(), h - (float) (r.y() + r.height()), (float) r.width(), (float) r.height(),
                    (float) Math.min(r.radius(), Math.min(r.width(), r.height()) / 2));
        }
        paint(s, style, open);
    }

    private static void paint(PDPageContentStream s, Style style, boolean open) throws IOException {
        boolean fill = style.fill().isPresent() && !open;
        boolean stroke = style.stroke().isPresent() && style.strokeWidth() > 0;
        if (fill) {
            s.setNonStrokingColor(Color.decode(style.fill().get()));
            if (style.fillOpacity() < 1) {
                PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                gs.setNonStrokingAlphaConstant((float) style.fillOpacity());
                s.setGraphicsStateParameters(gs);
            }
        }
        if (stroke) {
            s.setStrokingColor(Color.decode(style.stroke().get()));
            s.setLineWidth((float) style.strokeWidth());
            s.setLineCapStyle(style.roundCaps() && open ? 1 : 0);
            s.setLineJoinStyle(1);
            double[] dash = style.dash();
            float[] pattern = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                pattern[i] = (float) Math.max(dash[i], 0.001);
            }
            s.setLineDashPattern(pattern, 0);
        }
        if (fill && stroke) {
            s.fillAndStroke();
        } else if (fill) {
            s.fill();
        } else if (stroke) {
            s.stroke();
        } else {
            s.closePath();
        }
        if (fill && style.fillOpacity() < 1) {
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            gs.setNonStrokingAlphaConstant(1f);
            s.setGraphicsStateParameters(gs);
        }
        s.setNonStrokingColor(Color.BLACK);
    }

    private static void ellipse(PDPageContentStream s, float cx, float cy, float rx, float ry) throws IOException {
        float k = 0.5522848f;
        s.moveTo(cx + rx, cy);
        s.curveTo(cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry);
        s.curveTo(cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy);
        s.curveTo(cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry);
        s.curveTo(cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy);
        s.closePath();
    }

    private static void roundRect(PDPageContentStream s, float x, float y, float w, float h, float r)
            throws IOException {
        if (r <= 0) {
            s.addRect(x, y, w, h);
            return;
        }
        float k = 0.5522848f * r;
        s.moveTo(x + r, y);
        s.lineTo(x + w - r, y);
        s.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        s.lineTo(x + w, y + h - r);
        s.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        s.lineTo(x + r, y + h);
        s.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        s.lineTo(x, y + r);
        s.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        s.closePath();
    }

    static void text(PDPageContentStream s, PdfFonts fonts, float x, float y, String text, float size, boolean bold)
            throws IOException {
        PDType0Font font = fonts.of(bold);
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(safe(font, text));
        s.endText();
    }

    /** The text with characters the font cannot draw replaced by '?'. */
    static String safe(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
