package org.peermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.peermap.anonymise.Anonymiser;
import org.peermap.anonymise.Printed;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.Paper;
import org.peermap.model.Person;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;

/**
 * The incident map's legibility rules, on every example, on cases from {@code bench/gen-case.sh} and on
 * generated cases with overlapping incidents (up to 60 people and 12 incidents): no involvement line
 * passes through a person who is not its end; the page is the paper asked for (A4 and A3) with text at least
 * 8 pt on it, and no warning; every incident shows its own number; the groups say truly which incident and
 * person each line joins.
 * With {@code -Dincident.pictures=DIR} the maps are also written there as PNG.
 */
class IncidentMapLegibilityTest {

    record Drawn(String name, Case c, Paper paper, Page page) {}

    private static List<Drawn> drawn;

    static synchronized List<Drawn> drawn() throws IOException {
        if (drawn != null) {
            return drawn;
        }
        List<Drawn> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : IncidentCases.all().entrySet()) {
            Case c = IncidentCases.check(e.getKey(), e.getValue());
            Printed printed = Anonymiser.printed(c, c.anonymise());
            for (Paper paper : Paper.values()) {
                long start = System.nanoTime();
                Page page = IncidentMapRenderer.render(c, printed, paper);
                String name = e.getKey() + " " + paper.key();
                System.out.printf("%-32s drawn in %d ms%n", name, (System.nanoTime() - start) / 1_000_000);
                out.add(new Drawn(name, c, paper, page));
            }
        }
        drawn = List.copyOf(out);
        return drawn;
    }

    @TestFactory
    Stream<DynamicTest> noInvolvementLinePassesThroughAnotherPerson() throws IOException {
        String pictures = System.getProperty("incident.pictures");
        return drawn().stream().map(d -> DynamicTest.dynamicTest(d.name(), () -> {
            Scene scene = d.page().scene();
            List<String> through = IncidentMapMeasures.throughPeople(scene);
            System.out.printf("%-32s people %3d  incidents %2d  lines %3d  through %d  smallest text on paper %.2f pt"
                    + "  page %.0f x %.0f pt  time lines %d  crossings %d  %s%n", d.name(),
                    IncidentMapMeasures.parts(scene).people().size(), d.c().incidents().size(),
                    IncidentMapMeasures.parts(scene).lines().size(), through.size(),
                    IncidentMapMeasures.smallestText(scene, d.paper()), scene.width(), scene.height(),
                    IncidentMapMeasures.timeLines(scene), IncidentMapMeasures.crossings(scene), d.page().warnings());
            if (pictures != null) {
                Files.createDirectories(Path.of(pictures));
                String file = d.name().replace(".yaml", "").replace(' ', '-');
                Files.write(Path.of(pictures, file + ".png"), PngWriter.write(scene));
                Files.write(Path.of(pictures, file + ".svg"), SvgWriter.write(scene));
            }
            assertEquals(List.of(), through);
        }));
    }

    @TestFactory
    Stream<DynamicTest> textIsAtLeast8PointsOnItsPaperAndThePageIsThePaper() throws IOException {
        return drawn().stream().map(d -> DynamicTest.dynamicTest(d.name(), () -> {
            Scene scene = d.page().scene();
            assertTrue(IncidentMapMeasures.smallestText(scene, d.paper()) >= 8 - 1e-9,
                    "smallest text on " + d.paper().key() + " " + IncidentMapMeasures.smallestText(scene, d.paper()));
            assertEquals(d.paper().width(), scene.width(), 0.01, "page width");
            assertEquals(d.paper().height(), scene.height(), 0.01, "page height");
            assertEquals(List.of(), d.page().warnings());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyIncidentShowsItsNumberAndEveryLineJoinsWhatItSays() throws IOException {
        return drawn().stream().map(d -> DynamicTest.dynamicTest(d.name(), () -> {
            IncidentMapMeasures.Parts parts = IncidentMapMeasures.parts(d.page().scene());
            Case c = d.c();
            assertEquals(c.incidents().stream().map(Incident::number).collect(Collectors.toCollection(TreeSet::new)),
                    parts.events().keySet(), "one mark per incident, by number");
            for (Map.Entry<Integer, Shape.Group> e : parts.events().entrySet()) {
                List<Shape.Text> texts = Scene.leaves(e.getValue().shapes()).stream()
                        .filter(s -> s instanceof Shape.Text).map(s -> (Shape.Text) s).toList();
                Shape.Text number = texts.get(0);
                assertEquals(Integer.toString(e.getKey()), number.text(), "the mark's first text is its number");
                assertTrue(number.bold() && texts.stream().allMatch(t -> t.size() <= number.size()),
                        "the number is bold and the largest text of its mark");
            }
            Map<Integer, Set<Integer>> joined = new TreeMap<>();
            parts.lines().forEach(l -> joined.computeIfAbsent(l.person(), k -> new TreeSet<>()).add(l.incident()));
            Map<Integer, Set<Integer>> expected = new TreeMap<>();
            for (Incident i : c.incidents()) {
                for (String id : i.involved()) {
                    int n = indexOf(c.people(), id) + 1;
                    expected.computeIfAbsent(n, k -> new TreeSet<>()).add(i.number());
                }
            }
            assertEquals(expected, joined, "each person is joined to exactly their incidents");
            assertEquals(expected.keySet(), parts.people().keySet(), "everyone involved is drawn");
            int lines = IncidentMapMeasures.timeLines(d.page().scene());
            for (Map.Entry<Integer, List<Shape>> e : parts.copies().entrySet()) {
                assertTrue(e.getValue().size() <= Math.max(1, Math.min(lines, expected.get(e.getKey()).size())),
                        "person " + e.getKey() + " is drawn at most once on each time line of theirs");
            }
        }));
    }

    private static int indexOf(List<Person> people, String id) {
        for (int k = 0; k < people.size(); k++) {
            if (people.get(k).id().equals(id)) {
                return k;
            }
        }
        throw new AssertionError("no person " + id);
    }
}
