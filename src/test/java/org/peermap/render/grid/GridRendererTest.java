package org.peermap.render.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.peermap.Golden;
import org.peermap.Peermap;
import org.peermap.anonymise.Anonymiser;
import org.peermap.anonymise.Printed;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.Paper;
import org.peermap.model.Person;
import org.peermap.render.Appendix;
import org.peermap.render.Page;
import org.peermap.render.PngWriter;
import org.peermap.render.SvgSafetyTest;
import org.peermap.render.SvgWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The people-by-incidents grid, read back from its structured SVG: every involvement is exactly one mark,
 * in its person's row and its incident's column, and there are no other marks; the rows are the people
 * involved, with their printed code and age; text prints at 8 pt or more on the paper; pages that
 * continue the grid repeat its header. On an example and on two generated cases ({@code bench/gen-case.sh
 * 60 1 overlapping} and {@code 150 1 overlapping}, stored; invented names), at A4 and A3.
 */
class GridRendererTest {
    static final Path DIR = Path.of("src/test/resources/render/grid");
    /** The generated 60-person case the incident map tests also use. */
    static final Path BENCH_60 = Path.of("src/test/resources/render/incident/bench-60-overlapping.yaml");

    static Map<String, Path> cases() {
        Map<String, Path> cases = new LinkedHashMap<>();
        cases.put("stabbings", Path.of("examples/stabbings.yaml"));
        cases.put("assault-group", Path.of("examples/assault-group.yaml"));
        cases.put("bench-60", BENCH_60);
        cases.put("bench-150", DIR.resolve("bench-150-overlapping.yaml"));
        return cases;
    }

    static Case load(Path yaml) throws Exception {
        Peermap.Checked checked = Peermap.check(yaml.getFileName().toString(), Files.readAllBytes(yaml));
        return checked.result().checked().orElseThrow(() -> new AssertionError(yaml + " does not check"));
    }

