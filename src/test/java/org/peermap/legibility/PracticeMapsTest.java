package org.peermap.legibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermap.cli.Main;

/**
 * Issue 14 on the maps: how each fact is known, protection and actions, on the case that uses every
 * extension ({@code check/ok-extensions.yaml}, invented names). Reported and unverified facts carry the "?"
 * mark, doubtful ones are left off the maps and listed in the appendix, the protective line reads as unlike
 * every other key sample in greyscale, and overdue actions and stale confirmations are judged against the
 * map's date ({@code prepared} or {@code --as-at}), never the clock.
 */
class PracticeMapsTest {
    static final Path CASE = Path.of("src/test/resources/check/ok-extensions.yaml");

    @TempDir
    Path out;

    @Test
    void reportedFactsAreMarkedDoubtedOnesLeftOffAndTheMapMeetsTheTargets() throws IOException {
        String err = render();
        String svg = Files.readString(out.resolve("CS-0014-peer-map.svg"), StandardCharsets.UTF_8);
        // the harm line (unverified) and the adult EF (reported); the direct and corroborated facts are not marked
        assertEquals(3, count(svg, "class=\"pm-known\""), "two on the map, one in the key");
        assertTrue(svg.contains("Reported or not yet checked"), "the key explains the mark");
        assertEquals(1, count(svg, "data-kind=\"whereabouts\""), "the safe club is drawn; the doubted home is not");
        assertTrue(svg.contains("Safe or protective place"), "the key names the safe place's symbol");
        assertTrue(svg.contains(">2 doubted facts are left off;"), "the key counts it");
        assertTrue(svg.contains("Protective or trusted"), "the protective line is in the key");
        Measures m = Legibility.measure(Files.readAllBytes(out.resolve("CS-0014-peer-map.svg")), Measures.Kind.PEER);
        String row = Legibility.row("practice", "", m);
        assertFalse(row.contains("MISS"), Legibility.header() + "\n" + row);
        assertEquals(0, m.keyLookAlikes(), "no two key samples look alike in greyscale");
        assertTrue(err.contains("0 errors"), err);

        String md = Files.readString(out.resolve("CS-0014-appendix.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("## Doubted (left off the maps)\n"), md);
        assertTrue(md.contains("- EF lives at Home 1"), md);
        assertTrue(md.contains("- Incident of 02/06/2024: Said to carry a knife"), md);
        assertTrue(md.contains("| 2 | 01/06/2024 |"), "the believed incidents are numbered 1 and 2, with no gap");
        assertFalse(md.contains("| 3 |"), md);
        String incidents = Files.readString(out.resolve("CS-0014-incident-map.svg"), StandardCharsets.UTF_8);
        assertEquals(3, count(incidents, "class=\"pm-known\""), "the reported incident's mark, the reported adult's"
                + " (in an incident), and the key's");
        assertTrue(svg.contains(">high risk \u00b7 GH<"), "AB's risk level and worker, in plain type in AB's shape");
        assertTrue(svg.contains(">Risk level and workers<"), "the key explains the line");
        assertFalse(incidents.contains("knife"), "the doubted incident is not on the incident map");
        assertTrue(svg.contains(">(reported)<"), "the peer map's list says how it is known");
        assertTrue(md.contains("## Strengths and protective factors"), md);
        assertTrue(md.contains("| AB | plays football at Youth club 1 twice a week |"), "{club} printed as its code");
        assertTrue(md.contains("| Youth club 1 | a safe place |"), md);
        assertTrue(md.contains("Next review: 15/07/2024"), md);
        assertTrue(md.contains("| Risks | Risk level | Workers |"), md);
        assertTrue(md.contains("| high | GH |"), "AB's agreed risk level and worker, in codes");
        assertTrue(md.contains("| Checks on EF | Police | 01/06/2024 | OVERDUE (open) | EF |"),
                "open and due before the prepared date 10/06/2024");
        assertTrue(md.contains("| Visit to the parents | GH | 06/2024 | done |"), "done is never overdue");
        assertTrue(md.contains("| AB - CD (Protective or trusted) | School | corroborated"), md);
        assertTrue(md.contains("| 01/03/2024 |"), "confirmed three months before: not flagged");
        assertFalse(md.contains("Jordan") || md.contains("Vexmoor") || md.contains("Fennick"), "no name printed");
    }

    @Test
    void asAtALaterDateActionsAndConfirmationsAreJudgedThen() throws IOException {
        render("--as-at", "2025-01-01");
        String md = Files.readString(out.resolve("CS-0014-appendix.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("not confirmed since 01/03/2024"), "over six months before the as-at date");
        assertTrue(md.contains("not confirmed since 03/05/2024"), md);
        assertTrue(md.contains("| Visit to the parents | GH | 06/2024 | done |"), md);
        assertTrue(md.contains("1 action is overdue: open, with a date before the map's date (01/01/2025)"), md);
    }

    private String render(String... options) {
        List<String> args = new ArrayList<>(List.of("render", "-f", "svg", "--places", "--engine",
                "embedded", "-o", out.toString()));
        args.addAll(List.of(options));
        args.add(CASE.toString());
        StringWriter err = new StringWriter();
        int status = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(err), false);
        assertEquals(0, status, err.toString());
        return err.toString();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }
}
