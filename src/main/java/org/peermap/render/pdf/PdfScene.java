package org.peermap.render.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.peermap.render.Fonts;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * One scene (a map page, the same as the SVG and PNG) as one PDF page of the paper: drawn as vectors,
 * scaled to fit and centred when its own size differs from the paper's (aspect kept). The scene's own
 * marking ({@code pm-marking}) is drawn at the page's edges rather than the scaled scene's, so every page
 * has it once at the top and once at the bottom, at its full size.
 */
final class PdfScene {
    private static final String MARKING = "pm-marking";

    private PdfScene() {}

    /** How a scene sits on the paper: its scale and where its top-left corner goes (y up, PDF space). */
    record Fit(float scale, float x, float y) {
        static Fit of(Scene scene, PDRectangle paper) {
            double w = scene.width();
            double h = scene.height();
            if (Math.abs(w - paper.getWidth()) < 0.5 && Math.abs(h - paper.getHeight()) < 0.5) {
                return new Fit(1, 0, paper.getHeight());
            }
            double scale = Math.min(paper.getWidth() / w, paper.getHeight() / h);
            return new Fit((float) scale, (float) ((paper.getWidth() - w * scale) / 2),
                    (float) (paper.getHeight() - (paper.getHeight() - h * scale) / 2));
        }
    }

    /** Adds the scene as a page; {@code marking} is used when the scene draws none of its own. */
    static void page(PDDocument doc, PdfText.Fonts fonts, Scene scene, PDRectangle paper, String marking)
            throws IOException {
        PDPage page = new PDPage(paper);
        doc.addPage(page);
        List<Shape> shapes = new ArrayList<>();
        Optional<String> own = withoutMarking(scene.shapes(), shapes);
        Fit fit = Fit.of(scene, paper);
        float h = (float) scene.height();
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            s.saveGraphicsState();
            // scene units, y down from the scene's top, to the page: scale, then move the scene's top-left
            // corner to (fit.x, fit.y); the y flip is done per point below (text must not be mirrored)
            s.transform(new Matrix(fit.scale(), 0, 0, fit.scale(), fit.x(), fit.y() - h * fit.scale()));
            for (Shape shape : shapes) {
                draw(s, fonts, shape, h);
            }
            s.restoreGraphicsState();
            PdfText.marking(s, fonts, own.orElse(marking), paper);
        }
    }

    /** Copies the shapes without their marking group(s) into {@code out}; returns the marking's text. */
    static Optional<String> withoutMarking(List<Shape> shapes, List<Shape> out) {
        Optional<String> marking = Optional.empty();
        for (Shape shape : shapes) {
            if (shape instanceof Shape.Group g && g.kind().equals(MARKING)) {
                if (marking.isEmpty()) {
                    marking = Scene.leaves(g.shapes()).stream().filter(Shape.Text.class::isInstance)
                            .map(t -> ((Shape.Text) t).text()).findFirst();
                }
            } else if (shape instanceof Shape.Group g) {
                List<Shape> inner = new ArrayList<>();
                Optional<String> m = withoutMarking(g.shapes(), inner);
                marking = marking.or(() -> m);
                out.add(new Shape.Group(g.kind(), g.data(), inner));
            } else {
                out.add(shape);
            }
        }
        return marking;
    }

    private static void draw(PDPageContentStream s, PdfText.Fonts fonts, Shape shape, float h) throws IOException {
        if (shape instanceof Shape.Group g) {
            for (Shape inner : g.shapes()) {
                draw(s, fonts, inner, h);
            }
            return;
        }
        if (shape instanceof Shape.Text t) {
            s.setNonStrokingColor(Color.decode(t.colour()));
            float width = (float) Fonts.width(t.text(), t.size(), t.bold());
            float x = (float) t.at().x() - switch (t.anchor()) {
                case START -> 0;
                case MIDDLE -> width / 2;
                case END -> width;
            };
            PdfText.show(s, fonts, x, h - (float) t.at().y(), t.text(), (float) t.size(), t.bold());
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
}
