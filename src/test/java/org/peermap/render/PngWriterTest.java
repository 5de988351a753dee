package org.peermap.render;

import org.peermap.model.Paper;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/** PNGs are print quality, carry no text chunks or time stamps, and are the same bytes every time. */
class PngWriterTest {

    static List<String> chunks(byte[] png) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        in.skipBytes(8);
        List<String> types = new ArrayList<>();
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] type = new byte[4];
            in.readFully(type);
            types.add(new String(type, java.nio.charset.StandardCharsets.US_ASCII));
            in.skipBytes(length + 4);
        }
        return types;
    }

    static Scene a4() {
        return new Scene(Paper.A4.width(), Paper.A4.height(), List.of(
                new Shape.Text(new Point(100, 100), "AB, 15", 10, true, Shape.Anchor.MIDDLE, Style.BLACK),
                new Shape.Ellipse(new Point(100, 96), 30, 18, Style.stroke(Style.BLACK, 1.2))));
    }

    @Test
    void a4LandscapeIs1754By1240AtOneHundredFiftyDpi() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngWriter.write(a4())));
        assertEquals(1754, image.getWidth());
        assertEquals(1240, image.getHeight());
    }

    @Test
    void onlyImageAndResolutionChunks() throws IOException {
        List<String> chunks = chunks(PngWriter.write(a4()));
        List<String> kinds = chunks.stream().distinct().toList();
        assertEquals(List.of("IHDR", "pHYs", "IDAT", "IEND"), kinds);
    }

    @Test
    void sameSceneSameBytes() {
        assertArrayEquals(PngWriter.write(a4()), PngWriter.write(a4()));
    }
}
