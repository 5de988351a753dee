package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection (issue 12), each in a peermap process of its own: an unusable temporary folder, a full disk
 * (a tiny file-size limit), and a kill in the middle of a render. Nothing partial may be left, nothing written
 * outside {@code -o} and the cache, and the next run completes.
 */
class FaultsTest {
    @TempDir
    Path dir;

    /** Runs peermap in a new JVM (under bash, for {@code ulimit}); returns the process. */
    private Process start(String limit, String tmp, String... args) throws IOException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), "org.peermap.cli.Main"));
        java.addAll(List.of(args));
        StringBuilder command = new StringBuilder(limit == null ? "" : "ulimit -f " + limit + "; exec");
        for (String a : java) {
            command.append(" '").append(a.replace("'", "'\\''")).append("'");
        }
        return new ProcessBuilder("bash", "-c", command.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log-" + System.nanoTime() + ".txt").toFile()).start();
    }

    private int run(String limit, String tmp, String... args) throws Exception {
        Process p = start(limit, tmp, args);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        return p.exitValue();
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void nothingIsWrittenToTheTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        assertEquals(0, run(null, tmp.toString(), "render", "examples/stabbings.yaml", "-o",
                dir.resolve("out").toString(), "-f", "svg,png,pdf"));
        assertEquals(List.of(), names(tmp));
        assertEquals(0, run(null, dir.resolve("no-such-folder").toString(), "render", "examples/minimal.yaml", "-o",
                dir.resolve("out2").toString(), "-f", "png,pdf"), "an unusable temporary folder does not matter");
    }

    @Test
    void aFullDiskIsExitThreeLeavesNoTemporaryAndTheNextRunCompletes() throws Exception {
        Path out = dir.resolve("out");
        // 16 KiB files at most: the SVG fits, the PNG does not
        int status = run("16", dir.toString(), "render", "examples/stabbings.yaml", "-o", out.toString(), "-f",
                "svg,png");
        assertEquals(3, status);
        assertTrue(names(out).stream().noneMatch(n -> n.endsWith(".tmp")), names(out).toString());
        assertEquals(0, run(null, dir.toString(), "render", "examples/stabbings.yaml", "-o", out.toString(), "-f",
                "svg,png"));
        assertTrue(names(out).contains("CS-0001-peer-map.png"), names(out).toString());
        assertTrue(names(out).stream().noneMatch(n -> n.endsWith(".tmp")));
    }

    @Test
    void aKilledPackLeavesOnlyCompleteFilesAndTheNextRunClearsItsTemporaries() throws Exception {
        Path in = Files.createDirectories(dir.resolve("cases"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(in.resolve("c" + i + ".yaml"), Files.readString(Path.of("examples/stabbings.yaml"))
                    .replaceFirst("(?m)^reference: .*$", "reference: KILL-" + i));
        }
        Path out = dir.resolve("pack");
        Process p = start(null, dir.toString(), "pack", in.toString(), "-o", out.toString(), "-f", "svg,png,pdf",
                "--jobs", "1");
        Thread.sleep(2500);
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        // a temporary may be left by the kill, but every file under its own name is whole
        PackCommandTest.assertComplete(out);
        assertEquals(0, run(null, dir.toString(), "pack", in.toString(), "-o", out.toString(), "-f", "svg,png,pdf"));
        assertTrue(names(out).stream().noneMatch(n -> n.endsWith(".tmp")), "cleared: " + names(out));
        assertTrue(names(out).contains("pack.pdf"));
    }

    @Test
    void aClosedStandardInputIsSaidToBeClosedNotReadAsACase() throws Exception {
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("bash", "-c", "exec '" + launcher + "' -cp '" + System.getProperty("java.class.path")
                + "' org.peermap.cli.Main check - <&-").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), output);
        assertTrue(output.contains("standard input is closed"), output);
    }

    /** Runs peermap in a new JVM with the given environment changes; returns its exit status and output. */
    private CliTest.Run runWith(java.util.Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "org.peermap.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new CliTest.Run(p.exitValue(), "", output);
    }

    @Test
    void anEngineThatCannotRunHereIsAUsageProblemAndTheEmbeddedOneNeedsNoCache() throws Exception {
        CliTest.Run noDot = runWith(java.util.Map.of("PATH", dir.resolve("empty").toString()), "render",
                "examples/minimal.yaml", "--engine", "dot", "-o", dir.resolve("a").toString());
        assertEquals(2, noDot.status(), noDot.err());
        assertTrue(noDot.err().contains("Graphviz dot is not on the PATH"), noDot.err());
        // a cache folder that cannot be made: the embedded engine unpacks nothing, so it still draws
        CliTest.Run noCache = runWith(java.util.Map.of("XDG_CACHE_HOME", "/proc/peermap-cannot-write-here",
                "PATH", dir.resolve("empty").toString()), "render", "examples/minimal.yaml", "--engine", "embedded",
                "-o", dir.resolve("b").toString());
        assertEquals(0, noCache.status(), noCache.err());
        assertEquals(3, names(dir.resolve("b")).size(), names(dir.resolve("b")).toString());
    }

    @Test
    void twoRendersIntoOneFolderAtOnceBothCompleteWithWholeFiles() throws Exception {
        Path alone = dir.resolve("alone");
        assertEquals(0, run(null, dir.toString(), "render", "examples/stabbings.yaml", "-o", alone.toString(), "-f",
                "svg,png,pdf"));
        Path shared = dir.resolve("shared");
        // the same case twice and another case, into one folder, all at once
        List<Process> runs = List.of(
                start(null, dir.toString(), "render", "examples/stabbings.yaml", "-o", shared.toString(), "-f",
                        "svg,png,pdf"),
                start(null, dir.toString(), "render", "examples/stabbings.yaml", "-o", shared.toString(), "-f",
                        "svg,png,pdf"),
                start(null, dir.toString(), "render", "examples/minimal.yaml", "-o", shared.toString(), "-f",
                        "svg,png,pdf"));
        for (Process p : runs) {
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished");
            assertEquals(0, p.exitValue(), "each run succeeds");
        }
        assertTrue(names(shared).stream().noneMatch(n -> n.endsWith(".tmp")), names(shared).toString());
        for (String name : names(alone)) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(alone.resolve(name)),
                    Files.readAllBytes(shared.resolve(name))), name + " is whole and as one run writes it");
        }
        assertTrue(names(shared).contains("MIN-0001-peer-map.svg"), "the other case's maps are there too");
    }
}
