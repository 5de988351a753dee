package org.peermap.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.peermap.Golden;
import org.peermap.Peermap;
import org.peermap.anonymise.Anonymiser;
import org.peermap.anonymise.Printed;
import org.peermap.layout.DotWriter;
import org.peermap.layout.EmbeddedEngine;
import org.peermap.layout.Layout;
import org.peermap.layout.Layouter;
import org.peermap.model.Case;
import org.peermap.render.peer.PeerGraph;

/**
 * Cases for the renderer's tests, laid out from a stored Graphviz fixture ({@code NAME.plain}) so the
 * pictures do not depend on which Graphviz is installed. With {@code -Dgolden.update=true} a missing or
 * stale fixture is laid out again with the embedded engine.
 */
final class RenderFixtures {
    static final Path DIR = Path.of("src/test/resources/render");

    record Prepared(Case checked, Printed printed, PeerGraph graph, Layout layout) {}

    static Case load(Path yaml) throws IOException {
        Peermap.Checked checked = Peermap.check(yaml.getFileName().toString(), Files.readAllBytes(yaml));
        return checked.result().checked().orElseThrow(() -> new AssertionError(yaml + " does not check: "
                + checked.result().diagnostics()));
    }

    static Prepared prepare(Path yaml) throws IOException {
        Case c = load(yaml);
        Printed printed = Anonymiser.printed(c, c.anonymise());
        PeerGraph graph = PeerGraph.of(c, printed);
        String name = yaml.getFileName().toString().replaceFirst("\\.yaml$", "");
        Path fixture = DIR.resolve(name + ".plain");
        Path dotFile = DIR.resolve(name + ".dot");
        String dot = DotWriter.write(graph.graph());
        boolean stale = !Files.exists(fixture) || !Files.exists(dotFile)
                || !Files.readString(dotFile, StandardCharsets.UTF_8).equals(dot);
        if (stale && Golden.updating()) {
            String plain = EmbeddedEngine.shared().plain(dot, Duration.ofSeconds(60));
            Files.writeString(fixture, plain, StandardCharsets.UTF_8);
            Files.writeString(dotFile, dot, StandardCharsets.UTF_8);
        } else if (stale) {
            throw new AssertionError("the layout fixture of " + name + " is missing or was made from other DOT;"
                    + " run mvn test -Dgolden.update=true and review the diff");
        }
        Layout layout = Layouter.fromPlain(Files.readString(fixture, StandardCharsets.UTF_8), graph.graph());
        return new Prepared(c, printed, graph, layout);
    }
}
