package org.peermap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * Draws a {@link Scene} into a PNG at print resolution with the shipped font. The file holds only the
 * image and its resolution (pHYs): no text chunks, no time stamp.
 */
public final class PngWriter {
    /** 150 dots per inch: A4 landscape is 1754 x 1240 pixels. */
    public static final int DPI = 150;

    private PngWriter() {}

    public static byte[] write(Scene scene) {
        double scale = DPI / 72.0;
        int width = (int) Math.round(scene.width() * scale);
        int height = (int) Math.round(scene.height() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            for (Shape shape : scene.shapes()) {
                draw(g, shape);
            }
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private static void draw(Graphics2D g, Shape shape) {
        if (shape instanceof Shape.Group group) {
            group.shapes().forEach(s -> draw(g, s));
        } else if (shape instanceof Shape.Polyline p) {
            paint(g, polyline(p.points(), p.closed()), p.style());
        } else if (shape instanceof Shape.Curve c) {
            paint(g, curve(c.points()), c.style());
        } else if (shape instanceof Shape.Ellipse e) {
            paint(g, new Ellipse2D.Double(e.centre().x() - e.rx(), e.centre().y() - e.ry(), 2 * e.rx(), 2 * e.ry()),
                    e.style());
        } else if (shape instanceof Shape.Rect r) {
            paint(g, r.radius() > 0
                    ? new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * r.radius(), 2 * r.radius())
                    : new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()), r.style());
        } else if (shape instanceof Shape.Text t) {
            text(g, t);
        }
    }

    private static void paint(Graphics2D g, java.awt.Shape s, Style style) {
        if (style.fill().isPresent()) {
            Color fill = Color.decode(style.fill().get());
            int alpha = (int) Math.round(Math.max(0, Math.min(1, style.fillOpacity())) * 255);
            g.setColor(new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), alpha));
            g.fill(s);
        }
        if (style.stroke().isPresent() && style.strokeWidth() > 0) {
            double[] dash = style.dash();
            float[] pattern = null;
            if (dash.length > 0) {
                pattern = new float[dash.length];
                for (int i = 0; i < dash.length; i++) {
                    pattern[i] = (float) Math.max(dash[i], 0.001);
                }
            }
            g.setStroke(new BasicStroke((float) style.strokeWidth(),
                    style.roundCaps() ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    pattern, 0f));
            g.setColor(Color.decode(style.stroke().get()));
            g.draw(s);
        }
    }

    private static void text(Graphics2D g, Shape.Text t) {
        g.setFont(Fonts.font(t.size(), t.bold()));
        g.setColor(Color.decode(t.colour()));
        double width = Fonts.width(t.text(), t.size(), t.bold());
        double x = switch (t.anchor()) {
            case START -> t.at().x();
            case MIDDLE -> t.at().x() - width / 2;
            case END -> t.at().x() - width;
        };
        g.drawString(t.text(), (float) x, (float) t.at().y());
    }

    private static Path2D polyline(List<Point> points, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.get(i).x(), points.get(i).y());
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    private static Path2D curve(List<Point> points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i += 3) {
            Point a = points.get(i);
            Point b = points.get(i + 1);
            Point c = points.get(i + 2);
            path.curveTo(a.x(), a.y(), b.x(), b.y(), c.x(), c.y());
        }
        return path;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.setUseCache(false); // in memory: ImageIO would otherwise write a cache file into the temporary folder
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            setResolution(metadata);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void setResolution(IIOMetadata metadata) throws IIOInvalidTreeException {
        String format = "javax_imageio_png_1.0";
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        String perMetre = Integer.toString((int) Math.round(DPI / 0.0254));
        physical.setAttribute("pixelsPerUnitXAxis", perMetre);
        physical.setAttribute("pixelsPerUnitYAxis", perMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(format);
        root.appendChild(physical);
        metadata.mergeTree(format, root);
    }
}
