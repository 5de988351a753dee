package org.peermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.peermap.render.geometry.Point;
import org.peermap.render.peer.PeerMapRenderer;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The SVG is well-formed, self-contained and inert: no scripts, events, links, ids, titles or comments. */
public class SvgSafetyTest {
    static final String HOSTILE = "<script>alert(1)</script> ]]> & \"q\" 'a' javascript:void(0) <!-- x --> \u0007";

    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg));
    }

    public static void assertInert(Document doc) {
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertTrue(root.getAttribute("viewBox").matches("0 0 [0-9.]+ [0-9.]+"), "has a viewBox in points");
        List<String> problems = new ArrayList<>();
        walk(root, problems);
        assertEquals(List.of(), problems);
    }

    private static void walk(Node node, List<String> problems) {
        if (node.getNodeType() == Node.COMMENT_NODE || node.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
            problems.add("comment or processing instruction");
        }
        if (node instanceof Element e) {
            String name = e.getLocalName();
            if (!List.of("svg", "g", "rect", "ellipse", "polyline", "polygon", "path", "text").contains(name)) {
                problems.add("element " + name);
            }
            if (name.equals("g") && !e.getAttribute("class").matches("pm-[a-z-]+")) {
                problems.add("group class");
            }
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                String attr = a.getName().toLowerCase(java.util.Locale.ROOT);
                if (attr.startsWith("on") || attr.equals("id") || attr.contains("href") || attr.equals("style")
                        || a.getValue().contains("url(") || a.getValue().toLowerCase(java.util.Locale.ROOT)
                                .contains("javascript:")) {
                    problems.add("attribute " + attr);
                }
                if (attr.startsWith("data-") && !(attr.equals("data-paper") ? a.getValue().matches("a4|a3")
                        : a.getValue().matches("[0-9p ]*|relationship|whereabouts"))) {
                    problems.add("data attribute holding more than numbers: " + attr);
                }
            }
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            walk(children.item(i), problems);
        }
    }

    @Test
    void goldenMapsAreInert() throws Exception {
        for (Path yaml : PeerMapGoldenTest.cases()) {
            RenderFixtures.Prepared p = RenderFixtures.prepare(yaml);
            byte[] svg = SvgWriter.write(PeerMapRenderer.render(p.checked(), p.printed(), p.graph(), p.layout(), true)
                    .scene());
            assertInert(parse(svg));
        }
    }

    @Test
    void gridPagesAreInert() throws Exception {
        for (Path yaml : PeerMapGoldenTest.cases()) {
            org.peermap.model.Case c = RenderFixtures.load(yaml);
            for (Page page : org.peermap.render.grid.GridRenderer.render(c,
                    org.peermap.anonymise.Anonymiser.printed(c, c.anonymise()), org.peermap.model.Paper.A4)) {
                assertInert(parse(SvgWriter.write(page.scene())));
            }
        }
    }

    @Test
    void hostileTextIsEscapedAndReadsBackAsWritten() throws Exception {
        Scene scene = new Scene(100, 100, List.of(new Shape.Text(new Point(10, 10), HOSTILE, 10, false,
                Shape.Anchor.START, Style.BLACK)));
        byte[] svg = SvgWriter.write(scene);
        Document doc = parse(svg);
        assertInert(doc);
        String text = doc.getElementsByTagNameNS("*", "text").item(0).getTextContent();
        assertEquals(HOSTILE.replace('\u0007', '\uFFFD'), text, "the text survives escaping, a control as U+FFFD");
        String raw = new String(svg, java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script"));
        assertFalse(raw.contains("]]>"));
    }
}
