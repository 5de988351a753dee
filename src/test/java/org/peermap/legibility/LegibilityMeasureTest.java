package org.peermap.legibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each measure on small hand-written SVGs: one built to break each rule, with the exact count expected, and one
 * clean map that meets every target. Coordinates are viewBox points on an A4 landscape page.
 */
class LegibilityMeasureTest {

    // ---- building blocks --------------------------------------------------------------------------------

    private static Measures measure(String... body) {
        return measureOn("viewBox=\"0 0 841.89 595.28\" data-paper=\"a4\"", body);
    }

    private static Measures measureOn(String rootAttributes, String... body) {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + rootAttributes + ">\n" + String.join("\n", body) + "\n</svg>\n";
        return Legibility.measure(svg.getBytes(StandardCharsets.UTF_8));
    }

    /** A young person: an ellipse 40 x 20 pt centred on (x, y), with a label. */
    private static String person(int n, double x, double y) {
        return "<g class=\"pm-person\" data-n=\"" + n + "\"><ellipse cx=\"" + x + "\" cy=\"" + y
                + "\" rx=\"20\" ry=\"10\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.2\"/>"
                + "<text x=\"" + x + "\" y=\"" + (y + 3) + "\" font-size=\"9\" text-anchor=\"middle\">AB, 15</text></g>";
    }

    /** An adult: a rect, so rect outer shapes are measured too. */
    private static String adult(int n, double x, double y, double w, double h) {
        return "<g class=\"pm-person\" data-n=\"" + n + "\"><rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w
                + "\" height=\"" + h + "\" fill=\"#ffffff\" stroke=\"#000000\"/><text x=\"" + x + "\" y=\"" + y
                + "\" font-size=\"9\">CD, 30</text></g>";
    }

    private static String outline(int k, String members, String points) {
        return "<g class=\"pm-outline\" data-incident=\"" + k + "\" data-members=\"" + members + "\"><polygon points=\""
                + points + "\" fill=\"#E69F00\" fill-opacity=\"0.1\" stroke=\"#404040\" stroke-width=\"0.86\"/></g>";
    }

    /** A box outline from (x1, y1) to (x2, y2). */
    private static String box(int k, String members, double x1, double y1, double x2, double y2) {
        return outline(k, members, x1 + "," + y1 + " " + x2 + "," + y1 + " " + x2 + "," + y2 + " " + x1 + "," + y2);
    }

    /** A tab 24 x 12 pt centred on (x, y). */
    private static String tab(int k, double x, double y) {
        return "<g class=\"pm-tab\" data-incident=\"" + k + "\"><rect x=\"" + (x - 12) + "\" y=\"" + (y - 6)
                + "\" width=\"24\" height=\"12\" fill=\"#ffffff\" stroke=\"#404040\"/><text x=\"" + (x - 10)
                + "\" y=\"" + (y + 3) + "\" font-size=\"8\">" + k + "</text></g>";
    }

    private static String line(String ends, String kind, String points) {
        return "<g class=\"pm-line\" data-ends=\"" + ends + "\" data-kind=\"" + kind + "\"><polyline points=\"" + points
                + "\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.2\"/></g>";
    }

    private static String badge(int n, String incidents) {
        return "<g class=\"pm-badge\" data-n=\"" + n + "\" data-incidents=\"" + incidents + "\"><rect x=\"0\" y=\"0\""
                + " width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"#000000\"/><text x=\"1\" y=\"7\" font-size=\"8\">"
                + incidents + "</text></g>";
    }

    /** The incident list: rows "K:members", for example "1:1 2". */
    private static String incidents(String... rows) {
        StringBuilder s = new StringBuilder("<g class=\"pm-incidents\">");
        for (String r : rows) {
            String[] kv = r.split(":");
            s.append("<g class=\"pm-incident\" data-incident=\"").append(kv[0]).append("\" data-members=\"")
                    .append(kv[1]).append("\"><text x=\"640\" y=\"400\" font-size=\"9\">").append(kv[0])
                    .append("  11/05/2019 Stabbing</text></g>");
        }
        return s.append("</g>").toString();
    }

