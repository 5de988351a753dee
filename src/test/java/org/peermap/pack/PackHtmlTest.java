package org.peermap.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackHtmlTest {
    @Test
    void everyMapPageIsShownInTheOrderOfThePdf() {
        List<String> outputs = List.of("X-grid.svg", "X-peer-map-incident-10.svg", "X-incident-map.svg",
                "X-peer-map.svg", "X-appendix.md", "X-peer-map-incident-2.svg", "X-grid-2.svg", "X-peer-map.png",
                "Y-peer-map.svg");
        assertEquals(List.of("X-peer-map.svg", "X-peer-map-incident-2.svg", "X-peer-map-incident-10.svg",
                "X-incident-map.svg", "X-grid.svg", "X-grid-2.svg"), PackHtml.pages("X", outputs));
    }
}
