package org.peermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peermap.Engine;
import org.peermap.Peermap;
import org.peermap.RenderOptions;
import org.peermap.Rendered;
import org.peermap.Renderer;
import org.peermap.model.Case;
import org.peermap.model.Paper;
import org.peermap.render.scene.Scene;

/**
 * A case with more incidents than the peer map page can list keeps its paper: the list beside the key
 * shows the first incidents and says how many more the appendix's Chronology has (it once made the page
 * as tall as the list: 500 incidents, over four metres). Six people in 90 incidents: their badges stop at
 * two rows with a "+N" box (they were drawn 19 inches wide), and there is no page per incident (90 pages
 * took over two minutes).
 */
class LongIncidentListTest {
    private static final Renderer RENDERER = Peermap.renderer(Engine.AUTO, Duration.ofSeconds(120));

    @Test
    void aLongListIsCutToThePageAndSaysHowManyMore() {
        int incidents = 90;
        Rendered r = RENDERER.render(check(caseOf(6, incidents)), new RenderOptions(EnumSet.of(
                RenderOptions.Format.SVG), Optional.empty(), false, true));
        assertTrue(r.refusal().isEmpty(), r.refusal().toString());
        Scene peer = r.pages().get(0);
        assertEquals(Paper.A4.width(), peer.width(), 0.01, "the page keeps A4's width");
        assertEquals(Paper.A4.height(), peer.height(), 0.01, "the page keeps A4's height");
        String svg = new String(r.files().stream().filter(f -> f.name().endsWith("-peer-map.svg")).findFirst()
                .orElseThrow().bytes(), StandardCharsets.UTF_8);
        int listed = count(svg, "class=\"pm-incident\" ");
        Matcher more = Pattern.compile(">and (\\d+) more \\(see the Chronology").matcher(svg);
        assertTrue(more.find(), "the list says how many more");
        assertTrue(listed >= 20 && listed < incidents, listed + " incidents listed");
        assertEquals(incidents - listed, Integer.parseInt(more.group(1)), "listed and more add up to all");
        assertTrue(svg.contains("data-more=\"" + (incidents - listed) + "\""), "the structured SVG says so too");
        String appendix = new String(r.files().stream().filter(f -> f.name().endsWith("-appendix.md")).findFirst()
                .orElseThrow().bytes(), StandardCharsets.UTF_8);
        assertTrue(appendix.contains("| " + incidents + " |"), "the Chronology lists every incident");
        assertTrue(r.files().stream().noneMatch(f -> f.name().contains("peer-map-incident-")),
                "past 24 incidents, no page per incident: --incident N draws one");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("--incident N draws any one of them")),
                r.warnings().toString());
        assertTrue(svg.contains("data-more=\"") && svg.contains(">+"), "people in many incidents show a +N box");
    }

    @Test
    void aListThatFitsIsShownWhole() {
        Rendered r = RENDERER.render(check(caseOf(6, 8)), new RenderOptions(EnumSet.of(RenderOptions.Format.SVG),
                Optional.empty(), false, true));
        String svg = new String(r.files().stream().filter(f -> f.name().endsWith("-peer-map.svg")).findFirst()
                .orElseThrow().bytes(), StandardCharsets.UTF_8);
        assertEquals(8, count(svg, "class=\"pm-incident\" "));
        assertTrue(!svg.contains("more (see the Chronology"), "nothing is cut");
    }

    private static Case check(String yaml) {
        return IncidentCases.check("long-list.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    /** Invented people in a ring, and incidents of two or three of them, one every few days of 2020. */
    private static String caseOf(int people, int incidents) {
        List<String> names = List.of("Arlo Fenwick", "Bex Thornbury", "Cass Morrow", "Dell Harrowby", "Emrys Pike",
                "Fen Oakridge");
        StringBuilder y = new StringBuilder("peermap: 1\ntitle: Many incidents\nreference: LONG-0001\n"
                + "people:\n");
        for (int i = 0; i < people; i++) {
            y.append("  p").append(i).append(":\n    name: ").append(names.get(i)).append(i == 0 ? "\n    focus: true\n" : "\n");
        }
        y.append("relationships:\n");
        for (int i = 0; i < people; i++) {
            y.append("  - between: [p").append(i).append(", p").append((i + 1) % people).append("]\n");
        }
        y.append("incidents:\n");
        for (int k = 0; k < incidents; k++) {
            int day = 1 + (k * 4) % 360;
            java.time.LocalDate date = java.time.LocalDate.of(2020, 1, 1).plusDays(day + k / 90 * 365L);
            y.append("  i").append(k).append(":\n    what: ").append(k % 3 == 0 ? "Missing episode"
                    : k % 3 == 1 ? "Seen together late at night" : "Stop and search").append("\n    date: ")
                    .append(date).append("\n    involved: [p").append(k % people).append(", p")
                    .append((k + 1) % people).append(k % 2 == 0 ? ", p" + (k + 3) % people : "").append("]\n");
        }
        return y.toString();
    }
}
