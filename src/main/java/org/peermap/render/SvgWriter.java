package org.peermap.render;

import org.peermap.model.Paper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * Writes a {@link Scene} as standalone SVG: a viewBox in points, sized to the page in millimetres, no
 * scripts, no ids, no comments, no external references. Every text and attribute value is escaped.
 */
public final class SvgWriter {
    private static final double MM_PER_POINT = 25.4 / 72;

    private SvgWriter() {}

    public static byte[] write(Scene scene) {
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(" width=\"").append(Numbers.format(scene.width() * MM_PER_POINT)).append("mm\"")
                .append(" height=\"").append(Numbers.format(scene.height() * MM_PER_POINT)).append("mm\"")
                .append(" viewBox=\"0 0 ").append(Numbers.format(scene.width())).append(' ')
                .append(Numbers.format(scene.height())).append("\"")
                .append(" font-family=\"").append(escape(Fonts.SVG_FAMILY)).append('"')
                .append(paper(scene)).append(">\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(Numbers.format(scene.width()))
                .append("\" height=\"").append(Numbers.format(scene.height())).append("\" fill=\"#ffffff\"/>\n");
        for (Shape shape : scene.shapes()) {
            shape(svg, shape);
        }
        svg.append("</svg>\n");
        return svg.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code data-paper} when the page is exactly a paper size (landscape). */
    private static String paper(Scene scene) {
        for (Paper p : Paper.values()) {
            if (Math.abs(scene.width() - p.width()) < 0.5 && Math.abs(scene.height() - p.height()) < 0.5) {
                return " data-paper=\"" + p.key() + "\"";
            }
        }
        return "";
    }

    private static void shape(StringBuilder svg, Shape shape) {
        if (shape instanceof Shape.Group g) {
            svg.append("<g class=\"").append(escape(g.kind())).append('"');
            for (Shape.Data d : g.data()) {
                svg.append(" data-").append(d.name()).append("=\"").append(escape(d.value())).append('"');
            }
            svg.append(">\n");
            g.shapes().forEach(s -> shape(svg, s));
            svg.append("</g>\n");
        } else if (shape instanceof Shape.Polyline p) {
            svg.append(p.closed() ? "<polygon" : "<polyline").append(" points=\"");
            points(svg, p.points());
            svg.append('"');
            style(svg, p.style(), !p.closed());
            svg.append("/>\n");
        } else if (shape instanceof Shape.Curve c) {
            List<Point> pts = c.points();
            svg.append("<path d=\"M").append(xy(pts.get(0)));
            for (int i = 1; i < pts.size(); i += 3) {
                svg.append(" C").append(xy(pts.get(i))).append(' ').append(xy(pts.get(i + 1))).append(' ')
                        .append(xy(pts.get(i + 2)));
            }
            svg.append('"');
            style(svg, c.style(), true);
            svg.append("/>\n");
        } else if (shape instanceof Shape.Ellipse e) {
            svg.append("<ellipse cx=\"").append(Numbers.format(e.centre().x())).append("\" cy=\"")
                    .append(Numbers.format(e.centre().y())).append("\" rx=\"").append(Numbers.format(e.rx()))
                    .append("\" ry=\"").append(Numbers.format(e.ry())).append('"');
            style(svg, e.style(), false);
            svg.append("/>\n");
        } else if (shape instanceof Shape.Rect r) {
            svg.append("<rect x=\"").append(Numbers.format(r.x())).append("\" y=\"").append(Numbers.format(r.y()))
                    .append("\" width=\"").append(Numbers.format(r.width())).append("\" height=\"")
                    .append(Numbers.format(r.height())).append('"');
            if (r.radius() > 0) {
                svg.append(" rx=\"").append(Numbers.format(r.radius())).append('"');
            }
            style(svg, r.style(), false);
            svg.append("/>\n");
        } else if (shape instanceof Shape.Text t) {
            svg.append("<text x=\"").append(Numbers.format(t.at().x())).append("\" y=\"")
                    .append(Numbers.format(t.at().y())).append("\" font-size=\"").append(Numbers.format(t.size()))
                    .append('"');
            if (t.bold()) {
                svg.append(" font-weight=\"bold\"");
            }
            if (t.anchor() != Shape.Anchor.START) {
                svg.append(" text-anchor=\"").append(t.anchor() == Shape.Anchor.MIDDLE ? "middle" : "end")
                        .append('"');
            }
            if (!t.colour().equals(Style.BLACK)) {
                svg.append(" fill=\"").append(escape(t.colour())).append('"');
            }
            svg.append('>').append(escape(t.text())).append("</text>\n");
        }
    }

    private static void style(StringBuilder svg, Style style, boolean openPath) {
        svg.append(" fill=\"").append(style.fill().map(SvgWriter::escape).orElse("none")).append('"');
        if (style.fill().isPresent() && style.fillOpacity() < 1) {
            svg.append(" fill-opacity=\"").append(Numbers.format(style.fillOpacity())).append('"');
        }
        if (style.stroke().isEmpty()) {
            return;
        }
        svg.append(" stroke=\"").append(escape(style.stroke().get())).append("\" stroke-width=\"")
                .append(Numbers.format(style.strokeWidth())).append('"');
        svg.append(" stroke-linejoin=\"round\"");
        if (style.roundCaps() && openPath) {
            svg.append(" stroke-linecap=\"round\"");
        }
        double[] dash = style.dash();
        if (dash.length > 0) {
            svg.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                svg.append(i == 0 ? "" : " ").append(Numbers.format(dash[i]));
            }
            svg.append('"');
        }
    }

    private static void points(StringBuilder svg, List<Point> points) {
        for (int i = 0; i < points.size(); i++) {
            svg.append(i == 0 ? "" : " ").append(xy(points.get(i)));
        }
    }

    private static String xy(Point p) {
        return Numbers.format(p.x()) + "," + Numbers.format(p.y());
    }

    /** XML-escapes text and attribute values; characters XML cannot hold become U+FFFD. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#xD;");
                case '\n' -> out.append("&#xA;");
                case '\t' -> out.append("&#x9;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
                    out.appendCodePoint(allowed ? cp : 0xFFFD);
                }
            }
        });
        return out.toString();
    }
}
