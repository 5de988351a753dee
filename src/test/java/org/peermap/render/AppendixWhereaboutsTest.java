package org.peermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermap.anonymise.Anonymiser;
import org.peermap.anonymise.Printed;
import org.peermap.model.Case;
import org.peermap.model.Place;

/** The appendix's whereabouts section: one row per young person with whereabouts, places as printed. */
class AppendixWhereaboutsTest {

    private static String section(String md) {
        int start = md.indexOf(AppendixWhereabouts.HEADING);
        return start < 0 ? "" : md.substring(start, md.indexOf("\n\n## ", start) + 1);
    }

    @Test
    void stabbingsGivesEachYoungPersonWithWhereaboutsOneRowOfPrintedPlaces() throws Exception {
        Case c = IncidentCases.check("stabbings.yaml", Files.readAllBytes(Path.of("examples/stabbings.yaml")));
        Printed printed = Anonymiser.printed(c, c.anonymise());
        String md = new String(Appendix.write(c, printed, c.marking()), StandardCharsets.UTF_8);
        String section = section(md);
        List<String> rows = section.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Code")).toList();
        // kian, reuben, elliot, tayo and sami are young people with whereabouts; desmond is an adult
        assertEquals(5, rows.size(), section);
        assertTrue(md.indexOf(AppendixWhereabouts.HEADING) > md.indexOf("## People"), "after the people table");
        assertTrue(md.indexOf(AppendixWhereabouts.HEADING) < md.indexOf("## Relationships"), "before relationships");
        String kian = rows.stream().filter(r -> r.startsWith("| " + printed.person("kian"))).findFirst().orElseThrow();
        assertEquals("| " + printed.person("kian") + " (focus) | " + printed.place("harcastle") + " | "
                + printed.place("corriebank") + " |  |  |  |", kian);
        for (Place p : c.places()) {
            p.name().ifPresent(name -> assertFalse(section.contains(name), "a place's own name is not printed"));
        }
        assertFalse(section.contains(printed.person("desmond") + " |"), "adults are not listed");
    }
}