    /** A key whose rows hold the given sample shapes (one row per argument). */
    private static String key(String... samples) {
        StringBuilder s = new StringBuilder("<g class=\"pm-key\"><text x=\"644\" y=\"92\" font-size=\"10\">Key</text>");
        for (int i = 0; i < samples.length; i++) {
            s.append("<g class=\"pm-key-row\" data-row=\"").append(i + 1).append("\"><g class=\"pm-sample\">")
                    .append(samples[i]).append("</g><text x=\"692\" y=\"100\" font-size=\"9\">row</text></g>");
        }
        return s.append("</g>").toString();
    }

    /** A 40 pt horizontal key sample line at height y. */
    private static String sampleLine(double y, String stroke, double width, String extra) {
        return "<polyline points=\"644," + y + " 684," + y + "\" fill=\"none\" stroke=\"" + stroke
                + "\" stroke-width=\"" + width + "\" stroke-linecap=\"round\"" + extra + "/>";
    }

    private static final String SOLID = sampleLine(107, "#000000", 1.2, "");
    private static final String DASHED = sampleLine(151, "#000000", 1.2, " stroke-dasharray=\"6 4\"");
    private static final String DOUBLE = sampleLine(125.5, "#000000", 0.8, "") + sampleLine(128.5, "#000000", 0.8, "");
    private static final String ELLIPSE = "<ellipse cx=\"664\" cy=\"218\" rx=\"17\" ry=\"9\" fill=\"#e3e3e3\""
            + " stroke=\"#000000\" stroke-width=\"2.8\"/>";

    private static final String TITLE = "<g class=\"pm-title\"><text x=\"28\" y=\"44\" font-size=\"14\""
            + " font-weight=\"bold\">Peer map</text></g>";

    // ---- one clean map -----------------------------------------------------------------------------------

    /**
     * Five people; incident 1 (people 1 and 2) and incident 2 (4 and 5) drawn with outlines padded 10 pt and
     * tabs on their top edges; person 3 is in no incident; lines 1-2, 2-3, 3-4 and a whereabouts line 3-p1; the
     * list, the badges, a key of four different symbols and a 14 pt title.
     */
    private static String[] clean() {
        return new String[] {TITLE,
            box(1, "1 2", 170, 180, 290, 220), box(2, "4 5", 570, 180, 690, 220),
            tab(1, 187, 180), tab(2, 587, 180),
            line("1 2", "relationship", "220,200 240,200"),
            line("2 3", "relationship", "275,207 385,293"),
            line("3 4", "relationship", "418,295 584,207"),
            line("3 p1", "whereabouts", "400,310 400,440"),
            person(1, 200, 200), person(2, 260, 200), person(3, 400, 300), person(4, 600, 200), person(5, 660, 200),
            "<g class=\"pm-place\" data-p=\"1\"><polygon points=\"380,460 380,445 400,440 420,445 420,460\""
                    + " fill=\"#f2f2f2\" stroke=\"#000000\"/><text x=\"385\" y=\"455\" font-size=\"8\">Estate 1</text></g>",
            badge(1, "1"), badge(2, "1"), badge(4, "2"), badge(5, "2"),
            incidents("1:1 2", "2:4 5"),
            key(SOLID, DOUBLE, DASHED, ELLIPSE)};
    }

