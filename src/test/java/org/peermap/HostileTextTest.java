package org.peermap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.peermap.layout.EmbeddedEngine;
import org.peermap.layout.Layouter;
import org.peermap.model.Case;
import org.peermap.output.OutputFile;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Hostile strings in every text field: the SVG stays well-formed and inert, the text reads back as
 * written, and nothing of the case (no text, no id) is in the DOT sent to Graphviz.
 */
class HostileTextTest {
    static final String H = "<script>alert(1)</script> ]]> & \"q\" 'a' javascript:void(0) <!-- c -->";

    static final String CASE = """
            peermap: 1
            title: "T %1$s"
            reference: HOSTILE-1
            marking: "M %1$s"
            key:
              odd: {label: "K %1$s", line: wavy}
            people:
              pa: {name: Una Example, age: 15, plan: "P %1$s", code: AB}
              pb: {name: Rey Example, age: 16, code: CD}
            places:
              pl: {name: Some Yard, kind: other, label: "L %1$s"}
            relationships:
              - {between: [pa, pb], type: odd, note: "N %1$s", source: "S %1$s"}
            whereabouts:
              - {person: pa, place: pl}
            incidents:
              one: {what: "W %1$s", date: 2019-05-11, place: pl, label: "I %1$s", involved: [pa, pb]}
            narrative: "X %1$s"
            """;

    @Test
    void everyFieldEscapedInertAndReadBack() throws Exception {
        String yaml = String.format(CASE, H.replace("\"", "\\\""));
        Case c = Peermap.check("h.yaml", yaml.getBytes(StandardCharsets.UTF_8)).result().checked()
                .orElseThrow(() -> new AssertionError(Peermap.check("h.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                        .result().diagnostics().toString()));
        Rendered r = Peermap.render(c, new RenderOptions(EnumSet.of(RenderOptions.Format.SVG), Optional.empty(), false,
                true, org.peermap.anonymise.Ages.EXACT, EnumSet.allOf(RenderOptions.MapKind.class),
                org.peermap.model.Period.ALL, true, false, org.peermap.model.Paper.A4, org.peermap.View.WHOLE), new Layouter(EmbeddedEngine.shared(), Duration.ofSeconds(60)));
        assertEquals(java.util.List.of(), r.refusal());
        int svgs = 0;
        for (OutputFile f : r.files()) {
            if (!f.name().endsWith(".svg")) {
                continue;
            }
            svgs++;
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(f.bytes()));
            org.peermap.render.SvgSafetyTest.assertInert(doc);
            String raw = new String(f.bytes(), StandardCharsets.UTF_8);
            assertFalse(raw.contains("<script") || raw.contains("]]>") || raw.contains("<!--"), f.name());
            StringBuilder text = new StringBuilder();
            NodeList texts = doc.getElementsByTagName("text");
            for (int i = 0; i < texts.getLength(); i++) {
                text.append(texts.item(i).getTextContent()).append('\n');
            }
            assertTrue(text.toString().contains("<script>alert(1)</script>"), f.name() + ": text reads back");
        }
        assertEquals(2, svgs);
        String dot = Peermap.peerMapDot(c);
        for (String leak : java.util.List.of("script", "javascript", "Una", "Rey", "Yard", "pa ", "pb", "pl ")) {
            assertFalse(dot.contains(leak), "the DOT sent to Graphviz holds " + leak);
        }
    }
}
