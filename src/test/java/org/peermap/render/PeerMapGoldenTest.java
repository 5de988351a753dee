package org.peermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.peermap.Golden;
import org.peermap.render.peer.PeerMapRenderer;

/**
 * Golden tests of the peer map page, the incident map and the appendix, from stored layouts:
 * {@code NAME.yaml} (a case), {@code NAME.plain} (its Graphviz layout), {@code NAME.svg},
 * {@code NAME-incident-map.svg} and {@code NAME.md} (what peermap draws; the incident map needs no
 * Graphviz).
 * Update with {@code mvn test -Dgolden.update=true}, then look at the pictures and review the diff.
 */
class PeerMapGoldenTest {

    static List<Path> cases() throws IOException {
        try (Stream<Path> listing = Files.list(RenderFixtures.DIR)) {
            return listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> pageAndAppendixMatchTheirGoldenFiles() throws IOException {
        return cases().stream().map(yaml -> DynamicTest.dynamicTest(yaml.getFileName().toString(), () -> {
            RenderFixtures.Prepared p = RenderFixtures.prepare(yaml);
            PeerMapRenderer.Result result = PeerMapRenderer.render(p.checked(), p.printed(), p.graph(), p.layout(),
                    true);
            String name = yaml.getFileName().toString().replaceFirst("\\.yaml$", "");
            Golden.assertMatches(RenderFixtures.DIR.resolve(name + ".svg"),
                    new String(SvgWriter.write(result.scene()), StandardCharsets.UTF_8));
            Golden.assertMatches(RenderFixtures.DIR.resolve(name + ".md"),
                    new String(Appendix.write(p.checked(), p.printed(), p.checked().marking()), StandardCharsets.UTF_8));
            Page incidents = IncidentMapRenderer.render(p.checked(), p.printed(), org.peermap.model.Paper.A4);
            Golden.assertMatches(RenderFixtures.DIR.resolve(name + "-incident-map.svg"),
                    new String(SvgWriter.write(incidents.scene()), StandardCharsets.UTF_8));
            if (Golden.updating()) {
                Files.write(Path.of("target", name + ".png"), PngWriter.write(result.scene()));
                Files.write(Path.of("target", name + "-incident-map.png"), PngWriter.write(incidents.scene()));
            }
            assertEquals(List.of(), result.warnings().stream().filter(w -> w.contains("internal")).toList());
        }));
    }
}