    @Test
    void aCleanMapMeetsEveryTarget() {
        Measures m = measure(clean());
        assertEquals(Measures.Kind.PEER, m.kind());
        assertEquals(0, m.strays());
        assertEquals(0, m.cut());
        assertEquals(0, m.linesThroughPeople());
        assertEquals(2, m.tabs());
        assertEquals(0.0, m.tabDistance(), 1e-9);
        assertEquals(0, m.tabsUnmatched());
        assertEquals(0, m.tabClashes());
        assertEquals(0, m.parallelRuns());
        assertEquals(0, m.keyLookAlikes());
        assertEquals(8.0, m.smallestText(), 1e-9);
        assertNull(m.involvementThroughPeople(), "an incident-map measure is not taken on a peer map");
        assertEquals(4, m.badgesShown());
        assertEquals(4, m.badgesTotal());
        assertEquals(2, m.outlinesDrawn());
        assertEquals(2, m.incidentsListed());
        assertEquals(297, m.widthMm(), 0.01);
        assertEquals(210, m.heightMm(), 0.01);
        assertEquals("a4", m.paper());
        String row = Legibility.row("clean", "hand-made", m);
        assertFalse(row.contains(Legibility.MISS), row);
        assertEquals("| clean | hand-made | 0 | 0 | 0 | 0.0 | 0 | 0 | 0 | 8.0 | - | 4/4 | 2/2 | 297 x 210 a4 |", row);
    }

    // ---- one map per rule, each breaking it ---------------------------------------------------------------

    @Test
    void aNonMemberInsideAnOutlineIsAStray() {
        Measures m = measure(TITLE, box(1, "1 2", 170, 180, 290, 270),
                person(1, 200, 200), person(2, 260, 200), person(3, 230, 245));
        assertEquals(1, m.strays());
        assertEquals(0, m.cut(), "person 3 lies wholly inside, so no edge cuts it");
    }

    @Test
    void aPersonOnAnOutlinesEdgeIsCutWhetherOrNotAMember() {
        Measures m = measure(TITLE, box(1, "1 2", 170, 180, 290, 220),
                person(1, 200, 200), person(2, 290, 200), person(3, 170, 228), adult(4, 240, 215, 20, 20));
        assertEquals(3, m.cut(), "member 2 on the right edge, non-member 3 on the bottom-left corner, adult 4");
        assertEquals(0, m.strays(), "the centres of 3 and 4 are outside the outline");
    }

    @Test
    void aLineThroughAThirdPersonCountsButItsOwnEndsAndAGrazeDoNot() {
        Measures m = measure(TITLE,
                person(1, 100, 100), person(2, 300, 100), person(3, 200, 100), person(4, 200, 150),
                person(5, 200, 250),
                line("1 2", "relationship", "120,100 280,100"), // through 3
                line("1 3", "relationship", "120,100 180,100"), // between its own ends
                line("1 2", "relationship", "120,140.5 280,140.5"), // grazes 4 within the 1 pt allowance
                line("3 p1", "whereabouts", "200,110 200,300")); // through 4 and 5 ("p1" is a place)
        assertEquals(3, m.linesThroughPeople());
    }

    @Test
    void aDoubleLineThroughAPersonCountsOnce() {
        Measures m = measure(TITLE, person(1, 100, 100), person(2, 300, 100), person(3, 200, 100),
                "<g class=\"pm-line\" data-ends=\"1 2\" data-kind=\"relationship\">"
                        + "<polyline points=\"120,98.5 280,98.5\" fill=\"none\" stroke=\"#000\"/>"
                        + "<polyline points=\"120,101.5 280,101.5\" fill=\"none\" stroke=\"#000\"/>"
                        + "<polygon points=\"280,100 272,97 272,103\"/></g>");
        assertEquals(1, m.linesThroughPeople());
    }

    @Test
    void aTabFarFromItsOutlineAndATabWithoutOneMiss() {
        Measures m = measure(TITLE, box(1, "1 2", 170, 180, 290, 220), person(1, 200, 200), person(2, 260, 200),
                tab(1, 230, 160), tab(2, 500, 500));
        assertEquals(2, m.tabs());
        assertEquals(20.0, m.tabDistance(), 1e-9);
        assertEquals(1, m.tabsUnmatched(), "tab 2 has no outline");
        String row = Legibility.row("tabs", "", m);
        assertTrue(row.contains("| 20.0 (1 unmatched) MISS |"), row);
    }

