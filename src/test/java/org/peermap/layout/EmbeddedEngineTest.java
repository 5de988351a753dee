package org.peermap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Graphviz: WebAssembly in pure Java, with no native library, deterministic and bounded. */
class EmbeddedEngineTest {
    private static final Duration MINUTE = Duration.ofSeconds(60);

    private static String dot(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/layout", name), StandardCharsets.UTF_8);
    }

    /**
     * Draws an example in a new JVM whose class path has no native library at all (the test-only fuzzer's jar, the
     * one that carries any, is left out) and no Graphviz on the PATH: the embedded engine alone.
     */
    @Test
    void rendersWithNoNativeLibraryOnTheClassPathAndNoGraphviz(@TempDir Path dir) throws Exception {
        List<String> kept = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            (natives(Path.of(entry)).isEmpty() ? kept : left).add(entry);
        }
        assertTrue(left.stream().allMatch(e -> e.contains("jazzer")), "only the test-only fuzzer carries a native"
                + " library: " + left);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                String.join(File.pathSeparator, kept), "org.peermap.cli.Main", "render", "--engine", "embedded",
                "-f", "svg,png", "-o", dir.resolve("out").toString(), "examples/minimal.yaml");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", dir.resolve("no-graphviz").toString());
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), output);
        assertEquals(0, p.exitValue(), output);
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith("peer-map.png")), output);
        }
    }

    private static List<String> natives(Path p) throws Exception {
        List<String> found = new ArrayList<>();
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.walk(p)) {
                files.map(Path::toString).filter(EmbeddedEngineTest::isNative).forEach(found::add);
            }
        } else if (Files.isRegularFile(p)) {
            try (JarFile jar = new JarFile(p.toFile())) {
                jar.stream().map(e -> e.getName()).filter(EmbeddedEngineTest::isNative).forEach(found::add);
            }
        }
        return found;
    }

    private static boolean isNative(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib") || n.endsWith(".jnilib");
    }

    @Test
    void laysOutStabbingsAsGraphviz16DoesAndTheSameBytesEveryTimeFromAnyThread() throws Exception {
        EmbeddedEngine engine = EmbeddedEngine.shared();
        String first = engine.plain(dot("stabbings.dot"), MINUTE);
        assertTrue(first.startsWith("graph 1 "), first);
        long nodes = dot("stabbings.dot").lines().filter(l -> l.matches("\\s*[a-z]+\\d+ \\[.*")).count();
        assertEquals(nodes, first.lines().filter(l -> l.startsWith("node ")).count(), first);
        assertTrue(first.lines().anyMatch(l -> l.startsWith("edge n")), first);
        assertTrue(first.strip().endsWith("stop"), first);
        String again = engine.plain(dot("stabbings.dot"), MINUTE);
        String elsewhere = CompletableFuture.supplyAsync(() -> {
            try {
                return engine.plain(dot("stabbings.dot"), MINUTE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get();
        List<CompletableFuture<String>> atOnce = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            atOnce.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return engine.plain(dot(n % 2 == 0 ? "stabbings.dot" : "routed-150.dot"), MINUTE);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        assertEquals(first, atOnce.get(0).get(), "layouts at once do not disturb each other");
        assertEquals(first, atOnce.get(2).get());
        assertEquals(atOnce.get(1).get(), atOnce.get(3).get());
        assertEquals(first, again, "a second layout in the same process is the same");
        assertEquals(first, elsewhere, "a layout from another thread is the same");
    }

    @Test
    void everyImportOfTheModuleIsAnsweredByTheHost() {
        var module = GraphvizWasm.load();
        assertEquals(WasmHost.IMPORTS.size(), module.importSection().importCount());
        new WasmHost().imports(module); // throws if one is missing
    }

    @Test
    void aLayoutPastItsTimeIsStoppedAndTheNextOneRuns() throws Exception {
        EmbeddedEngine engine = EmbeddedEngine.shared();
        long start = System.nanoTime();
        LayoutException e = assertThrows(LayoutException.class,
                () -> engine.plain(dot("routed-150.dot"), Duration.ofMillis(500)));
        long took = (System.nanoTime() - start) / 1_000_000;
        assertEquals(LayoutException.Kind.TIMED_OUT, e.kind(), e.getMessage());
        assertTrue(took < 6_000, "stopped after " + took + " ms");
        assertTrue(engine.plain(dot("stabbings.dot"), MINUTE).startsWith("graph 1 "));
    }

    @Test
    void unreadableDotIsAFailureWithGraphvizsWordsNotACrash() {
        LayoutException e = assertThrows(LayoutException.class,
                () -> EmbeddedEngine.shared().plain("graph { a -- ; }", MINUTE));
        assertEquals(LayoutException.Kind.FAILED, e.kind());
        assertTrue(e.getMessage().contains("could not read"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }
}
