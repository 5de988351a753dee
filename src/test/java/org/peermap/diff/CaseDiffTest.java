package org.peermap.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermap.Peermap;
import org.peermap.anonymise.Anonymiser;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Case;

/** Each kind of change between two versions of a case, in printed words. */
class CaseDiffTest {
    static final String BASE = """
            peermap: 1
            title: Peer map
            reference: CS-0201
            prepared: 2024-05-01
            people:
              jordan: {code: AB, name: Jordan Vexmoor, age: 15, focus: true, risk: medium}
              alex: {code: CD, name: Alex Quarrington, age: 16}
              sam: {code: EF, name: Sam Ottery, age: 14}
              op: {code: GH, name: Rolf Tanquary, kind: adult}
            places:
              park: {name: Linnet Green, kind: park}
            relationships:
              - between: [jordan, alex]
              - between: [alex, sam]
                type: tenuous
              - from: op
                to: jordan
                type: harm
                source: Police
                known: unverified
            whereabouts:
              - {person: jordan, place: park}
            incidents:
              fight:
                what: Fight
                date: 2024-04-02
                place: park
                involved: [jordan, alex]
            actions:
              - what: "Checks on {op}"
                who: Police
                by: 2024-05-20
            narrative: |
              {jordan} and {alex} are friends.
            """;

    static Case parse(String yaml) {
        Peermap.Checked checked = Peermap.check("case.yaml", yaml.getBytes(StandardCharsets.UTF_8), false);
        assertFalse(checked.result().hasErrors(), checked.result().diagnostics().toString());
        return checked.result().checked().orElseThrow();
    }

    static Changes diff(String before, String after) {
        Case old = parse(before);
        Case now = parse(after);
        return CaseDiff.of(old, now, Anonymiser.printed(old, AnonymiseMode.LETTERS),
                Anonymiser.printed(now, AnonymiseMode.LETTERS));
    }

    static List<String> lines(Changes changes, String section) {
        return changes.sections().stream().filter(s -> s.title().equals(section)).findFirst()
                .map(Changes.Section::lines).orElse(List.of());
    }

    @Test
    void theSameVersionHasNoChanges() {
        Changes c = diff(BASE, BASE);
        assertTrue(c.none());
        assertEquals("no change", c.summary());
    }

    @Test
    void peopleAddedRemovedAndChanged() {
        String after = BASE.replace("  sam: {code: EF, name: Sam Ottery, age: 14}\n", "")
                .replace("  - between: [alex, sam]\n    type: tenuous\n", "")
                .replace("focus: true, risk: medium}", "focus: true, risk: high}")
                .replace("  op: {code: GH", "  kai: {code: IJ, name: Kai Pellingham, age: 13}\n  op: {code: GH");
        Changes c = diff(BASE, after);
        assertEquals(List.of("Changed: AB: risk level high (was medium)", "Added: IJ, 13 (young person)",
                "Removed: EF, 14 (young person)"), lines(c, "People"));
        assertEquals(List.of("Removed: CD - EF (Tenuous or untested connection)"), lines(c, "Relationships"));
        assertEquals("1 person added", c.summary());
    }

    @Test
    void relationshipsAddedRemovedAndChangedInTypeAndHowKnown() {
        String after = BASE.replace("  - between: [jordan, alex]\n", "  - between: [jordan, alex]\n    type: strong\n")
                .replace("    known: unverified\n", "    known: corroborated\n")
                .replace("whereabouts:", "  - between: [jordan, sam]\nwhereabouts:");
        List<String> lines = lines(diff(BASE, after), "Relationships");
        assertEquals(List.of("Added: AB - EF (Connection)", "Changed: AB - CD: Strong connection (was Connection)",
                "Changed: GH -> AB (Harm or exploitation (arrow shows direction of harm)): now corroborated (was"
                        + " unverified)"), lines, "added first, then changed, then removed");
    }

    @Test
    void incidentsAddedRemovedAndChanged() {
        String after = BASE.replace("    date: 2024-04-02\n", "    date: 2024-04-03\n")
                .replace("involved: [jordan, alex]", "involved: [jordan, sam]")
                .replace("actions:", "  missing:\n    what: Missing episode\n    date: 2024-04-20\n    involved:"
                        + " [sam]\nactions:");
        Changes c = diff(BASE, after);
        assertEquals(List.of("Changed: incident 1 (03/04/2024): date 03/04/2024 (was 02/04/2024); also involved EF;"
                + " no longer involved CD", "Added: incident 2 (20/04/2024): Missing episode - involved EF"),
                lines(c, "Incidents"));
        assertEquals("1 incident added", c.summary());
        Changes back = diff(after, BASE);
        assertTrue(lines(back, "Incidents").contains("Removed: incident 2 of the old version (20/04/2024): Missing"
                + " episode"), lines(back, "Incidents").toString());
    }

    @Test
    void whereaboutsPlacesActionsReviewAndNarrative() {
        String after = BASE.replace("  - {person: jordan, place: park}\n", "  - {person: alex, place: park}\n")
                .replace("park: {name: Linnet Green, kind: park}", "park: {name: Linnet Green, kind: park, safe: true}")
                .replace("    by: 2024-05-20\n", "    by: 2024-05-20\n    status: done\n  - what: Home visit\n"
                        + "    who: Social care\n    by: 2024-06\n")
                .replace("narrative: |\n  {jordan} and {alex} are friends.", "review: 2024-06-10\nnarrative: |\n"
                        + "  {jordan} and {alex} were friends.");
        Changes c = diff(BASE, after);
        assertEquals(List.of("Added: CD spends time at Park 1", "Removed: AB spends time at Park 1"),
                lines(c, "Whereabouts"));
        assertEquals(List.of("Changed: Park 1: now a safe place"), lines(c, "Places"));
        assertEquals(List.of("Closed (done): Checks on GH (Police), by 20/05/2024",
                "Added: Home visit (Social care), by 06/2024"), lines(c, "Actions"));
        assertEquals(List.of("Next review: 10/06/2024 (was none)"), lines(c, "Review"));
        assertEquals("AB and CD were friends.", c.narrative().orElseThrow().strip(), "printed in codes");
    }

    @Test
    void keptPeopleWhoseUnpinnedCodesDifferAreNamedAndTheNewCodesUsed() {
        String before = BASE.replace("code: AB, ", "").replace("code: CD, ", "").replace("code: EF, ", "")
                .replace("code: GH, ", "");
        String after = before.replace("  jordan:", "  kai: {name: Kai Pellingham}\n  jordan:")
                .replace("whereabouts:", "  - between: [kai, jordan]\nwhereabouts:");
        Changes c = diff(before, after);
        assertFalse(c.recoded().isEmpty());
        assertTrue(c.recoded().contains("AB is now CD"), c.recoded().toString());
        assertTrue(lines(c, "People").contains("Added: AB (young person)"), lines(c, "People").toString());
    }
}