    @Test
    void aLineThroughATabIsAClash() {
        Measures m = measure(TITLE, box(1, "1 2", 170, 180, 290, 220), person(1, 200, 200), person(2, 260, 200),
                person(3, 200, 120), tab(1, 230, 180), line("3 2", "relationship", "210,129 250,191"));
        assertEquals(1, m.tabClashes());
        assertEquals(0.0, m.tabDistance(), 1e-9);
    }

    @Test
    void aTabOnAnotherOutlineOrOverAPersonOrOverAnotherTabIsAClash() {
        // outline 1 spans y 100-140, outline 2 y 150-190; tabs are 24 x 12 pt
        String one = box(1, "1", 100, 100, 160, 140), two = box(2, "2", 100, 150, 160, 190);
        Measures clear = measure(TITLE, one, two, person(1, 130, 120), person(2, 130, 178),
                tab(1, 130, 140), tab(2, 130, 160));
        assertEquals(0, clear.tabClashes(), "tab 1 (y 134-146) and tab 2 (y 154-166) touch only their own outlines");

        Measures onOther = measure(TITLE, one, two, person(1, 130, 120), person(2, 130, 172),
                tab(1, 130, 140), tab(2, 100, 145));
        assertEquals(1, onOther.tabClashes(), "tab 2 (y 139-151) crosses outline 1's bottom edge");

        Measures overPerson = measure(TITLE, one, person(1, 130, 128), tab(1, 130, 140));
        assertEquals(1, overPerson.tabClashes(), "tab 1 (y 134-146) covers the bottom of person 1 (to y 138)");

        Measures overTab = measure(TITLE, one, two, person(1, 130, 120), person(2, 130, 172),
                tab(1, 130, 141), tab(2, 130, 150));
        assertEquals(1, overTab.tabClashes(), "tab 1 (y 135-147) and tab 2 (y 144-156) overlap: one pair");
    }

    @Test
    void twoOutlinesFourPointsApartForFiftyPointsAreOneParallelRun() {
        Measures m = measure(TITLE, box(1, "1", 100, 100, 150, 140), box(2, "2", 100, 144, 150, 184),
                person(1, 125, 120), person(2, 125, 164));
        assertEquals(1, m.parallelRuns());
        assertEquals(0, m.strays());
        assertEquals(0, m.cut());

        Measures shortRun = measure(TITLE, box(1, "1", 100, 100, 150, 140), box(2, "2", 130, 144, 180, 184),
                person(1, 125, 120), person(2, 155, 164));
        assertEquals(0, shortRun.parallelRuns(), "side by side for only 20 pt (about 24 pt with the corners)");

        Measures apart = measure(TITLE, box(1, "1", 100, 100, 150, 140), box(2, "2", 100, 147, 150, 187),
                person(1, 125, 120), person(2, 125, 167));
        assertEquals(0, apart.parallelRuns(), "7 pt apart is not within 6 pt");
    }

    @Test
    void runsAreCyclic() {
        assertEquals(List.of(1, 3), Measures.runs(new boolean[] {true, false, true, false, true, true}));
        assertEquals(List.of(4), Measures.runs(new boolean[] {true, true, true, true}));
        assertEquals(List.of(), Measures.runs(new boolean[] {false, false}));
    }

