package org.peermap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermap.anonymise.Anonymiser;
import org.peermap.anonymise.Printed;
import org.peermap.model.Case;

/**
 * A person's printed code stays theirs across versions of a case: pinned with {@code peermap codes}, then
 * a person added at the top, one removed, and the order shuffled.
 */
class StableCodesTest {
    static final String V1 = """
            peermap: 1
            title: Stability
            reference: STABLE-1
            people:
              amara:
                name: Amara Fictitious
                age: 15
              bilal: {name: Bilal Fictitious, age: 16}
              cerys:
                name: Cerys Fictitious
              dmitri: {name: Dmitri Fictitious}
            relationships:
              - between: [amara, bilal]
              - between: [cerys, dmitri]
              - between: [amara, cerys]
            """;

    static String pin(String yaml) {
        Pinning p = Peermap.pinCodes("case.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        return p.text().map(b -> new String(b, StandardCharsets.UTF_8)).orElse(yaml);
    }

    static Map<String, String> codes(String yaml) {
        Case c = Peermap.check("case.yaml", yaml.getBytes(StandardCharsets.UTF_8)).result().checked().orElseThrow();
        Printed printed = Anonymiser.printed(c, c.anonymise());
        Map<String, String> codes = new LinkedHashMap<>();
        c.people().forEach(p -> codes.put(p.id(), printed.person(p.id())));
        return codes;
    }

    @Test
    void pinningAddsOnlyCodeLinesInBlockAndFlowStyle() {
        String pinned = pin(V1);
        assertEquals(V1.lines().count() + 2, pinned.lines().count(), "two block persons get a line each");
        assertTrue(pinned.contains("  amara:\n    code: AB\n    name: Amara Fictitious\n"), pinned);
        assertTrue(pinned.contains("  bilal: {code: CD, name: Bilal Fictitious, age: 16}\n"), pinned);
        assertEquals(pinned, pin(pinned), "pinning again changes nothing");
    }

    @Test
    void codesSurviveAnAdditionARemovalAndAShuffle() {
        String v1 = pin(V1);
        Map<String, String> before = codes(v1);
        assertEquals(Map.of("amara", "AB", "bilal", "CD", "cerys", "EF", "dmitri", "GH"), before);

        String v2 = pin(v1.replace("people:\n", "people:\n  ezra: {name: Zeb Fictitious}\n")
                .replace("relationships:\n", "relationships:\n  - between: [ezra, amara]\n"));
        Map<String, String> added = codes(v2);
        before.forEach((id, code) -> assertEquals(code, added.get(id), id + " keeps its code after an addition"));
        assertEquals("IJ", added.get("ezra"), "a new person gets the next code, not a freed one");

        String v3 = pin(v2.replace("  bilal: {code: CD, name: Bilal Fictitious, age: 16}\n", "")
                .replace("  - between: [amara, bilal]\n", ""));
        Map<String, String> removed = codes(v3);
        added.forEach((id, code) -> {
            if (!id.equals("bilal")) {
                assertEquals(code, removed.get(id), id + " keeps its code after a removal");
            }
        });

        String v4 = v3.replace("  dmitri: {code: GH, name: Dmitri Fictitious}\n", "")
                .replace("people:\n", "people:\n  dmitri: {code: GH, name: Dmitri Fictitious}\n");
        Map<String, String> shuffled = codes(v4);
        assertEquals(removed, new java.util.TreeMap<>(shuffled).entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "order does not matter");
    }

    @Test
    void withoutPinningAnAdditionAtTheTopShiftsCodes() {
        Map<String, String> before = codes(V1);
        Map<String, String> after = codes(V1.replace("people:\n", "people:\n  ezra: {name: Zeb Fictitious}\n")
                .replace("relationships:\n", "relationships:\n  - between: [ezra, amara]\n"));
        assertEquals("AB", before.get("amara"));
        assertEquals("CD", after.get("amara"), "this is why render warns about unpinned codes");
    }
}