    @TestFactory
    Stream<DynamicTest> everyInvolvementIsOneMarkInItsRowAndColumn() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Path> e : cases().entrySet()) {
            for (Paper paper : Paper.values()) {
                tests.add(DynamicTest.dynamicTest(e.getKey() + " " + paper.key(), () -> check(load(e.getValue()), paper)));
            }
        }
        return tests.stream();
    }

    /** What one page shows, read from its SVG. */
    record Read(List<Integer> rows, Map<Integer, String> labels, Set<Integer> bold, List<Integer> columns,
            List<int[]> marks, double smallest, int headers) {}

    private static void check(Case c, Paper paper) throws Exception {
        Printed printed = Anonymiser.printed(c, c.anonymise());
        List<Page> pages = GridRenderer.render(c, printed, paper);
        assertTrue(!pages.isEmpty());
        // expected: person number -> their incident numbers
        Map<Integer, Set<Integer>> expected = new TreeMap<>();
        for (Incident i : c.incidents()) {
            for (String id : i.involved()) {
                expected.computeIfAbsent(index(c, id) + 1, k -> new TreeSet<>()).add(i.number());
            }
        }
        Map<String, Integer> marks = new HashMap<>();
        Map<Integer, List<Integer>> rowsUnderColumn = new TreeMap<>();
        for (Page page : pages) {
            byte[] svg = SvgWriter.write(page.scene());
            Document doc = parse(svg);
            SvgSafetyTest.assertInert(doc);
            Element root = doc.getDocumentElement();
            assertEquals(paper.key(), root.getAttribute("data-paper"), "every page is the paper's size");
            Read read = read(doc);
            assertTrue(read.smallest() >= 8, "smallest text " + read.smallest() + " pt");
            assertEquals(read.columns().size() + 1, read.headers(), "the header is on every page");
            for (int n : read.rows()) {
                Person p = c.people().get(n - 1);
                assertTrue(expected.containsKey(n), "row " + n + " is someone involved");
                assertEquals(printed.person(p.id()) + printed.age(p).map(a -> ", " + a).orElse(""),
                        read.labels().get(n), "row " + n + " shows the code and age as printed");
                assertEquals(p.focus(), read.bold().contains(n), "the focus person, and only they, in bold");
                for (int k : read.columns()) {
                    rowsUnderColumn.computeIfAbsent(k, x -> new ArrayList<>()).add(n);
                }
            }
            for (int[] m : read.marks()) {
                marks.merge(m[0] + " " + m[1], 1, Integer::sum);
            }
        }
        // every involvement exactly once, nothing else
        Map<String, Integer> wanted = new HashMap<>();
        expected.forEach((n, ks) -> ks.forEach(k -> wanted.put(k + " " + n, 1)));
        assertEquals(wanted, marks);
        // under every incident's column, every involved person once
        for (Incident i : c.incidents()) {
            List<Integer> rows = rowsUnderColumn.get(i.number());
            assertEquals(List.copyOf(expected.keySet()), rows.stream().sorted().toList(),
                    "incident " + i.number() + "'s column has a row for each person involved, once");
        }
    }

    private static int index(Case c, String id) {
        for (int i = 0; i < c.people().size(); i++) {
            if (c.people().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("not a person");
    }

    /** The rows, columns and marks of one page, each mark checked to sit in its row's band and column. */
    private static Read read(Document doc) {
        Element root = doc.getDocumentElement();
        String[] box = root.getAttribute("viewBox").split(" ");
        Paper paper = Paper.valueOf(root.getAttribute("data-paper").toUpperCase(java.util.Locale.ROOT));
        double scale = Math.min(1, Math.min(paper.width() / Double.parseDouble(box[2]),
                paper.height() / Double.parseDouble(box[3])));
        double smallest = Double.MAX_VALUE;
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (!t.getTextContent().isBlank()) {
                smallest = Math.min(smallest, Double.parseDouble(t.getAttribute("font-size")) * scale);
            }
        }
        assertEquals(1, groups(doc, "pm-grid").size());
        assertEquals(1, groups(doc, "pm-title").size());
        assertEquals(1, groups(doc, "pm-key").size());
        int headers = 0;
        for (Element t : children(groups(doc, "pm-grid").get(0), "text")) {
            headers += t.getTextContent().startsWith("Person") ? 1 : 0;
        }
        List<Integer> rows = new ArrayList<>();
        Map<Integer, String> labels = new HashMap<>();
        Set<Integer> bold = new TreeSet<>();
        Map<Integer, double[]> bands = new HashMap<>();
        for (Element g : groups(doc, "pm-grid-row")) {
            int n = Integer.parseInt(g.getAttribute("data-n"));
            rows.add(n);
            Element rect = children(g, "rect").get(0);
            double y = Double.parseDouble(rect.getAttribute("y"));
            bands.put(n, new double[] {y, y + Double.parseDouble(rect.getAttribute("height"))});
            Element label = children(g, "text").get(0);
            labels.put(n, label.getTextContent());
            if (label.getAttribute("font-weight").equals("bold")) {
                bold.add(n);
            }
        }
        List<Integer> columns = new ArrayList<>();
        Map<Integer, Double> centres = new HashMap<>();
        for (Element g : groups(doc, "pm-grid-col")) {
            int k = Integer.parseInt(g.getAttribute("data-incident"));
            columns.add(k);
            List<Element> head = children(g, "text");
            assertEquals(2, head.size(), "each column's header: number and date");
            assertEquals(Integer.toString(k), head.get(0).getTextContent());
            assertTrue(head.get(1).getTextContent().matches("[0-9]{2}/[0-9]{2}(/[0-9]{2})?"));
            centres.put(k, Double.parseDouble(head.get(0).getAttribute("x")));
            headers++;
        }
        List<int[]> marks = new ArrayList<>();
        for (Element g : groups(doc, "pm-grid-mark")) {
            String[] ends = g.getAttribute("data-ends").split(" ");
            int k = Integer.parseInt(ends[0]);
            int n = Integer.parseInt(ends[1]);
            Element r = children(g, "rect").get(0);
            double cx = Double.parseDouble(r.getAttribute("x")) + Double.parseDouble(r.getAttribute("width")) / 2;
            double cy = Double.parseDouble(r.getAttribute("y")) + Double.parseDouble(r.getAttribute("height")) / 2;
            assertTrue(centres.containsKey(k) && Math.abs(centres.get(k) - cx) < 0.01, "mark " + k + " " + n
                    + " is in its incident's column");
            assertTrue(bands.containsKey(n) && bands.get(n)[0] < cy && cy < bands.get(n)[1], "mark " + k + " " + n
                    + " is in its person's row");
            assertTrue(r.getAttribute("fill").matches("#[0-3][0-9a-f]{5}"), "a dark square");
            marks.add(new int[] {k, n});
        }
        return new Read(rows, labels, bold, columns, marks, smallest, headers);
    }

    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static List<Element> groups(Document doc, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList gs = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (g.getAttribute("class").equals(cls)) {
                out.add(g);
            }
        }
        return out;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void pagesForTheGeneratedCases() throws Exception {
        Case c60 = load(BENCH_60);
        Case c150 = load(DIR.resolve("bench-150-overlapping.yaml"));
        assertEquals(1, render(c60, Paper.A4).size(), "26 people by 12 incidents fit one A4 page");
        List<Page> pages = render(c150, Paper.A4);
        assertEquals(6, pages.size(), "81 people by 30 incidents: 3 pages of rows times 2 of columns at A4");
        assertEquals(4, render(c150, Paper.A3).size(), "2 pages of rows times 2 of columns at A3");
        String second = new String(SvgWriter.write(pages.get(1).scene()), StandardCharsets.UTF_8);
        assertTrue(second.contains("page 2 of 6: rows 1-27 of 81, incidents 16-30 of 30"), "each page says what it shows");
    }

    @Test
    void othersInNoIncidentAreCounted() throws Exception {
        Case c = load(Path.of("examples/stabbings.yaml"));
        String svg = new String(SvgWriter.write(render(c, Paper.A4).get(0).scene()), StandardCharsets.UTF_8);
        assertTrue(svg.contains("2 other people in the case were in no incident"), "QR and the mother ST");
    }

    @Test
    void theSameCaseGivesTheSameBytes() throws Exception {
        Case c = load(DIR.resolve("bench-150-overlapping.yaml"));
        List<Page> a = render(c, Paper.A4);
        List<Page> b = render(c, Paper.A4);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(SvgWriter.write(a.get(i).scene()), SvgWriter.write(b.get(i).scene()));
        }
    }

    @Test
    void seriationBreaksColumnsLessThanListingOrder() throws Exception {
        for (Path yaml : cases().values()) {
            Case c = load(yaml);
            List<GridOrder.Row> listed = GridOrder.involved(c);
            List<GridOrder.Row> ordered = GridOrder.rows(c);
            assertEquals(new TreeSet<>(listed.stream().map(GridOrder.Row::person).toList()),
                    new TreeSet<>(ordered.stream().map(GridOrder.Row::person).toList()));
            assertTrue(GridOrder.runs(ordered) <= GridOrder.runs(listed), yaml + ": " + GridOrder.runs(ordered)
                    + " runs against " + GridOrder.runs(listed) + " in listing order");
        }
    }

    @Test
    void appendixTableHasAMarkForEveryInvolvement() throws Exception {
        Case c = load(BENCH_60);
        Printed printed = Anonymiser.printed(c, c.anonymise());
        String md = new String(Appendix.write(c, printed, c.marking()), StandardCharsets.UTF_8);
        String section = md.substring(md.indexOf("## People and incidents"), md.indexOf("## Themes"));
        List<String> rows = section.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Person")).toList();
        assertEquals(GridOrder.involved(c).size(), rows.size());
        int marks = 0;
        for (String row : rows) {
            marks += row.chars().filter(ch -> ch == '\u25a0').count();
        }
        assertEquals(c.incidents().stream().mapToInt(i -> i.involved().size()).sum(), marks);
        assertTrue(section.contains("34 other people in the case were in no incident."));
    }

    @Test
    void stabbingsGridMatchesItsGoldenFile() throws Exception {
        Case c = load(Path.of("src/test/resources/render/stabbings.yaml"));
        List<Page> pages = render(c, Paper.A4);
        assertEquals(1, pages.size());
        Golden.assertMatches(DIR.resolve("stabbings-grid.svg"),
                new String(SvgWriter.write(pages.get(0).scene()), StandardCharsets.UTF_8));
        if (Golden.updating()) {
            Files.write(Path.of("target", "stabbings-grid.png"), PngWriter.write(pages.get(0).scene()));
        }
    }

    private static List<Page> render(Case c, Paper paper) {
        return GridRenderer.render(c, Anonymiser.printed(c, c.anonymise()), paper);
    }
}
