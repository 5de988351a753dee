package org.peermap.legibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermap.cli.Main;

/**
 * The measures of {@code bench/legibility} for every example, asserted at their targets: each example's
 * peer map and incident map, with the embedded engine (which every new user gets) and with native dot when
 * it is installed, plain and with {@code --places}.
 */
class ExamplesLegibilityTest {
    @TempDir
    Path out;

    static Stream<Arguments> variants() throws IOException {
        List<Arguments> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path example : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                list.add(Arguments.of(example.toString(), "embedded", false));
                list.add(Arguments.of(example.toString(), "embedded", true));
                list.add(Arguments.of(example.toString(), "dot", false));
                list.add(Arguments.of(example.toString(), "dot", true));
            }
        }
        return list.stream();
    }

    static boolean hasDot() {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "dot")));
    }

    @ParameterizedTest(name = "{0} {1} places={2}")
    @MethodSource("variants")
    void everyMeasureMeetsItsTarget(String example, String engine, boolean places) throws IOException {
        Assumptions.assumeTrue(!engine.equals("dot") || hasDot(), "native dot is not installed");
        List<String> args = new ArrayList<>(List.of("render", "--engine", engine, "-f", "svg", "-o", out.toString()));
        if (places) {
            args.add("--places");
        }
        args.add(example);
        StringWriter err = new StringWriter();
        int status = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(err), false);
        assertEquals(0, status, err.toString());
        try (Stream<Path> svgs = Files.list(out)) {
            for (Path svg : svgs.filter(p -> p.toString().endsWith(".svg")).sorted().toList()) {
                String name = svg.getFileName().toString();
                String row = Legibility.row(name, engine + (places ? " --places" : ""),
                        Legibility.measure(Files.readAllBytes(svg), Legibility.kindOfName(name)));
                assertFalse(row.contains("MISS"), Legibility.header() + "\n" + Legibility.target() + "\n" + row);
            }
        }
    }
}
