package org.peermap.legibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermap.Peermap;
import org.peermap.cli.Main;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.Relationship;

/**
 * The peer map's views on a generated 60-person case with 12 overlapping incidents (invented names,
 * {@code bench/gen-case.sh 60 1 overlapping}): each page shows the right people and no others, read from
 * the structured SVG ({@code pm-person data-n} is the person's number in the whole case), and each page is
 * within the legibility targets on its paper.
 */
class ViewsTest {
    static final Path CASE = Path.of("src/test/resources/render/incident/bench-60-overlapping.yaml");

    @TempDir
    Path out;

    @Test
    void focusShowsThePersonAndEveryoneWithinTheSteps() throws IOException {
        Case c = load();
        int focus = 1; // p0001, printed AB: the focus young person
        String err = render("--focus", "AB", "--steps", "1");
        Path svg = out.resolve("BENCH-60-peer-map-focus.svg");
        assertTrue(Files.exists(svg), err);
        assertEquals(near(c, focus, 1), people(svg));
        assertTargets(svg, "a4");
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("AB and everyone within 1 step"), "the title line says what the page shows");
        assertTrue(text.contains(">This page shows AB"), "and so does the key, with where the whole group is");
    }

    @Test
    void twoStepsShowMoreButNotEveryone() throws IOException {
        Case c = load();
        render("--focus", "p0001", "--steps", "2", "--paper", "a3");
        Path svg = out.resolve("BENCH-60-peer-map-focus.svg");
        Set<Integer> expected = near(c, 1, 2);
        assertEquals(expected, people(svg));
        assertTrue(expected.size() > near(c, 1, 1).size() && expected.size() < c.people().size(), expected.toString());
        assertTargets(svg, "a3");
    }

    @Test
    void aViewTooLargeForA4WithItsIncidentsShowsItsPeopleAndConnectionsAtEightPoints() throws IOException {
        Case c = load();
        String err = render("--focus", "p0001", "--steps", "2");
        Path svg = out.resolve("BENCH-60-peer-map-focus.svg");
        assertEquals(near(c, 1, 2), people(svg));
        assertTargets(svg, "a4");
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("people and connections only"), "the title line says incidents are left off");
        assertFalse(text.contains("pm-badge") || text.contains("pm-outline"), "no incident is drawn");
        assertTrue(err.contains("this view does not fit A4 at 8 pt with its incidents"), err);
    }

    @Test
    void oneIncidentShowsItsPeopleAndTheirLinksAndOnlyItsOutline() throws IOException {
        Case c = load();
        Incident three = c.incidents().stream().filter(i -> i.number() == 3).findFirst().orElseThrow();
        render("--incident", "3");
        Path svg = out.resolve("BENCH-60-peer-map-incident-3.svg");
        Set<Integer> members = numbers(c, three.involved());
        Set<Integer> expected = new TreeSet<>(members);
        for (Relationship r : c.relationships()) {
            if (three.involved().contains(r.a()) || three.involved().contains(r.b())) {
                expected.addAll(numbers(c, List.of(r.a(), r.b())));
            }
        }
        assertEquals(expected, people(svg));
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        List<String> outlines = groups(text, "pm-outline");
        assertEquals(1, outlines.size(), "only incident 3 is outlined");
        assertTrue(outlines.get(0).contains("data-incident=\"3\""), outlines.get(0));
        assertEquals(members, ints(attribute(outlines.get(0), "members")));
        // every line drawn has at least one end in the incident
        for (String line : groups(text, "pm-line")) {
            Set<Integer> ends = ints(attribute(line, "ends"));
            assertTrue(ends.stream().anyMatch(members::contains), line);
        }
        assertTargets(svg, "a4");
    }

    @Test
    void aCaseTooLargeForOnePageGetsAnOverviewAndAPagePerIncident() throws IOException {
        Assumptions.assumeTrue(ExamplesLegibilityTest.hasDot(), "native dot is not installed");
        Case c = load();
        String err = render("--engine", "dot");
        assertTrue(err.contains("each incident has a page of its own"), err);
        Path overview = out.resolve("BENCH-60-peer-map.svg");
        assertEquals(numbers(c, c.people().stream().map(p -> p.id()).toList()), people(overview));
        assertTargets(overview, "a4");
        for (Incident i : c.incidents()) {
            Path page = out.resolve("BENCH-60-peer-map-incident-" + i.number() + ".svg");
            assertTrue(Files.exists(page), page.toString());
            assertTrue(people(page).containsAll(numbers(c, i.involved())), page.toString());
            assertTargets(page, "a4");
        }
    }

    @Test
    void aFocusThatNamesNoOneIsRefusedWithoutRepeatingIt() throws IOException {
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"render", "-o", out.toString(), "--focus", "Zed Invented",
                CASE.toString()}, new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err), false);
        assertEquals(1, status, err.toString());
        assertTrue(err.toString().contains("--focus names no one"), err.toString());
        assertFalse(err.toString().contains("Zed"), err.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count(), "nothing is written");
        }
    }

    private String render(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("render", "-f", "svg", "--maps", "peer", "-o", out.toString()));
        args.addAll(List.of(options));
        if (!args.contains("--engine")) {
            args.addAll(List.of("--engine", "embedded"));
        }
        args.add(CASE.toString());
        StringWriter err = new StringWriter();
        int status = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(err), false);
        assertEquals(0, status, err.toString());
        return err.toString();
    }

    /** Every legibility target met, on the paper asked for. */
    private static void assertTargets(Path svg, String paper) throws IOException {
        String name = svg.getFileName().toString();
        Measures m = Legibility.measure(Files.readAllBytes(svg), Legibility.kindOfName(name));
        String row = Legibility.row(name, "", m);
        assertFalse(row.contains("MISS"), Legibility.header() + "\n" + Legibility.target() + "\n" + row);
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("data-paper=\"" + paper + "\""), name);
    }

    private static Case load() throws IOException {
        Peermap.Checked checked = Peermap.check(CASE.toString(), Files.readAllBytes(CASE));
        return checked.result().checked().orElseThrow();
    }

    /** The whole-case numbers (from 1) of the people within {@code steps} relationships or shared incidents. */
    private static Set<Integer> near(Case c, int from, int steps) {
        Map<String, Set<String>> next = new HashMap<>();
        for (Relationship r : c.relationships()) {
            next.computeIfAbsent(r.a(), k -> new TreeSet<>()).add(r.b());
            next.computeIfAbsent(r.b(), k -> new TreeSet<>()).add(r.a());
        }
        for (Incident i : c.incidents()) {
            for (String a : i.involved()) {
                next.computeIfAbsent(a, k -> new TreeSet<>()).addAll(i.involved());
            }
        }
        Set<String> reached = new TreeSet<>(List.of(c.people().get(from - 1).id()));
        for (int s = 0; s < steps; s++) {
            Set<String> more = new TreeSet<>(reached);
            reached.forEach(id -> more.addAll(next.getOrDefault(id, Set.of())));
            reached = more;
        }
        return numbers(c, List.copyOf(reached));
    }

    private static Set<Integer> numbers(Case c, List<String> ids) {
        Set<Integer> numbers = new TreeSet<>();
        for (int i = 0; i < c.people().size(); i++) {
            if (ids.contains(c.people().get(i).id())) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    private static Set<Integer> people(Path svg) throws IOException {
        Set<Integer> n = new TreeSet<>();
        for (String g : groups(Files.readString(svg, StandardCharsets.UTF_8), "pm-person")) {
            n.add(Integer.parseInt(attribute(g, "n")));
        }
        return n;
    }

    private static List<String> groups(String svg, String cls) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<g class=\"" + cls + "\"[^>]*>").matcher(svg);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("data-" + name + "=\"([^\"]*)\"").matcher(tag);
        assertTrue(m.find(), tag);
        return m.group(1);
    }

    private static Set<Integer> ints(String words) {
        Set<Integer> n = new TreeSet<>();
        for (String w : words.trim().split(" +")) {
            n.add(Integer.parseInt(w));
        }
        return n;
    }
}
