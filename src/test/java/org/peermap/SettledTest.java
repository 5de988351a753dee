package org.peermap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.peermap.anonymise.Anonymiser;
import org.peermap.layout.Engines;
import org.peermap.layout.LayoutEngine;
import org.peermap.layout.Layouter;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Case;

/**
 * The live preview's redraw after a person is added: it starts from where everyone was and tries first the layout
 * the earlier drawing kept, so it costs one Graphviz run where {@code render --like} tries every layout.
 */
class SettledTest {
    static final RenderOptions OPTIONS = new RenderOptions(EnumSet.of(RenderOptions.Format.SVG), Optional.empty(),
            false, true);

    /** Graphviz, counting its runs. */
    static final class Counting implements LayoutEngine {
        final LayoutEngine engine = Engines.choose(Engines.Choice.AUTO);
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public String name() {
            return engine.name();
        }

        @Override
        public String plain(String dot, Duration timeout) {
            runs.incrementAndGet();
            return engine.plain(dot, timeout);
        }
    }

    record Drawing(PeerPages.Drawn drawn, int runs) {}

    static Drawing draw(Case c, RenderOptions options) {
        Counting engine = new Counting();
        Layouter layouter = new Layouter(engine, Duration.ofSeconds(60));
        layouter.startCase();
        PeerPages.Drawn drawn = PeerPages.draw(c.believed(), Anonymiser.printed(c, AnonymiseMode.LETTERS), layouter,
                options);
        return new Drawing(drawn, engine.runs.get());
    }

    @Test
    void aRedrawFromAnEarlierDrawingTriesItsLayoutFirstAndKeepsIt() throws IOException {
        // stabbings: its first layout leaves outlines out, so render tries several; the meeting names one person more
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("examples/stabbings.yaml"));
        String first = text.replaceFirst("(?s).*?\npeople:\n  ([A-Za-z0-9_-]+):.*", "$1");
        String added = text.replaceFirst("\npeople:\n", "\npeople:\n  added:\n    name: Zed Quorrel\n    age: 15\n")
                .replaceFirst("\nrelationships:\n", "\nrelationships:\n  - between: [added, " + first
                        + "]\n    type: connection\n");
        Case old = StableLayoutTest.load("examples/stabbings.yaml");
        Case now = Peermap.check("stabbings.yaml", added.getBytes(java.nio.charset.StandardCharsets.UTF_8), false)
                .result().checked().orElseThrow();
        assertTrue(now.people().size() > old.people().size(), "the new version has people added");
        PeerPages.Drawn before = draw(old, OPTIONS).drawn();
        Settled settled = before.settled().get("peer-map");
        assertTrue(settled != null, "the whole map's page says what it settled on: " + before.settled());

        RenderOptions after = new RenderOptions(OPTIONS.formats(), OPTIONS.anonymise(), false, true, OPTIONS.ages(),
                OPTIONS.maps(), OPTIONS.period(), false, false, OPTIONS.paper(), OPTIONS.view(), before.positions(),
                before.settled());
        Drawing preview = draw(now, after);
        Drawing like = draw(now, OPTIONS.like(before.positions()));
        assertEquals(settled.tuning(), preview.drawn().settled().get("peer-map").tuning(),
                "the layout the earlier drawing kept is kept");
        assertEquals(1, preview.runs(), "one Graphviz run for the preview's redraw");
        assertTrue(like.runs() > preview.runs(), "render --like searches the layouts: " + like.runs() + " runs");
        assertEquals(Map.of(), new RenderOptions(OPTIONS.formats(), OPTIONS.anonymise(), false, true).like(
                before.positions()).settled(), "--like alone passes nothing settled");
    }
}