    @Test
    void keyRowsThatDifferOnlyByColourLookAlike() {
        assertEquals(0, measure(TITLE, key(SOLID, DASHED)).keyLookAlikes(), "dashed and solid differ");
        assertEquals(0, measure(TITLE, key(SOLID, DOUBLE)).keyLookAlikes(), "double and single differ");
        assertEquals(1, measure(TITLE, key(sampleLine(107, "#ff0000", 1.2, ""), sampleLine(140, "#0000ff", 1.2, "")))
                .keyLookAlikes(), "red and blue are the same grey line");
        assertEquals(3, measure(TITLE, key(SOLID, sampleLine(140, "#cc0000", 1.2, ""), DOUBLE,
                sampleLine(150, "#0000ff", 1.2, ""), sampleLine(160, "#555555", 1.2, " stroke-dasharray=\"6 4\"")))
                .keyLookAlikes(), "black, red and blue solid lines: three pairs; the double and dashed ones differ");
        assertEquals(0, measure(TITLE, key(SOLID, sampleLine(140, "#E69F00", 1.2, ""))).keyLookAlikes(),
                "an orange line prints light grey, a black one black");
        assertEquals(1, measure(TITLE, key(
                "<rect x=\"644\" y=\"300\" width=\"40\" height=\"20\" rx=\"8\" fill=\"#E69F00\" fill-opacity=\"0.1\""
                        + " stroke=\"#404040\" stroke-width=\"0.9\"/>",
                "<rect x=\"644\" y=\"330\" width=\"40\" height=\"20\" rx=\"8\" fill=\"#56B4E9\" fill-opacity=\"0.1\""
                        + " stroke=\"#404040\" stroke-width=\"0.9\"/>",
                "<rect x=\"644\" y=\"360\" width=\"40\" height=\"20\" rx=\"8\" fill=\"#009E73\" fill-opacity=\"0.1\""
                        + " stroke=\"#404040\" stroke-width=\"0.9\" stroke-dasharray=\"1.9 2.38\"/>"))
                .keyLookAlikes(), "two outlines told apart by a 10 % tint alone look alike; a dashed one does not");
    }

    @Test
    void theGreyscaleDifferenceIsFarFromTheThresholdForTheTestedPairs() {
        List<SvgShapes.Item> solid = sample(SOLID), dashed = sample(DASHED), dbl = sample(DOUBLE),
                red = sample(sampleLine(107, "#ff0000", 1.2, "")), blue = sample(sampleLine(107, "#0000ff", 1.2, ""));
        double w = 44, h = 8;
        Greyscale.Image s = Greyscale.draw(solid, w, h);
        assertTrue(Greyscale.difference(s, Greyscale.draw(dashed, w, h)) > 3 * Greyscale.LOOK_ALIKE);
        assertTrue(Greyscale.difference(s, Greyscale.draw(dbl, w, h)) > 3 * Greyscale.LOOK_ALIKE);
        assertTrue(Greyscale.difference(Greyscale.draw(red, w, h), Greyscale.draw(blue, w, h))
                < Greyscale.LOOK_ALIKE / 3);
        assertEquals(1.2 * 40 * 16, s.ink(), 0.1 * 1.2 * 40 * 16, "ink is about the line's area in pixels");
    }

