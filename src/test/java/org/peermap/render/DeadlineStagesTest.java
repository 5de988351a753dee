package org.peermap.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.peermap.layout.Deadline;
import org.peermap.layout.LayoutException;
import org.peermap.model.Paper;
import org.peermap.render.peer.PeerMapRenderer;
import org.peermap.render.peer.Sheet;

/**
 * The case's one deadline ({@code --layout-timeout}) holds for the stages after Graphviz too: a page whose
 * time has run out stops with a message naming what it was doing, and an open deadline draws as before.
 */
class DeadlineStagesTest {
    private static final Deadline PASSED = Deadline.after(Duration.ZERO);

    @Test
    void aPeerMapStopsWhilePlacingItsOutlines() throws Exception {
        RenderFixtures.Prepared p = RenderFixtures.prepare(RenderFixtures.DIR.resolve("every-symbol.yaml"));
        LayoutException e = assertThrows(LayoutException.class, () -> PeerMapRenderer.render(p.checked(),
                p.printed(), p.graph(), p.layout(), Sheet.whole(Paper.A4, true), PASSED));
        assertEquals(LayoutException.Kind.TIMED_OUT, e.kind());
        assertTrue(e.getMessage().startsWith("the maps took longer than 0 s to make and were stopped while placing"
                + " the incidents' outlines on a peer map"), e.getMessage());
        byte[] open = SvgWriter.write(PeerMapRenderer.render(p.checked(), p.printed(), p.graph(), p.layout(),
                Sheet.whole(Paper.A4, true), Deadline.after(Duration.ofMinutes(5))).scene());
        assertArrayEquals(SvgWriter.write(PeerMapRenderer.render(p.checked(), p.printed(), p.graph(), p.layout(),
                Sheet.whole(Paper.A4, true)).scene()), open, "a deadline not reached changes nothing");
    }

    @Test
    void anIncidentMapStopsWhileArrangingIt() throws Exception {
        RenderFixtures.Prepared p = RenderFixtures.prepare(RenderFixtures.DIR.resolve("every-symbol.yaml"));
        LayoutException e = assertThrows(LayoutException.class, () -> IncidentMapRenderer.render(p.checked(),
                p.printed(), Paper.A4, PASSED));
        assertEquals(LayoutException.Kind.TIMED_OUT, e.kind());
        assertTrue(e.getMessage().contains("stopped while arranging the incident map"), e.getMessage());
        assertTrue(e.getMessage().endsWith("raise --layout-timeout, or split the case"), e.getMessage());
    }
}
