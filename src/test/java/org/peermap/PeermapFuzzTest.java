package org.peermap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.layout.EmbeddedEngine;
import org.peermap.layout.Layouter;
import org.peermap.output.OutputFile;
import org.peermap.render.SvgWriter;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * Fuzz targets (Jazzer). Under {@code mvn test} each replays its committed inputs from
 * {@code src/test/resources/org/peermap/PeermapFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1} it
 * fuzzes (see docs/fuzzing.md).
 */
class PeermapFuzzTest {
    static final List<String> CANARIES = List.of("Quillon", "Vexmoor", "Zandrith");

    /** Reading and checking any bytes gives diagnostics, never an exception. */
    @FuzzTest(maxDuration = "60s")
    void readAndCheck(byte[] data) {
        Peermap.Checked checked = Peermap.check("fuzz.yaml", data);
        for (Diagnostic d : checked.result().diagnostics()) {
            assertTrue(d.line() >= 1 && d.column() >= 1);
            assertFalse(d.message().isBlank());
        }
        assertEquals(checked.result().hasErrors(), checked.result().checked().isEmpty());
    }

    /**
     * Any text written into SVG and parsed back is the same text (characters XML cannot hold as U+FFFD, tabs
     * and line breaks as spaces).
     */
    @FuzzTest(maxDuration = "60s")
    void svgTextRoundTrip(FuzzedDataProvider data) throws Exception {
        String text = data.consumeRemainingAsString();
        Scene scene = new Scene(10, 10, List.of(new Shape.Text(new Point(1, 1), text, 10, false, Shape.Anchor.START,
                Style.BLACK)));
        byte[] svg = SvgWriter.write(scene);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        String back = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg))
                .getElementsByTagName("text").item(0).getTextContent();
        StringBuilder expected = new StringBuilder();
        // a tab or line break in a line of text is a space (a picture would draw it with no width)
        text.codePoints().forEach(cp -> expected.appendCodePoint("\t\n\r\u000B\f\u0085\u2028\u2029".indexOf(cp) >= 0
                ? ' ' : xmlChar(cp) ? cp : 0xFFFD));
        assertEquals(expected.toString(), back);
    }

    /**
     * The whole pipeline with canary names planted as names and aliases, and fuzzed text everywhere else:
     * either the checks refuse the case, or no output byte holds a canary.
     */
    @FuzzTest(maxDuration = "120s")
    void pipelineKeepsCanariesOut(FuzzedDataProvider data) {
        String note = yamlString(data.consumeString(80));
        String what = yamlString(data.consumeString(40));
        String narrative = yamlString(data.consumeRemainingAsString());
        String yaml = "peermap: 1\ntitle: Fuzz\nreference: FUZZ-1\npeople:\n"
                + "  qa: {name: Quillon Vexmoor, aliases: [Zandrith], age: 15, code: AB}\n"
                + "  qb: {name: Ana Other, age: 16, code: CD}\n"
                + "relationships:\n  - {between: [qa, qb], note: " + note + "}\n"
                + "incidents:\n  one: {what: " + what + ", date: 2019-05-11, involved: [qa, qb]}\n"
                + "narrative: " + narrative + "\n";
        Optional<org.peermap.model.Case> checked = Peermap.check("fuzz.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .result().checked();
        if (checked.isEmpty()) {
            return;
        }
        Rendered r = Peermap.render(checked.get(), new RenderOptions(EnumSet.of(RenderOptions.Format.SVG),
                Optional.empty(), false, true), new Layouter(EmbeddedEngine.shared(), Duration.ofSeconds(60)));
        for (OutputFile f : r.files()) {
            String folded = Normalizer.normalize(new String(f.bytes(), StandardCharsets.UTF_8), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            for (String canary : CANARIES) {
                assertFalse(folded.contains(canary.toLowerCase(Locale.ROOT)), f.name() + " holds a canary");
            }
        }
    }

    private static String yamlString(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                s.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp == 0x7f) {
                s.append(String.format("\\x%02x", cp));
            } else {
                s.appendCodePoint(cp);
            }
        });
        return s.append('"').toString();
    }

    private static boolean xmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
