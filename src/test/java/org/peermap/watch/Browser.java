package org.peermap.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over its DevTools protocol, with nothing but the JDK: enough to open a page, run a line of
 * script in it and see every request and console message the page makes. For tests.
 */
final class Browser implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://127\\.0\\.0\\.1:([0-9]+)/\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> answers = new ConcurrentHashMap<>();
    /** The address of every request the page made. */
    final List<String> requests = new CopyOnWriteArrayList<>();
    /** Every message the page's console or the browser's log showed (CSP refusals among them). */
    final List<String> messages = new CopyOnWriteArrayList<>();

    /** Where Chromium is, if it is installed: $CHROMIUM, else chromium or chromium-browser on the PATH. */
    static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        String named = System.getenv("CHROMIUM");
        if (named != null && !named.isBlank()) {
            candidates.add(Path.of(named));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            candidates.add(Path.of(dir, "chromium"));
            candidates.add(Path.of(dir, "chromium-browser"));
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private Browser(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts Chromium with an empty page and connects to that page. */
    static Browser start(Path chromium) throws Exception {
        Path profile = Files.createTempDirectory("peermap-chromium-");
        // the flags that keep it from reaching out: no background networking, no updates, no sync
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--window-size=1280,900", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        String port = null;
        long until = System.currentTimeMillis() + 30_000;
        for (String line; port == null && System.currentTimeMillis() < until && (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                port = m.group(2);
            }
        }
        if (port == null) {
            p.destroyForcibly();
            throw new IOException("Chromium did not start its DevTools");
        }
        Thread drain = new Thread(() -> {
            try {
                err.transferTo(java.io.Writer.nullWriter());
            } catch (IOException e) {
                // it stopped
            }
        });
        drain.setDaemon(true);
        drain.start();
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher page = Pattern.compile("\"type\": \"page\",\\s*\"url\": \"about:blank\",\\s*\"webSocketDebuggerUrl\":"
                + " \"([^\"]+)\"").matcher(list);
        if (!page.find()) {
            p.destroyForcibly();
            throw new IOException("Chromium has no blank page: " + list);
        }
        Browser[] self = new Browser[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page.group(1)), new WebSocket.Listener() {
            private final StringBuilder part = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                part.append(data);
                if (last) {
                    String message = part.toString();
                    part.setLength(0);
                    while (self[0] == null) {
                        Thread.onSpinWait();
                    }
                    self[0].received(message);
                }
                ws.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        self[0] = new Browser(p, profile, socket);
        self[0].call("Network.enable", "{}");
        self[0].call("Log.enable", "{}");
        self[0].call("Runtime.enable", "{}");
        self[0].call("Page.enable", "{}");
        return self[0];
    }

    private void received(String message) {
        Matcher id = Pattern.compile("^\\{\"id\":([0-9]+),").matcher(message);
        if (id.find()) {
            CompletableFuture<String> f = answers.remove(Integer.parseInt(id.group(1)));
            if (f != null) {
                f.complete(message);
            }
            return;
        }
        if (message.contains("\"method\":\"Network.requestWillBeSent\"")) {
            Matcher url = Pattern.compile("\"request\":\\{\"url\":\"([^\"]*)\"").matcher(message);
            if (url.find()) {
                requests.add(url.group(1));
            }
        } else if (message.contains("\"method\":\"Log.entryAdded\"")
                || message.contains("\"method\":\"Runtime.consoleAPICalled\"")
                || message.contains("\"method\":\"Runtime.exceptionThrown\"")) {
            messages.add(message);
        }
    }

    /** Sends one DevTools command and returns its answer, as JSON text. */
    String call(String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        answers.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                .get(30, TimeUnit.SECONDS);
        return answer.get(60, TimeUnit.SECONDS);
    }

    /** Opens an address in the page. */
    void open(String url) throws Exception {
        call("Page.navigate", "{\"url\":\"" + url + "\"}");
    }

    /** The value of a line of script that gives a string (or a number, or true or false), as text. */
    String eval(String script) throws Exception {
        String answer = call("Runtime.evaluate", "{\"expression\":" + quote(script) + ",\"returnByValue\":true}");
        Matcher m = Pattern.compile("\"result\":\\{\"type\":\"(string|number|boolean)\",(?:\"description\":\"[^\"]*\",)?"
                + "\"value\":(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}]+)").matcher(answer);
        if (!m.find()) {
            return "<" + answer + ">";
        }
        String v = m.group(2);
        return v.startsWith("\"") ? unquote(v.substring(1, v.length() - 1)) : v;
    }

    /**
     * Waits until a line of script is true, at most {@code millis} ms.
     *
     * @return whether it became true
     */
    boolean until(String script, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (eval("Boolean(" + script + ")").equals("true")) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** A PNG of what the page shows now. */
    byte[] screenshot() throws Exception {
        String answer = call("Page.captureScreenshot", "{\"format\":\"png\"}");
        Matcher m = Pattern.compile("\"data\":\"([^\"]+)\"").matcher(answer);
        if (!m.find()) {
            throw new IOException("no screenshot");
        }
        return java.util.Base64.getDecoder().decode(m.group(1));
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String unquote(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
