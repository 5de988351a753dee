package org.peermap.guard;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a PNG's chunks: any chunk beyond the image's own is refused, and their bytes are searched. */
final class PngChunks {
    private PngChunks() {}

    /** The bytes of every chunk but the compressed image data, as Latin-1 text. */
    static List<String> textOutsideImageData(byte[] png, Set<String> allowed, String name, java.util.Set<String> problems) {
        List<String> texts = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(png);
        if (png.length < 8) {
            problems.add("leak guard: " + name + " is not a PNG; nothing was written for this case");
            return texts;
        }
        in.position(8);
        while (in.remaining() >= 12) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            String kind = new String(type, StandardCharsets.US_ASCII);
            if (length < 0 || length > in.remaining() - 4) {
                problems.add("leak guard: " + name + " has a damaged chunk; nothing was written for this case");
                return texts;
            }
            byte[] data = new byte[length];
            in.get(data);
            in.getInt();
            if (!allowed.contains(kind)) {
                problems.add("leak guard: " + name + " would hold a metadata chunk (" + kind.replaceAll("[^A-Za-z]", "?")
                        + "); nothing was written for this case (this is a bug in peermap: please report it)");
            }
            if (!kind.equals("IDAT")) {
                texts.add(new String(data, StandardCharsets.ISO_8859_1));
            }
        }
        return texts;
    }
}
