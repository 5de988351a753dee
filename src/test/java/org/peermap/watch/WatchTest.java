package org.peermap.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermap.Engine;
import org.peermap.Peermap;
import org.peermap.RenderOptions;
import org.peermap.Renderer;

/** The live preview: where it listens, who may see it, and that a save, an error and a fix reach every page. */
class WatchTest {
    static final Renderer RENDERER = Peermap.renderer(Engine.AUTO, Duration.ofSeconds(60));
    /** Generous: the one-second promise is measured by bench/watch, not here. */
    static final long WAIT_MS = 20_000;

    static final String CASE = """
            peermap: 1
            title: Watched map
            reference: WT-0001
            people:
              ona:
                code: AB
                name: Ona Quillfeather
                age: 15
                focus: true
              bex:
                code: CD
                name: Bex Tarrowby
                age: 16
            relationships:
              - between: [ona, bex]
                type: strong
            """;

    @TempDir
    Path folder;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(open);
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private Path file() {
        return folder.resolve("case.yaml");
    }

    /** A preview of the case file, served and following saves. */
    private PreviewServer serve(String text) throws IOException {
        Files.writeString(file(), text);
        Preview preview = new Preview(file().toString(), RENDERER, options(), true);
        preview.refresh();
        PreviewServer server = PreviewServer.start(preview, 0);
        open.add(server);
        Watching watching = new Watching(preview, () -> {});
        open.add(watching);
        watching.start();
        return server;
    }

