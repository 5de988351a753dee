package org.peermap.guard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text a PDF holds, where case text could be: the text of every page as a reader would extract it
 * (content streams are compressed and draw glyphs by number, so their bytes show no words), and every
 * string and name in the document's objects (the document information, font names, and so on). The raw
 * bytes are not searched: compressed data holds short runs of letters by chance.
 */
final class PdfTexts {
    private PdfTexts() {}

    static List<String> of(byte[] bytes, String output, Set<String> problems) {
        List<String> texts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            texts.add(new PDFTextStripper().getText(doc));
            StringBuilder strings = new StringBuilder();
            walk(doc.getDocument().getTrailer(), strings, Collections.newSetFromMap(new IdentityHashMap<>()));
            texts.add(strings.toString());
        } catch (IOException | RuntimeException e) {
            problems.add("leak guard: " + output + " cannot be read back to search it; nothing was written for this"
                    + " case (this is a bug in peermap: please report it)");
        }
        return texts;
    }

    private static void walk(COSBase base, StringBuilder out, Set<COSBase> seen) {
        COSBase value = base instanceof COSObject o ? o.getObject() : base;
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof COSString s) {
            out.append(s.getString()).append('\n');
        } else if (value instanceof COSName n) {
            out.append(n.getName()).append('\n');
        } else if (value instanceof COSDictionary d) {
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                out.append(e.getKey().getName()).append('\n');
                walk(e.getValue(), out, seen);
            }
        } else if (value instanceof COSArray a) {
            for (COSBase item : a) {
                walk(item, out, seen);
            }
        }
    }
}
