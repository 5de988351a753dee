package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peermap watch} as a user runs it: one address printed, plain refusals, and Ctrl-C stops it cleanly. */
class WatchCommandTest {
    @TempDir
    Path folder;

    @Test
    void printsOneAddressAndStopsCleanlyWhenAskedTo() throws Exception {
        Path file = folder.resolve("case.yaml");
        Files.copy(Path.of("examples/minimal.yaml"), file);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "watch", file.toString())
                .redirectError(folder.resolve("err.txt").toFile()).redirectOutput(folder.resolve("out.txt").toFile())
                .start();
        try {
            String url = firstLine(folder.resolve("out.txt"), p);
            assertTrue(url != null && url.matches("http://127\\.0\\.0\\.1:[0-9]+/[A-Za-z0-9_-]{43}/"), url);
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<svg"));
            int port = URI.create(url).getPort();
            p.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the JVM runs its shutdown hooks
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "watch did not stop");
            String err = Files.readString(folder.resolve("err.txt"));
            assertTrue(err.contains("open the address above in a browser on this machine"), err);
            assertTrue(err.endsWith("peermap watch: stopped; the address no longer answers\n"), err);
            assertFalse(err.contains("Exception") || err.contains("\tat "), err);
            assertEquals(url + "\n", Files.readString(folder.resolve("out.txt")), "one address, nothing else on stdout");
            try (Socket s = new Socket()) {
                assertThrows(ConnectException.class, () -> s.connect(new InetSocketAddress("127.0.0.1", port), 2000));
            }
        } finally {
            p.destroyForcibly();
        }
    }

    private static String firstLine(Path file, Process p) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until && p.isAlive()) {
            String text = Files.readString(file);
            if (text.contains("\n")) {
                return text.substring(0, text.indexOf('\n'));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("watch printed no address");
    }

    @Test
    void aMissingFileIsSaidPlainly() {
        CliTest.Run r = CliTest.run("watch", folder.resolve("nosuch.yaml").toString());
        assertEquals(ExitCode.BAD_INPUT.status(), r.status());
        assertTrue(r.err().contains("nosuch.yaml: no such file (watch follows one case file)"), r.err());
    }

    @Test
    void aFolderIsSaidPlainly() {
        CliTest.Run r = CliTest.run("watch", folder.toString());
        assertEquals(ExitCode.BAD_INPUT.status(), r.status());
        assertTrue(r.err().contains("is a folder; name one case file in it"), r.err());
    }

    @Test
    void standardInputCannotBeWatched() {
        CliTest.Run r = CliTest.run("watch", "-");
        assertEquals(ExitCode.USAGE.status(), r.status());
        assertTrue(r.err().contains("watch follows a file as it is saved; name the case file"), r.err());
    }

    @Test
    void aPortOutOfRangeIsSaidInWords() {
        CliTest.Run r = CliTest.run("watch", "--port", "70000", "examples/minimal.yaml");
        assertEquals(ExitCode.USAGE.status(), r.status());
        assertTrue(r.err().contains("--port takes a port number from 1 to 65535, for example 8080"), r.err());
    }

    @Test
    void aPortInUseIsSaidInWords() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            CliTest.Run r = CliTest.run("watch", "--port", String.valueOf(taken.getLocalPort()),
                    "examples/minimal.yaml");
            assertEquals(ExitCode.USAGE.status(), r.status());
            assertTrue(r.err().contains("cannot serve on port " + taken.getLocalPort() + " of 127.0.0.1"), r.err());
            assertTrue(r.err().contains("leave out --port to take a free one"), r.err());
        }
    }
}
