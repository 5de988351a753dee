package org.peermap.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one font of every map: DejaVu Sans, shipped inside peermap, so text is measured and drawn the same
 * way on every machine (the SVG names it first, with fallbacks).
 */
public final class Fonts {
    /** The SVG {@code font-family}: the shipped font first, then look-alikes. */
    public static final String SVG_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);
    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private Fonts() {}

    /** The shipped font file, for documents that embed it (the PDFs). */
    public static InputStream file(boolean bold) {
        return Fonts.class.getResourceAsStream("fonts/" + (bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf"));
    }

    /** The font at {@code size} points. */
    public static Font font(double size, boolean bold) {
        return (bold ? BOLD : REGULAR).deriveFont((float) size);
    }

    /** The advance width of {@code text} in points. */
    public static double width(String text, double size, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        return font(size, bold).getStringBounds(text, CONTEXT).getWidth();
    }

    /**
     * How many chars of {@code text} (at least one code point) fit in {@code width}: the longest start that
     * does, found by halving among at most as many chars as the narrowest letters could fill, so that cutting a
     * very long word into lines takes time in proportion to its length.
     */
    public static int fitting(String text, double width, double size, boolean bold) {
        return fitting(text, width, size, t -> width(t, size, bold));
    }

    /** As {@link #fitting(String, double, double, boolean)}, with the widths measured by {@code measure}. */
    public static int fitting(String text, double width, double size,
            java.util.function.ToDoubleFunction<String> measure) {
        int most = Math.min(text.length(), (int) Math.ceil(width / (NARROWEST * size)) + 1);
        int low = Character.charCount(text.codePointAt(0));
        int high = most;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (mid < text.length() && Character.isHighSurrogate(text.charAt(mid - 1))
                    && Character.isLowSurrogate(text.charAt(mid))) {
                if (mid + 1 > high) { // mid would split a pair: try one char on, else settle below it
                    high = mid - 1;
                    continue;
                }
                mid++;
            }
            if (measure.applyAsDouble(text.substring(0, mid)) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Narrower than any visible glyph of DejaVu Sans, in em (its narrowest letters are about 0.28 em). */
    private static final double NARROWEST = 0.2;

    /** The ascent of the font at {@code size}: the height of capitals above the baseline, about 0.76 em. */
    public static double ascent(double size) {
        return size * 0.76;
    }

    /**
     * Loads a shipped font. Java's font loader copies a font read from a stream into the temporary folder, a
     * write outside {@code -o} that also fails where that folder is unusable; so the font is unpacked once
     * into peermap's cache folder and loaded from there. Only when that cannot be written is the stream used.
     */
    private static Font load(String file) {
        System.setProperty("java.awt.headless", "true");
        try {
            return Font.createFont(Font.TRUETYPE_FONT, cached(file).toFile());
        } catch (IOException | FontFormatException | RuntimeException e) {
            // no writable cache: the temporary folder, as Java does it
        }
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the peermap jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("peermap cannot unpack its font: neither "
                    + org.peermap.layout.EmbeddedEngine.cacheFolder() + " nor the temporary folder can be written",
                    e));
        } catch (FontFormatException e) {
            throw new IllegalStateException("the font " + file + " cannot be read", e);
        }
    }

    /** The font's file in the cache folder, written (atomically) when missing or not the shipped one. */
    private static java.nio.file.Path cached(String file) throws IOException {
        byte[] bytes;
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IOException("missing");
            }
            bytes = in.readAllBytes();
        }
        java.nio.file.Path folder = org.peermap.layout.EmbeddedEngine.cacheFolder().resolve("fonts");
        java.nio.file.Path target = folder.resolve(file);
        if (java.nio.file.Files.isRegularFile(target) && java.nio.file.Files.size(target) == bytes.length
                && java.util.Arrays.equals(java.nio.file.Files.readAllBytes(target), bytes)) {
            return target;
        }
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Path temp = java.nio.file.Files.createTempFile(folder, file, ".part");
        try {
            java.nio.file.Files.write(temp, bytes);
            java.nio.file.Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            java.nio.file.Files.deleteIfExists(temp);
        }
        return target;
    }

}
