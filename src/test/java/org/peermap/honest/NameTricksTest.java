package org.peermap.honest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermap.Engine;
import org.peermap.Peermap;
import org.peermap.Renderer;

/**
 * Issue 11's regression corpus as a pipeline fuzz target ({@link NameTricks}): every trick in every printed
 * field is refused by {@code check} on its line, or renders with no canary in any output; honest words render.
 */
class NameTricksTest {
    private static final Renderer RENDERER = Peermap.renderer(Engine.AUTO, java.time.Duration.ofSeconds(60));

    @Test
    void everyTrickInEveryFieldIsRefusedAtItsLineOrPrintsNoName() {
        List<String> failures = new ArrayList<>();
        for (NameTricks.Trick trick : NameTricks.Trick.values()) {
            for (NameTricks.Field field : NameTricks.Field.values()) {
                java.util.Random r = new java.util.Random(trick.ordinal() * 31L + field.ordinal());
                String canary = field.ordinal() % 2 == 0 ? "Quillon" : "Kaz";
                NameTricks.Sample s = NameTricks.of(trick, field, "seen with " + trick.disguise.apply(canary, r));
                NameTricks.Outcome o = NameTricks.run(s, RENDERER);
                if (o == NameTricks.Outcome.RENDERED_CLEAN && (trick == NameTricks.Trick.ENTITIES
                        || trick == NameTricks.Trick.HONEST || field == NameTricks.Field.NARRATIVE)) {
                    o = NameTricks.pack(s, Engine.AUTO); // what Markdown and HTML would decode
                }
                if (o != NameTricks.Outcome.REFUSED_AT_ITS_LINE && o != NameTricks.Outcome.RENDERED_CLEAN) {
                    failures.add(trick + " in " + field + " -> " + o + ": " + NameTricks.diagnostics(s));
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void seededSamplesOfTricksNamesAndFields() {
        List<String> failures = new ArrayList<>();
        Map<NameTricks.Trick, Map<NameTricks.Outcome, Integer>> counts = NameTricks.tally(0, 200, RENDERER, failures);
        assertEquals(List.of(), failures);
        assertTrue(counts.size() > 10, "most tricks were tried: " + counts.keySet());
    }

    @Test
    void theLeakTestItselfFindsDisguisedCanaries() {
        assertTrue(NameTricks.leaks("seen with QUILLON"));
        assertTrue(NameTricks.leaks("seen with Quil\u200Blon"));
        assertTrue(NameTricks.leaks("seen with \uFF31\uFF55\uFF49llon"));
        assertTrue(!NameTricks.leaks("seen with AB, code CD, aged 15"));
        assertTrue(!NameTricks.leaks("Ve&#x78;moor"), "an entity printed as written is not the letter");
    }
}
