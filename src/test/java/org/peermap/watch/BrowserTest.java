package org.peermap.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting-room promise in a real browser (headless Chromium, installed by .ci/run): open the page, save a change,
 * see the map change with the reader's zoom kept; save an error, see the message at its line above the old map; fix
 * it, see the map again. Every request the page makes goes back to peermap, and the page's policy refuses nothing
 * of its own.
 */
class BrowserTest {
    private static final long WAIT_MS = 20_000;

    @TempDir
    Path folder;

    @Test
    void thePageFollowsSavesErrorsAndFixes() throws Exception {
        Optional<Path> chromium = Browser.find();
        Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed (apt-get install chromium, or set"
                + " CHROMIUM to its path): the browser test of peermap watch is skipped");
        Path file = folder.resolve("case.yaml");
        Files.writeString(file, WatchTest.CASE);
        Preview preview = new Preview(file.toString(), WatchTest.RENDERER, new org.peermap.RenderOptions(
                java.util.Set.of(org.peermap.RenderOptions.Format.SVG), Optional.empty(), false, true), true);
        preview.refresh();
        try (PreviewServer server = PreviewServer.start(preview, 0);
                Watching watching = new Watching(preview, () -> {});
                Browser browser = Browser.start(chromium.get())) {
            watching.start();
            browser.open(server.url());
            assertTrue(browser.until("document.querySelector('#pm-status[data-state=current]')"
                    + " && document.querySelector('figure.pm-map svg')", WAIT_MS), "the page shows the map");
            assertTrue(browser.until("document.getElementById('pm-live').textContent === 'live'", WAIT_MS),
                    "the page follows the preview: " + browser.eval("document.getElementById('pm-live').textContent"));
            assertEquals("Peer map", browser.eval("document.querySelector('figure.pm-map figcaption').textContent"));
            // the reader zooms in on the peer map
            browser.eval("document.querySelector('figure.pm-map .pm-tools button').click(), ''");
            String zoomed = browser.eval("document.querySelector('figure.pm-map .pm-zoom').style.transform");
            assertTrue(zoomed.contains("scale(1.25)"), zoomed);

            save(folder, file, WatchTest.CASE.replace("title: Watched map", "title: Renamed map"));
            assertTrue(browser.until("document.getElementById('pm-content').textContent.includes('Renamed map')",
                    WAIT_MS), "the saved change is drawn");
            assertEquals(zoomed, browser.eval("document.querySelector('figure.pm-map .pm-zoom').style.transform"),
                    "the reader's zoom is kept");

            save(folder, file, WatchTest.CASE.replace("    age: 15\n", "    age: fifteen\n"));
            assertTrue(browser.until("document.querySelector('#pm-status[data-state=stale]')", WAIT_MS),
                    "the page says it is not up to date");
            assertEquals(file + ":8:10", browser.eval("document.querySelector('.pm-problems li code').textContent"));
            assertTrue(browser.eval("document.querySelector('.pm-problems li').textContent").startsWith(file
                    + ":8:10 error: "));
            assertEquals("true", browser.eval("Boolean(document.querySelector('.pm-maps.pm-old figure.pm-map svg'))"),
                    "the last map stays, marked old");
            assertEquals(" (not up to date)", browser.eval("getComputedStyle(document.querySelector("
                    + "'.pm-old figure.pm-map figcaption'), '::after').content").replace("\"", ""));

            save(folder, file, WatchTest.CASE.replace("title: Watched map", "title: Fixed map"));
            assertTrue(browser.until("document.querySelector('#pm-status[data-state=current]')"
                    + " && document.getElementById('pm-content').textContent.includes('Fixed map')", WAIT_MS),
                    "the fixed file is drawn again");
            assertEquals("false", browser.eval("Boolean(document.querySelector('.pm-problems, .pm-old'))"));
            Files.write(folder.resolve("page.png"), browser.screenshot());

            String origin = server.url().substring(0, server.url().indexOf('/', "http://".length()));
            List<String> elsewhere = browser.requests.stream().filter(u -> !u.startsWith(origin + "/")).toList();
            assertEquals(List.of(), elsewhere, "requests that left peermap");
            List<String> refused = browser.messages.stream().filter(m -> m.contains("Content Security Policy")
                    || m.contains("\"level\":\"error\"") || m.contains("exceptionThrown")).toList();
            assertEquals(List.of(), refused, "the page's own console");
        }
    }

    private static void save(Path folder, Path file, String text) throws Exception {
        Path temporary = folder.resolve(".case.yaml.tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
