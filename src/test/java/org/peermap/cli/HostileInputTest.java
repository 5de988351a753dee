package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs, each checked in a child JVM limited to 256 MB of heap: the answer is exit 1 and a
 * diagnostic at line and column, never a stack trace, a hang or running out of memory. (The time limit
 * here is a hang guard; the measured times are in the session notes.)
 */
class HostileInputTest {
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?m)^[^:\\n]+:\\d+:\\d+: error: .+$");

    @TempDir
    Path dir;

    record Bomb(String name, Function<Path, byte[]> bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Bomb> bombs() {
        return Stream.of(
                new Bomb("billion laughs", p -> billionLaughs()),
                new Bomb("100,000-deep nesting", p -> ("a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n")
                        .getBytes(StandardCharsets.UTF_8)),
                new Bomb("100,000-deep block nesting", p -> blockNesting(100_000)),
                new Bomb("10 MB file", p -> ("peermap: 1\nnarrative: " + "x".repeat(10 * 1024 * 1024) + "\n")
                        .getBytes(StandardCharsets.UTF_8)),
                new Bomb("one-million-character line", p -> ("peermap: 1\ntitle: T\nreference: R-1\npeople:\n  a: {age: "
                        + "1".repeat(1_000_000) + "}\n").getBytes(StandardCharsets.UTF_8)),
                new Bomb("100,000 people", p -> people(100_000)),
                new Bomb("binary", p -> binary()),
                new Bomb("UTF-16", p -> "peermap: 1\n".getBytes(StandardCharsets.UTF_16)),
                new Bomb("many controls", p -> "peermap: 1\ntitle: \u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000c\u000e\u000f\n"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("bombs")
    void answeredWithADiagnosticInBoundedTimeAndMemory(Bomb bomb) throws Exception {
        Path file = dir.resolve("case.yaml");
        Files.write(file, bomb.bytes().apply(file));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path err = dir.resolve("err.txt");
        pb.redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = pb.start();
        boolean finished = process.waitFor(30, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(finished, bomb + ": still running after 30 s");
        assertEquals(1, process.exitValue(), bomb + ": " + stderr);
        assertTrue(DIAGNOSTIC.matcher(stderr).find(), bomb + ": no file:line:column diagnostic in " + stderr);
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat ") || stderr.contains("OutOfMemory"),
                bomb + ": " + stderr);
        System.out.println("hostile input '" + bomb + "': exit 1 in " + millis + " ms (child JVM, -Xmx256m)");
    }

    static byte[] billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
            }
            yaml.append("]\n");
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] blockNesting(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < Math.min(depth, 3000); i++) {
            yaml.append(" ".repeat(i)).append("k:\n");
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] people(int n) {
        StringBuilder yaml = new StringBuilder("peermap: 1\ntitle: T\nreference: R-1\npeople:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  p").append(i).append(": {name: P}\n");
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] binary() {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[3] = 0;
        return bytes;
    }

}
