package org.peermap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peermap.anonymise.Anonymiser;
import org.peermap.layout.DotWriter;
import org.peermap.layout.Graph;
import org.peermap.layout.Layout;
import org.peermap.layout.LayoutEngine;
import org.peermap.layout.Layouter;
import org.peermap.layout.NativeDot;
import org.peermap.legibility.Movement;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Case;

/**
 * {@code render --like}: a new version of a case laid out from the old one's positions keeps its shape. The
 * layouts are stored ({@code layouts/like/}, one Graphviz {@code plain} output per DOT, by its hash), so the test
 * does not depend on the Graphviz build; {@code -Dgolden.update=true} makes them again with native dot.
 */
class StableLayoutTest {
    static final Path STORED = Path.of("src/test/resources/layouts/like");
    static final List<String> VERSIONS = List.of("src/test/resources/diff/new-peer-group-2019-10.yaml",
            "examples/new-peer-group.yaml", "src/test/resources/diff/new-peer-group-2020-01.yaml");

    /** A Graphviz that answers from stored layouts. */
    static final class StoredEngine implements LayoutEngine {
        @Override
        public String name() {
            return "stored";
        }

        @Override
        public String plain(String dot, Duration timeout) {
            Path file = STORED.resolve(org.peermap.pack.Manifest.sha256(dot.getBytes(StandardCharsets.UTF_8))
                    .substring(0, 24) + ".plain");
            try {
                if (Boolean.getBoolean("golden.update") && !Files.exists(file)) {
                    Files.createDirectories(STORED);
                    Files.writeString(file, NativeDot.find().orElseThrow().plain(dot, timeout), StandardCharsets.UTF_8);
                }
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("no stored layout " + file + " (run with -Dgolden.update=true)", e);
            }
        }
    }

    static Case load(String file) throws IOException {
        return Peermap.check(file, Files.readAllBytes(Path.of(file)), false).result().checked().orElseThrow();
    }

    static Map<String, Layout.XY> positions(Case c, RenderOptions options) {
        Layouter layouter = new Layouter(new StoredEngine(), Duration.ofSeconds(60));
        layouter.startCase();
        return PeerPages.draw(c.believed(), Anonymiser.printed(c, AnonymiseMode.LETTERS), layouter, options)
                .positions();
    }

    @Test
    void keptPeopleMoveLessWhenTheNewVersionStartsFromTheOld() throws IOException {
        RenderOptions options = new RenderOptions(EnumSet.of(RenderOptions.Format.SVG), Optional.empty(), false, true);
        double totalWith = 0;
        double totalWithout = 0;
        for (int i = 1; i < VERSIONS.size(); i++) {
            Case old = load(VERSIONS.get(i - 1));
            Case now = load(VERSIONS.get(i));
            Map<String, Layout.XY> before = positions(old, options);
            Map<String, Layout.XY> fresh = positions(now, options);
            Map<String, Layout.XY> like = positions(now, options.like(before));
            List<String> kept = before.keySet().stream().filter(fresh::containsKey).sorted().toList();
            assertFalse(kept.isEmpty());
            double withOut = Movement.median(before, fresh, kept);
            double with = Movement.median(before, like, kept);
            // one pair of versions may move about as much either way (the first, where the added people and
            // incident reshape the middle of the map); over the sequence, --like moves people much less
            assertTrue(with < withOut * 1.1, VERSIONS.get(i) + ": with --like " + with + " pt, without " + withOut
                    + " pt");
            totalWith += with;
            totalWithout += withOut;
        }
        assertTrue(totalWith < totalWithout * 0.8, "over the versions: " + totalWith + " pt against " + totalWithout);
    }

    @Test
    void theStartingPositionsAreGivenToGraphvizAndTheLayoutIsNotTurned() {
        Graph g = new Graph(List.of(new Graph.Node(40, 20, true), new Graph.Node(40, 20, false)),
                List.of(new Graph.Edge(0, 1, 1)), List.of());
        Graph started = g.startingAt(Map.of(1, new Layout.XY(144, -72)));
        String dot = DotWriter.write(started);
        assertTrue(dot.contains("n1 [width=0.5556, height=0.2778, shape=box, pos=\"2.0000,-1.0000\"];"), dot);
        assertFalse(dot.contains("pos=\"2.0000,-1.0000!\""), "a start, not a pin");
        assertTrue(started.started());
        assertEquals(List.of(), g.nodes().stream().filter(n -> n.start().isPresent()).toList(), "g itself unchanged");
    }
}
