package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical outputs on any machine: rendered in child JVMs under different
 * time zones, locales (Turkish included, where upper and lower case of "i" differ) and working folders.
 */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void identicalUnderOtherTimeZonesLocalesAndFolders() throws Exception {
        Path examples = Path.of("examples").toAbsolutePath();
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples)) {
            files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(cases::add);
        }
        Path a = render("a", Map.of("TZ", "UTC"), List.of("-Duser.language=en", "-Duser.country=GB"), cases);
        Path b = render("b", Map.of("TZ", "Pacific/Chatham"), List.of("-Duser.language=tr", "-Duser.country=TR",
                "-Duser.timezone=Pacific/Chatham", "-Dfile.encoding=ISO-8859-1"), cases);
        Path c = render("c", Map.of("TZ", "America/St_Johns", "LANG", "de_DE.UTF-8"),
                List.of("-Duser.language=de", "-Duser.country=DE"), cases);
        List<String> names = listing(a);
        assertEquals(names, listing(b));
        assertEquals(names, listing(c));
        // six files per case (the PDF too), and a grid page (svg, png) for the two with more than three incidents
        assertEquals(6 * cases.size() + 4, names.size(), names.toString());
        for (String name : names) {
            byte[] expected = Files.readAllBytes(a.resolve(name));
            assertArrayEquals(expected, Files.readAllBytes(b.resolve(name)), name + " differs under tr_TR");
            assertArrayEquals(expected, Files.readAllBytes(c.resolve(name)), name + " differs under de_DE");
        }
    }

    private Path render(String name, Map<String, String> env, List<String> jvm, List<Path> cases) throws Exception {
        Path workingFolder = Files.createDirectories(dir.resolve("work-" + name).resolve("deeper folder"));
        Path out = dir.resolve("out-" + name);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "render",
                "--engine", "embedded", "-f", "svg,png,pdf", "-o", out.toString()));
        cases.forEach(p -> command.add(p.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("render did not finish");
        }
        assertEquals(0, p.exitValue(), "render " + name);
        return out;
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