    private static List<SvgShapes.Item> sample(String shapes) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><g class=\"pm-sample\">" + shapes + "</g></svg>";
        return SvgShapes.parse(svg.getBytes(StandardCharsets.UTF_8)).all("pm-sample").get(0).shapes();
    }

    @Test
    void sixPointTextOnAnA4PageIsTooSmall() {
        Measures m = measure(TITLE, "<g class=\"pm-narrative\"><text x=\"36\" y=\"470\" font-size=\"6\">small</text>"
                + "<text x=\"36\" y=\"480\" font-size=\"4\"></text></g>");
        assertEquals(6.0, m.smallestText(), 1e-9, "the empty 4 pt text prints nothing and is not counted");
        assertTrue(Legibility.row("small", "", m).contains("| 6.0 MISS |"));
    }

    @Test
    void textIsScaledToThePaperItIsPrintedOn() {
        String text = "<g class=\"pm-title\"><text x=\"1\" y=\"10\" font-size=\"10\">Peer map</text></g>";
        assertEquals(5.0, measureOn("viewBox=\"0 0 1683.78 595.28\"", text).smallestText(), 1e-9,
                "a page twice as wide as A4 and no paper size: printed on A4 at half size");
        assertEquals(10.0, measureOn("viewBox=\"0 0 1190.55 841.89\" data-paper=\"a3\"", text).smallestText(), 1e-9);
        assertEquals(10.0 * Math.min(841.89 / 1190.55, 595.28 / 841.89), measureOn("viewBox=\"0 0 1190.55 841.89\"", text).smallestText(), 1e-9,
                "A3-sized but not marked: printed on A4");
        assertEquals(10.0, measureOn("viewBox=\"0 0 400 300\"", text).smallestText(), 1e-9, "never enlarged");
    }

    @Test
    void anInvolvementLineThroughAnotherPersonCounts() {
        Measures m = measure(TITLE,
                "<g class=\"pm-axis\"><polyline points=\"50,80 800,80\" fill=\"none\" stroke=\"#000\"/></g>",
                "<g class=\"pm-event\" data-incident=\"1\"><rect x=\"182\" y=\"90\" width=\"36\" height=\"20\"/></g>",
                person(1, 200, 160), person(2, 200, 240), person(3, 300, 240),
                "<g class=\"pm-involvement\" data-ends=\"1 1\"><polyline points=\"200,110 200,150\" fill=\"none\""
                        + " stroke=\"#222\"/></g>",
                "<g class=\"pm-involvement\" data-ends=\"1 2\"><path d=\"M200,110 C195,150 195,190 200,230\""
                        + " fill=\"none\" stroke=\"#222\"/></g>", // through person 1
                "<g class=\"pm-involvement\" data-ends=\"1 3\"><path d=\"M218,110 C260,150 290,200 300,230\""
                        + " fill=\"none\" stroke=\"#222\"/></g>"); // clear of 1 and 2
        assertEquals(Measures.Kind.INCIDENT, m.kind());
        assertEquals(1, m.involvementThroughPeople());
        assertNull(m.strays(), "peer-map measures are not taken on an incident map");
        assertTrue(Legibility.row("incidents", "", m).startsWith("| incidents |  | - | - | - | - | - | - |"));
    }

    @Test
    void aPersonWithAMissingOrWrongBadgeIsNotShown() {
        Measures m = measure(TITLE, person(1, 100, 100), person(2, 200, 100), person(3, 300, 100),
                person(4, 400, 100), incidents("1:1 2", "2:2 3"), badge(1, "1"), badge(2, "1"), badge(4, "1"));
        assertEquals(1, m.badgesShown(), "person 2 lacks incident 2, person 3 has no badge; 4 is in no incident");
        assertEquals(3, m.badgesTotal());
        assertEquals(0, m.outlinesDrawn());
        assertEquals(2, m.incidentsListed());
        assertTrue(Legibility.row("badges", "", m).contains("| 1/3 MISS | 0/2 |"));
    }

    @Test
    void badgesEndingInAPlusBoxAndAListCutToItsPageAreRightWhenTheyShowTheFirstIncidents() {
        String cutList = incidents("1:1 2", "2:1 2", "3:1").replace("</g>\n", "</g>")
                .replaceFirst("</g>$", "<g class=\"pm-incidents-more\" data-more=\"2\"><text x=\"640\" y=\"420\""
                        + " font-size=\"9\">and 2 more</text></g></g>");
        String more = badge(1, "1 2").replace("data-incidents=\"1 2\"", "data-incidents=\"1 2\" data-more=\"3\"");
        Measures right = measure(TITLE, person(1, 100, 100), person(2, 200, 100), cutList, more, badge(2, "1 2 5"));
        assertEquals(2, right.badgesShown(), "person 1 shows 1 2 and +3 (3 and two not listed); person 2 shows 1 2"
                + " and 5, which the cut list does not show");
        assertEquals(2, right.badgesTotal());
        Measures wrong = measure(TITLE, person(1, 100, 100), person(2, 200, 100), cutList, more, badge(2, "1 5"));
        assertEquals(1, wrong.badgesShown(), "person 2 lacks incident 2");
    }

    // ---- what cannot be measured -----------------------------------------------------------------------

    @Test
    void anSvgWithoutSceneGroupsIsNotApplicableNotZero() {
        Measures m = measure("<g class=\"pm-title\"><text x=\"28\" y=\"44\" font-size=\"14\">Peer map</text></g>",
                "<polygon points=\"100,100 200,100 200,200\"/>", key(SOLID, DASHED));
        assertEquals(Measures.Kind.UNKNOWN, m.kind());
        assertNull(m.strays());
        assertNull(m.tabDistance());
        assertNull(m.involvementThroughPeople());
        assertNull(m.badgesShown());
        assertEquals(0, m.keyLookAlikes());
        assertEquals(9.0, m.smallestText(), 1e-9);
        String row = Legibility.row("old", "", m);
        assertEquals("| old |  | n/a MISS | n/a MISS | n/a MISS | n/a MISS | n/a MISS | n/a MISS | 0 | 9.0 | n/a MISS"
                + " | n/a MISS | n/a | 297 x 210 a4 |", row);

        Measures named = Legibility.measure(("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 841.89 595.28\">"
                + TITLE + "</svg>").getBytes(StandardCharsets.UTF_8),
                Legibility.kindOfName("CS-0001-incident-map.svg"));
        assertEquals(Measures.Kind.INCIDENT, named.kind(), "no class tells, the file name does");
        assertTrue(Legibility.row("named", "", named).startsWith("| named |  | - | - | - | - | - | - | n/a MISS | 14.0"
                + " | n/a MISS | - | - |"));
        assertEquals(Measures.Kind.PEER, Legibility.kindOfName("CS-0001-peer-map.svg"));
        assertEquals(Measures.Kind.GRID, Legibility.kindOfName("CS-0001-grid-2.svg"));
        Measures grid = measure(TITLE, "<g class=\"pm-key\"></g><g class=\"pm-grid\"><text x=\"1\" y=\"1\""
                + " font-size=\"8\">1</text></g>");
        assertEquals(Measures.Kind.GRID, grid.kind(), "a people-by-incidents grid page");
        assertTrue(!Legibility.row("grid", "", grid).contains("MISS"), "only the measures of every page apply");

        Measures narrativeOnly = measure(TITLE, "<g class=\"pm-narrative\"><text x=\"1\" y=\"1\" font-size=\"9\">x"
                + "</text></g>");
        assertEquals(Measures.Kind.PEER, narrativeOnly.kind());
        assertNull(narrativeOnly.cut(), "a peer map without pm-person groups");
        assertNull(narrativeOnly.keyLookAlikes(), "no pm-key");
    }

    @Test
    void aPeerMapWithPeopleAndNoIncidentsHasNothingToShow() {
        Measures m = measure(TITLE, person(1, 100, 100), person(2, 200, 100), line("1 2", "relationship",
                "120,100 180,100"));
        assertEquals(0, m.badgesShown());
        assertEquals(0, m.badgesTotal());
        assertEquals(0, m.tabs());
        assertTrue(Legibility.row("none", "", m).contains("| no tabs |"));
    }

    @Test
    void doctypesAreRefused() {
        byte[] svg = ("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text font-size=\"9\">&x;</text></svg>")
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> Legibility.measure(svg));
    }

    @Test
    void anIncidentMapThatSaysItHasNoIncidentsMeetsItsTargets() {
        Measures m = measure(TITLE, "<g class=\"pm-none\"><text x=\"28\" y=\"104\" font-size=\"11\">No incidents"
                + "</text></g>");
        assertEquals(Measures.Kind.INCIDENT, m.kind());
        assertEquals(0, m.involvementThroughPeople());
        assertEquals(0, m.keyLookAlikes());
        assertFalse(Legibility.row("empty", "", m).contains("MISS"));
    }
}
