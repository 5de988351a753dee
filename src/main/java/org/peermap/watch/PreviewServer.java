package org.peermap.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a {@link Preview} on this machine's loopback address only, under a path with an unguessable token: any
 * request without it, or naming another host, gets 404. Everything the page loads comes from here (a strict
 * Content-Security-Policy allows nothing else), nothing is cached, and the token never leaves in a Referer.
 *
 * <p>Routes, under {@code /TOKEN/}: the page; {@code app.js} and {@code app.css}; {@code view}, the content now;
 * {@code events}, a server-sent event stream that says the content's version whenever it changes.
 */
public final class PreviewServer implements AutoCloseable {
    /** The most pages that may follow the preview at once (each holds an event stream open). */
    static final int MOST_PAGES = 16;
    static final long HEARTBEAT_MS = 10_000;
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final Preview preview;
    private final HttpServer server;
    private final String token;
    private final ExecutorService threads;
    private final Semaphore streams = new Semaphore(MOST_PAGES);
    private final AtomicInteger following = new AtomicInteger();

    private PreviewServer(Preview preview, HttpServer server, String token, ExecutorService threads) {
        this.preview = preview;
        this.server = server;
        this.token = token;
        this.threads = threads;
    }

    /**
     * Starts serving on 127.0.0.1 at {@code port}, or at a free port when it is 0.
     *
     * @throws IOException when the port cannot be had (in use, or not allowed)
     */
    public static PreviewServer start(Preview preview, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 32);
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "peermap-watch-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        PreviewServer out = new PreviewServer(preview, server, Base64.getUrlEncoder().withoutPadding()
                .encodeToString(random), threads);
        server.createContext("/", out::handle);
        server.start();
        return out;
    }

    /** Where the server listens. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The page's address, token included: the one URL to open. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + token + "/";
    }

    /** How many pages follow the preview now. */
    public int following() {
        return following.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
            String path = exchange.getRequestURI().getRawPath();
            String prefix = "/" + token + "/";
            boolean tokenOk = path != null && path.length() >= prefix.length() && MessageDigest.isEqual(
                    path.substring(0, prefix.length()).getBytes(StandardCharsets.UTF_8),
                    prefix.getBytes(StandardCharsets.UTF_8));
            if (!tokenOk || !hostOk(exchange.getRequestHeaders().getFirst("Host"))) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "only GET\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            switch (path.substring(prefix.length())) {
                case "" -> {
                    Preview.State state = preview.state();
                    send(exchange, 200, "text/html; charset=utf-8", PreviewPage.page("peermap watch", state.fragment(),
                            state.version()));
                }
                case "app.js" -> send(exchange, 200, "text/javascript; charset=utf-8", resource("app.js"));
                case "app.css" -> send(exchange, 200, "text/css; charset=utf-8", resource("app.css"));
                case "view" -> {
                    Preview.State state = preview.state();
                    exchange.getResponseHeaders().set("X-Peermap-Version", String.valueOf(state.version()));
                    send(exchange, 200, "text/html; charset=utf-8", state.fragment().getBytes(StandardCharsets.UTF_8));
                }
                case "events" -> events(exchange);
                default -> send(exchange, 404, "text/plain; charset=utf-8",
                        "not found\n".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the page went away mid-answer
        }
    }

    /** Only this machine's own names for itself: a page on another site cannot reach here by DNS rebinding. */
    private boolean hostOk(String host) {
        int port = server.getAddress().getPort();
        return host != null && (host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port));
    }

    private void events(HttpExchange exchange) throws IOException {
        if (!streams.tryAcquire()) {
            send(exchange, 503, "text/plain; charset=utf-8", ("at most " + MOST_PAGES + " pages may follow the"
                    + " preview\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        following.incrementAndGet();
        try {
            headers(exchange, "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            long seen = preview.state().version();
            out.write(("retry: 500\ndata: " + seen + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                Optional<Preview.State> next = preview.awaitNewer(seen, HEARTBEAT_MS);
                if (next.isEmpty()) {
                    return;
                }
                if (next.get().version() > seen) {
                    seen = next.get().version();
                    out.write(("data: " + seen + "\n\n").getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            following.decrementAndGet();
            streams.release();
        }
    }

    private static void headers(HttpExchange exchange, String type) {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Content-Security-Policy", POLICY);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        h.set("X-Frame-Options", "DENY");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        headers(exchange, type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    /** Stops serving: the pages' event streams end, then the port is let go. */
    @Override
    public void close() {
        preview.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
