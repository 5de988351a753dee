package org.peermap.legibility;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * Key symbols as a greyscale photocopy would show them. Each sample is drawn with Java2D (antialiased, dashes
 * and caps honoured, fill-opacity and stroke-opacity composited over white) at {@link #PX_PER_PT} pixels per
 * point, centred on the centre of its own bounding box, and every pixel becomes a darkness
 * {@code 1 - (0.299 R + 0.587 G + 0.114 B) / 255}. Two samples are look-alikes when
 * {@link #difference} is below {@link #LOOK_ALIKE}.
 */
final class Greyscale {
    static final double PX_PER_PT = 4;

    /**
     * Tone differences up to this darkness (0 white, 1 black) are not counted: a photocopy does not keep the
     * tone of a thin line or a tint, so a red line and a blue one (darkness 0.70 and 0.89) read the same.
     */
    static final double TONE = 0.3;

    /** Two samples are look-alikes when their difference is below 5 % of the darker one's ink. */
    static final double LOOK_ALIKE = 0.05;

    /** Greyscale darkness per pixel of an image {@code w} by {@code h} pixels. */
    record Image(int w, int h, double[] dark) {
        double ink() {
            double s = 0;
            for (double d : dark) {
                s += d;
            }
            return s;
        }
    }

    private Greyscale() {}

    /**
     * The bounding box of a sample's shapes, strokes included (as if undashed), in viewBox points (null when it
     * has none).
     */
    static Rectangle2D bounds(List<SvgShapes.Item> sample) {
        Rectangle2D box = null;
        for (SvgShapes.Item item : sample) {
            Shape s = item.shape();
            if (s == null) {
                continue;
            }
            Rectangle2D b = s.getBounds2D();
            if (!item.style().stroke().equals("none") && item.style().strokeWidth() > 0) {
                // the undashed stroke, so that a dashed line is centred like its solid twin
                BasicStroke solid = stroke(item.style());
                solid = new BasicStroke(solid.getLineWidth(), solid.getEndCap(), solid.getLineJoin(),
                        solid.getMiterLimit());
                b = solid.createStrokedShape(s).getBounds2D().createUnion(b);
            }
            box = box == null ? b : box.createUnion(b);
        }
        return box;
    }

    /**
     * Draws a sample into an image of {@code wPt} by {@code hPt} points, the centre of the sample's own bounding
     * box on the centre of the image.
     */
    static Image draw(List<SvgShapes.Item> sample, double wPt, double hPt) {
        int w = Math.max(1, (int) Math.ceil(wPt * PX_PER_PT));
        int h = Math.max(1, (int) Math.ceil(hPt * PX_PER_PT));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Rectangle2D box = bounds(sample);
            if (box != null) {
                AffineTransform t = new AffineTransform();
                t.translate(w / 2.0, h / 2.0);
                t.scale(PX_PER_PT, PX_PER_PT);
                t.translate(-box.getCenterX(), -box.getCenterY());
                g.transform(t);
                for (SvgShapes.Item item : sample) {
                    paint(g, item);
                }
            }
        } finally {
            g.dispose();
        }
        double[] dark = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y);
                double lum = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                dark[y * w + x] = 1 - lum / 255;
            }
        }
        return new Image(w, h, dark);
    }

    /**
     * The difference of two images of one size: the sum over pixels of how much their darkness differs beyond
     * {@link #TONE}, divided by the ink (sum of darkness) of the darker image. 0 for two blank images.
     */
    static double difference(Image a, Image b) {
        if (a.w() != b.w() || a.h() != b.h()) {
            throw new IllegalArgumentException("images of different sizes");
        }
        double diff = 0;
        for (int i = 0; i < a.dark().length; i++) {
            diff += Math.max(0, Math.abs(a.dark()[i] - b.dark()[i]) - TONE);
        }
        double ink = Math.max(a.ink(), b.ink());
        return ink == 0 ? 0 : diff / ink;
    }

    static boolean lookAlike(Image a, Image b) {
        return difference(a, b) < LOOK_ALIKE;
    }

    private static void paint(Graphics2D g, SvgShapes.Item item) {
        Shape s = item.shape();
        if (s == null) {
            return;
        }
        SvgShapes.Style st = item.style();
        Color fill = colour(st.fill(), st.fillOpacity());
        if (fill != null) {
            g.setColor(fill);
            g.fill(s);
        }
        Color stroke = colour(st.stroke(), st.strokeOpacity());
        if (stroke != null && st.strokeWidth() > 0) {
            g.setColor(stroke);
            g.setStroke(stroke(st));
            g.draw(s);
        }
    }

    private static BasicStroke stroke(SvgShapes.Style st) {
        int cap = switch (st.linecap()) {
            case "round" -> BasicStroke.CAP_ROUND;
            case "square" -> BasicStroke.CAP_SQUARE;
            default -> BasicStroke.CAP_BUTT;
        };
        int join = switch (st.linejoin()) {
            case "round" -> BasicStroke.JOIN_ROUND;
            case "bevel" -> BasicStroke.JOIN_BEVEL;
            default -> BasicStroke.JOIN_MITER;
        };
        return new BasicStroke((float) st.strokeWidth(), cap, join, 4f, st.dash(), 0f);
    }

    /**
     * An SVG colour ({@code #rgb}, {@code #rrggbb}, {@code rgb(r,g,b)} or a few names) with its opacity, or null
     * for {@code none}. An unknown colour is drawn black, the SVG initial fill.
     */
    static Color colour(String value, double opacity) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("none") || v.equals("transparent") || opacity <= 0) {
            return null;
        }
        int a = (int) Math.round(255 * Math.min(1, opacity));
        int rgb;
        if (v.matches("#[0-9a-f]{6}")) {
            rgb = Integer.parseInt(v.substring(1), 16);
        } else if (v.matches("#[0-9a-f]{3}")) {
            int r = Character.digit(v.charAt(1), 16), gr = Character.digit(v.charAt(2), 16),
                    b = Character.digit(v.charAt(3), 16);
            rgb = (r * 17) << 16 | (gr * 17) << 8 | b * 17;
        } else if (v.matches("rgb\\(\\s*\\d+\\s*,\\s*\\d+\\s*,\\s*\\d+\\s*\\)")) {
            String[] p = v.substring(4, v.length() - 1).split(",");
            rgb = Math.min(255, Integer.parseInt(p[0].trim())) << 16 | Math.min(255, Integer.parseInt(p[1].trim())) << 8
                    | Math.min(255, Integer.parseInt(p[2].trim()));
        } else {
            rgb = switch (v) {
                case "white" -> 0xffffff;
                case "red" -> 0xff0000;
                case "blue" -> 0x0000ff;
                case "green" -> 0x008000;
                case "grey", "gray" -> 0x808080;
                default -> 0x000000;
            };
        }
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, a);
    }
}