    private static RenderOptions options() {
        return new RenderOptions(java.util.Set.of(RenderOptions.Format.SVG), Optional.empty(), false, true);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The versions an event stream announces, as they come. */
    private BlockingQueue<Long> follow(PreviewServer server) throws Exception {
        BlockingQueue<Long> versions = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "events"))
                .build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, r.statusCode());
        assertEquals("text/event-stream; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        Thread t = new Thread(() -> {
            try {
                r.body().filter(l -> l.startsWith("data: ")).forEach(l -> versions.add(Long.parseLong(l.substring(6))));
            } catch (RuntimeException e) {
                // the stream ended
            }
        });
        t.setDaemon(true);
        t.start();
        open.add(() -> r.body().close());
        return versions;
    }

    private static long next(BlockingQueue<Long> versions, long after) throws InterruptedException {
        long until = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < until) {
            Long v = versions.poll(until - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
            if (v != null && v > after) {
                return v;
            }
        }
        throw new AssertionError("no newer version than " + after + " within " + WAIT_MS + " ms");
    }

    /** Saves the file as an editor that writes a new file and renames it over the old one does. */
    private void save(String text) throws IOException {
        Path temporary = folder.resolve(".case.yaml.swp");
        Files.writeString(temporary, text);
        Files.move(temporary, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        PreviewServer server = serve(CASE);
        InetSocketAddress bound = server.address();
        assertTrue(bound.getAddress().isLoopbackAddress(), "bound to " + bound.getAddress());
        assertTrue(server.url().startsWith("http://127.0.0.1:" + bound.getPort() + "/"), server.url());
        // every other address this machine has: nothing answers there
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(n.getInetAddresses())) {
                if (!a.isLoopbackAddress() && a instanceof Inet4Address) {
                    others.add(a);
                }
            }
        }
        for (InetAddress a : others) {
            try (Socket s = new Socket()) {
                assertThrows(ConnectException.class, () -> s.connect(new InetSocketAddress(a, bound.getPort()), 2000),
                        "the preview answered on " + a);
            }
        }
    }

    @Test
    void everyRequestWithoutTheTokenIsNotFound() throws Exception {
        PreviewServer server = serve(CASE);
        String root = "http://127.0.0.1:" + server.address().getPort() + "/";
        String token = server.url().substring(root.length(), server.url().length() - 1);
        assertTrue(token.length() >= 40, "token too short to be unguessable: " + token.length());
        for (String path : List.of("", "app.js", "events", "view", token, token + "x/", "x" + token + "/",
                token.substring(0, token.length() - 1) + "/", token.substring(1) + "/view")) {
            HttpResponse<String> r = get(root + path);
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.body().contains("svg"), path);
        }
        HttpResponse<String> page = get(server.url());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<svg"), "the page shows the maps inline");
        // a second preview has another token
        PreviewServer other = serve(CASE);
        assertFalse(other.url().substring(other.url().lastIndexOf(':')).contains(token));
    }

    @Test
    void aRequestNamingAnotherHostIsNotFound() throws Exception {
        PreviewServer server = serve(CASE);
        String path = URI.create(server.url()).getRawPath();
        assertEquals(200, raw(server, path, "127.0.0.1:" + server.address().getPort()));
        assertEquals(200, raw(server, path, "localhost:" + server.address().getPort()));
        // a page on another site that rebinds its name to 127.0.0.1 sends its own name
        assertEquals(404, raw(server, path, "attacker.example:" + server.address().getPort()));
        assertEquals(404, raw(server, path, "127.0.0.1"));
    }

    private static int raw(PreviewServer server, String path, String host) throws IOException {
        try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void onlyGetIsAnswered() throws Exception {
        PreviewServer server = serve(CASE);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url()))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
    }

    @Test
    void everythingThePageLoadsComesFromPeermapUnderAStrictPolicy() throws Exception {
        PreviewServer server = serve(CASE);
        for (String path : List.of("", "app.js", "app.css", "view")) {
            HttpResponse<String> r = get(server.url() + path);
            assertEquals(200, r.statusCode(), path);
            String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.startsWith("default-src 'none'; script-src 'self'"), path + ": " + policy);
            assertTrue(policy.contains("connect-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), path);
            // nothing names another site (the SVG's own namespace aside), and there is no inline script
            String body = r.body().replace("http://www.w3.org/2000/svg", "");
            assertFalse(body.contains("http://") || body.contains("https://") || body.contains("//cdn"), path);
            assertFalse(body.contains("<script>") || body.contains(" onload=") || body.contains(" onclick="), path);
        }
        assertTrue(get(server.url()).body().contains("<script src=\"app.js\" defer></script>"));
    }

    @Test
    void aSaveReachesThePage() throws Exception {
        PreviewServer server = serve(CASE);
        BlockingQueue<Long> versions = follow(server);
        long first = next(versions, 0);
        assertFalse(get(server.url() + "view").body().contains("Renamed map"));
        save(CASE.replace("title: Watched map", "title: Renamed map"));
        long second = next(versions, first);
        HttpResponse<String> view = get(server.url() + "view");
        assertEquals(String.valueOf(second), view.headers().firstValue("X-Peermap-Version").orElse(""));
        assertTrue(view.body().contains("Renamed map"), "the new title is drawn");
        assertTrue(view.body().contains("data-state=\"current\""));
        // a save in place (same size, same second) is seen too
        Files.writeString(file(), CASE.replace("title: Watched map", "title: Renamed maq"));
        next(versions, second);
        assertTrue(get(server.url() + "view").body().contains("Renamed maq"));
    }

    @Test
    void errorsAreListedAtTheirLineAboveTheLastMapThenAFixBringsItBack() throws Exception {
        PreviewServer server = serve(CASE);
        BlockingQueue<Long> versions = follow(server);
        long v = next(versions, 0);
        // line 9 of the file: age is not a number
        save(CASE.replace("    age: 15\n    focus", "    age: fifteen\n    focus"));
        v = next(versions, v);
        String stale = get(server.url() + "view").body();
        assertTrue(stale.contains("data-state=\"stale\""), stale.substring(0, 300));
        assertTrue(stale.contains("Not up to date"));
        int at = stale.indexOf("<code>" + file() + ":8:10</code> error: ");
        assertTrue(at > 0, stale.substring(0, Math.min(stale.length(), 800)));
        assertTrue(at < stale.indexOf("<svg"), "the errors come above the maps");
        assertTrue(stale.contains("class=\"pm-maps pm-old\""), "the last maps are kept, marked old");
        assertFalse(stale.contains("fifteen"), "no value from the file is quoted");
        save(CASE);
        next(versions, v);
        String fixed = get(server.url() + "view").body();
        assertTrue(fixed.contains("data-state=\"current\""));
        assertFalse(fixed.contains("pm-old") || fixed.contains("<code>"));
    }

    @Test
    void aFileThatNeverDrewSaysSo() throws Exception {
        PreviewServer server = serve("peermap: 1\ntitle: [\n");
        String page = get(server.url()).body();
        assertTrue(page.contains("data-state=\"none\""));
        assertTrue(page.contains("No map yet"));
        assertFalse(page.contains("<svg"));
    }

    @Test
    void twoPagesBothUpdate() throws Exception {
        PreviewServer server = serve(CASE);
        BlockingQueue<Long> one = follow(server);
        BlockingQueue<Long> two = follow(server);
        long a = next(one, 0);
        long b = next(two, 0);
        assertEquals(a, b);
        assertEquals(2, server.following());
        save(CASE.replace("age: 16", "age: 17"));
        assertEquals(next(one, a), next(two, b));
    }

    @Test
    void realNamesNeedShowNamesAsForRender() throws Exception {
        PreviewServer server = serve(CASE.replace("reference: WT-0001", "reference: WT-0001\nanonymise: none"));
        String page = get(server.url()).body();
        assertTrue(page.contains("--show-names"), "the page says why nothing is drawn");
        for (String word : List.of("Quillfeather", "Tarrowby", "ona", "bex")) {
            assertFalse(page.contains(word), word);
        }
    }

    @Test
    void aPartAddedLaterIsFollowed() throws Exception {
        Path part = folder.resolve("police.yaml");
        PreviewServer server = serve(CASE);
        BlockingQueue<Long> versions = follow(server);
        long v = next(versions, 0);
        Files.writeString(part, """
                peermap-part: 1
                agency: Police
                relationships:
                  - from: bex
                    to: ona
                    type: harm
                """);
        save(CASE + "parts: [police.yaml]\n");
        v = next(versions, v);
        String merged = get(server.url() + "view").body();
        assertTrue(merged.contains("data-state=\"current\""), merged.substring(0, Math.min(800, merged.length())));
        Files.writeString(part, Files.readString(part).replace("type: harm", "type: sometimes"));
        next(versions, v);
        assertTrue(get(server.url() + "view").body().contains("data-state=\"stale\""), "the part's error is shown");
    }
}
