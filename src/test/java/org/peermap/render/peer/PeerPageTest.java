package org.peermap.render.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.peermap.model.Paper;
import org.peermap.render.geometry.Box;

/** The peer map page grows for a large map, but never past Paper.MOST_GROWTH times its paper. */
class PeerPageTest {

    @Test
    void aLargeMapEnlargesThePageToPrintAtEightPoints() {
        PeerPage.Arrangement a = PeerPage.arrange(Paper.A4, new Box(0, 0, 1600, 1100), 200, IncidentList.Sizes.none(), "");
        assertTrue(a.scale() >= PeerMapRenderer.MIN_SCALE - 1e-9, "scale " + a.scale());
        assertTrue(a.pageWidth() > Paper.A4.width() && a.pageWidth() < Paper.A4.width() * Paper.MOST_GROWTH);
        assertTrue(a.warnings().get(a.warnings().size() - 1).contains("the page was enlarged to"), a.warnings()
                .toString());
        assertMapOnPage(a);
    }

    @Test
    void aHugeMapStopsAtFourTimesThePaperAndSaysItsTextIsSmall() {
        // a map that would need a page metres wide at 8 pt
        PeerPage.Arrangement a = PeerPage.arrange(Paper.A4, new Box(0, 0, 40_000, 30_000), 200, IncidentList.Sizes.none(), "");
        assertEquals(Paper.A4.width() * Paper.MOST_GROWTH, a.pageWidth(), 1e-6);
        assertEquals(Paper.A4.height() * Paper.MOST_GROWTH, a.pageHeight(), 1e-6);
        assertTrue(a.scale() < PeerMapRenderer.MIN_SCALE, "scale " + a.scale());
        String said = a.warnings().get(a.warnings().size() - 1);
        assertTrue(said.contains("enlarged to 1188 x 840 mm (4 times A4 each way, the largest peermap draws)"), said);
        assertTrue(said.contains("--focus PERSON --steps N or --incident N"), said);
        assertMapOnPage(a);
    }

    @Test
    void aMapOfShapesThatCannotFitIsNeverOneThatArrangesOnItsPaper() {
        // a young person's shape, about as the peer map draws it, and the room Graphviz keeps round each
        double room = 9;
        int fewest = 0;
        for (int n = 10; n <= 400; n += 10) {
            java.util.List<org.peermap.layout.Graph.Node> shapes = java.util.Collections.nCopies(n,
                    new org.peermap.layout.Graph.Node(58, 30, true));
            if (!PeerPage.cannotFit(Paper.A4, shapes, room)) {
                continue;
            }
            fewest = fewest == 0 ? n : fewest;
            // the smallest map those shapes could make: their grown area, packed without a gap, of any shape
            double area = n * (58 + room) * (30 + room);
            for (double aspect = 0.25; aspect <= 4; aspect *= 1.25) {
                double w = Math.sqrt(area * aspect);
                PeerPage.Arrangement a = PeerPage.arrange(Paper.A4, new Box(0, 0, w, area / w), 100,
                        IncidentList.Sizes.none(), "");
                assertTrue(!a.fitsPaper(Paper.A4) || a.scale() < PeerMapRenderer.MIN_SCALE, n + " shapes, aspect "
                        + aspect + ": fits at " + a.scale());
            }
        }
        // a group a meeting maps is never cut short; a few hundred people are
        assertTrue(fewest > 60 && fewest <= 200, "the fewest shapes that cannot fit A4: " + fewest);
        assertTrue(!PeerPage.cannotFit(Paper.A3, java.util.Collections.nCopies(fewest,
                new org.peermap.layout.Graph.Node(58, 30, true)), room), "A3 holds more");
    }

    /** The map drawn at the arrangement's scale lies on the page (it once overflowed a page grown 20 times). */
    private static void assertMapOnPage(PeerPage.Arrangement a) {
        Box area = a.area();
        assertTrue(area.x() >= 0 && area.y() >= 0 && area.right() <= a.pageWidth() + 1e-6
                && area.bottom() <= a.pageHeight() + 1e-6, area + " on " + a.pageWidth() + " x " + a.pageHeight());
    }
}
