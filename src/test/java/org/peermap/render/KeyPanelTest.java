package org.peermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermap.model.PersonKind;
import org.peermap.model.RelationshipType;
import org.peermap.render.peer.PeerMapRenderer;
import org.peermap.render.scene.Shape;

/** The key shows exactly the symbols a map uses, nothing else. */
class KeyPanelTest {

    static List<String> texts(List<Shape> shapes) {
        return org.peermap.render.scene.Scene.leaves(shapes).stream().filter(Shape.Text.class::isInstance)
                .map(s -> ((Shape.Text) s).text()).toList();
    }

    @Test
    void onlyWhatIsUsed() {
        KeyPanel.Panel panel = KeyPanel.draw(0, 0, KeyPanel.peerMapRows(List.of(RelationshipType.builtIn("connection")),
                List.of(new KeyPanel.PersonSample(PersonKind.YOUNG_PERSON, false))));
        assertEquals(List.of("Key", "Connection", "Young person (code, age)"), texts(panel.shapes()));
    }

    @Test
    void minimalCaseKeyHasOneLineTypeAndOneShape() throws Exception {
        RenderFixtures.Prepared p = RenderFixtures.prepare(RenderFixtures.DIR.resolve("minimal.yaml"));
        List<String> page = texts(PeerMapRenderer.render(p.checked(), p.printed(), p.graph(), p.layout(), true)
                .scene().shapes());
        assertEquals(1, page.stream().filter(t -> t.equals("Connection")).count());
        assertEquals(0, page.stream().filter(t -> t.contains("Strong") || t.contains("Harm") || t.equals("Adult")
                || t.startsWith("Incident")).count(), page.toString());
    }
}
