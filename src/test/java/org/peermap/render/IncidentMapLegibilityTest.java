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
import org.peermap.model.Person;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;

/**
 * The incident map's legibility rules, on every example, on cases from {@code bench/gen-case.sh} and on
 * generated cases with overlapping incidents (up to 60 people and 12 incidents): no involvement line
 * passes through a person who is not its end; text is at least 8 pt when the page is printed on A4; every
 * incident shows its own number; the groups say truly which incident and person each line joins.
 * With {@code -Dincident.pictures=DIR} the maps are also written there as PNG.
 */
class IncidentMapLegibilityTest {

    record Drawn(String name, Case c, Page page) {}

    private static List<Drawn> drawn;

    static synchronized List<Drawn> drawn() throws IOException {
        if (drawn != null) {
            return drawn;
        }
        List<Drawn> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : IncidentCases.all().entrySet()) {
            Case c = IncidentCases.check(e.getKey(), e.getValue());
            Printed printed = Anonymiser.printed(c, c.anonymise());
            long start = System.nanoTime();
            Page page = IncidentMapRenderer.render(c, printed);
            System.out.printf("%-28s drawn in %d ms%n", e.getKey(), (System.nanoTime() - start) / 1_000_000);
            out.add(new Drawn(e.getKey(), c, page));
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
            System.out.printf("%-28s people %3d  incidents %2d  lines %3d  through %d  smallest text at A4 %.2f pt"
                    + "  page %.0f x %.0f pt  %s%n", d.name(), IncidentMapMeasures.parts(scene).people().size(),
                    d.c().incidents().size(), IncidentMapMeasures.parts(scene).lines().size(), through.size(),
                    IncidentMapMeasures.smallestTextAtA4(scene), scene.width(), scene.height(), d.page().warnings());
            if (pictures != null) {
                Files.createDirectories(Path.of(pictures));
                Files.write(Path.of(pictures, d.name().replaceFirst("\\.yaml$", "") + ".png"), PngWriter.write(scene));
                Files.write(Path.of(pictures, d.name().replaceFirst("\\.yaml$", "") + ".svg"), SvgWriter.write(scene));
            }
            assertEquals(List.of(), through);
        }));
    }

    @TestFactory
    Stream<DynamicTest> textIsAtLeast8PointsOnA4() throws IOException {
        return drawn().stream().map(d -> DynamicTest.dynamicTest(d.name(), () -> {
            Scene scene = d.page().scene();
            assertTrue(IncidentMapMeasures.smallestTextAtA4(scene) >= 8 - 1e-9,
                    "smallest text at A4 " + IncidentMapMeasures.smallestTextAtA4(scene));
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
            assertEquals(expected.keySet(), parts.people().keySet(), "everyone involved is drawn, once");
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
