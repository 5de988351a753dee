package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12: inputs and options that ended as "internal error" (exit 4) or passed as nonsense now end with the
 * exit status cli.md gives (1 input, 2 usage, 3 output) and words a practitioner can act on.
 */
class TruthfulExitsTest {
    @TempDir
    Path dir;

    private Path example() throws Exception {
        Path file = dir.resolve("case.yaml");
        Files.copy(Path.of("examples/minimal.yaml"), file);
        return file;
    }

    static Stream<Arguments> nonsenseOptions() {
        return Stream.of(
                Arguments.of(new String[] {"-f", ","}, "--format takes one or more of: svg, png, pdf, separated by commas"),
                Arguments.of(new String[] {"--layout-timeout", "0"}, "--layout-timeout takes a number of seconds from 1"),
                Arguments.of(new String[] {"--layout-timeout", "-5"}, "--layout-timeout takes a number of seconds"),
                Arguments.of(new String[] {"--layout-timeout", "99999999999"}, "from 1 to 3600"),
                Arguments.of(new String[] {"--maps", ","}, "--maps takes one or more of: peer, incident, both"),
                Arguments.of(new String[] {"--as-at", "2024-06-31"}, "is not a day in the calendar: June 2024 has 30"),
                Arguments.of(new String[] {"--as-at", "2024-13"}, "has no month 13"),
                Arguments.of(new String[] {"--from", "0000-01-01"}, "--from takes a year from 1900 to 2999"),
                Arguments.of(new String[] {"--from", "2020-01-01", "--to", "2019-01-01"}, "is after --to"),
                Arguments.of(new String[] {"--as-at", "2020-01-01", "--from", "2019-01-01"}, "use one or the other"));
    }

    @ParameterizedTest
    @MethodSource("nonsenseOptions")
    void nonsenseOptionsAreUsageErrorsInWords(String[] options, String expected) throws Exception {
        Path file = example();
        String[] args = Stream.concat(Stream.of("render", file.toString(), "-o", dir.resolve("out").toString()),
                Stream.of(options)).toArray(String[]::new);
        CliTest.Run r = CliTest.run(args);
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void mapsBothIsWhatTheMessageSaysItIs() throws Exception {
        CliTest.Run r = CliTest.run("render", example().toString(), "-o", dir.resolve("out").toString(), "--maps",
                "both", "--engine", "embedded");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.exists(dir.resolve("out/MIN-0001-peer-map.svg")));
        assertTrue(Files.exists(dir.resolve("out/MIN-0001-incident-map.svg")));
    }

    @Test
    void theSameFileNamedTwiceIsRenderedOnceAndTwoFilesWithOneReferenceAreBothRefused() throws Exception {
        Path file = example();
        CliTest.Run once = CliTest.run("render", file.toString(), dir.resolve("./case.yaml").toString(), "-o",
                dir.resolve("out").toString(), "--engine", "embedded");
        assertEquals(0, once.status(), once.err());
        assertEquals(1, once.out().lines().filter(l -> l.endsWith("MIN-0001-peer-map.svg")).count(), once.out());
        Path copy = dir.resolve("copy.yaml");
        Files.copy(file, copy);
        CliTest.Run both = CliTest.run("render", file.toString(), copy.toString(), "-o",
                dir.resolve("two").toString(), "--engine", "embedded");
        assertEquals(1, both.status(), both.err());
        assertTrue(both.err().contains("copy.yaml:1:1: error: this case's reference is also the reference of"),
                both.err());
        assertFalse(Files.exists(dir.resolve("two")), "neither was written");
    }

    @Test
    void aFileNameThisSystemCannotReadIsTheInputsFaultNotABug() {
        CliTest.Run r = CliTest.run("render", "bad\u0000name.yaml", "-o", dir.resolve("out").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("its name has characters this system's language setting cannot read"), r.err());
    }

    @Test
    void codesOnAFileItCannotEditSafelySaysWhatToAddAndChangesNothing() throws Exception {
        Path file = dir.resolve("cr.yaml");
        byte[] bytes = "peermap: 1\rtitle: T\rreference: CS-9401\rpeople:\r  ab: {name: Quorin Alvesmith}\r"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        CliTest.Run r = CliTest.run("codes", file.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("cr.yaml:5:3: error: peermap codes cannot edit this file safely"), r.err());
        assertTrue(r.err().contains("add 'code: AB' to this person by hand"), r.err());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void codesThroughALinkEditsTheFileItLinksToAndKeepsTheLink() throws Exception {
        Path real = dir.resolve("real.yaml");
        Files.writeString(real, "peermap: 1\ntitle: T\nreference: CS-9402\npeople:\n  ab: {name: Quorin Alvesmith}\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), real);
        CliTest.Run r = CliTest.run("codes", link.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertTrue(Files.readString(real).contains("code: AB"), Files.readString(real));
    }

    @Test
    void aLayoutThatCannotRunHereIsNotABug() {
        assertEquals(ExitCode.USAGE, ExitCode.of(org.peermap.LayoutFailed.Kind.UNAVAILABLE));
        assertEquals(ExitCode.CANNOT_WRITE, ExitCode.of(org.peermap.LayoutFailed.Kind.CANNOT_WRITE));
        assertEquals(ExitCode.BAD_INPUT, ExitCode.of(org.peermap.LayoutFailed.Kind.TIMED_OUT));
        assertEquals(ExitCode.INTERNAL, ExitCode.of(org.peermap.LayoutFailed.Kind.FAILED));
    }

    @Test
    void rolesAndInitialsAskedForArePrintedThoughCodesArePinned() throws Exception {
        Path file = dir.resolve("pinned.yaml");
        Files.writeString(file, "peermap: 1\ntitle: T\nreference: CS-9403\npeople:\n"
                + "  ab: {name: Quorin Alvesmith, age: 15, code: KM}\n  cd: {name: Tavi Rendle, age: 16, code: PQ}\n"
                + "relationships:\n  - {between: [ab, cd]}\n");
        CliTest.Run r = CliTest.run("render", file.toString(), "-o", dir.resolve("out").toString(), "--maps", "peer",
                "--anonymise", "roles", "--engine", "embedded");
        assertEquals(0, r.status(), r.err());
        String svg = Files.readString(dir.resolve("out/CS-9403-peer-map.svg"));
        assertTrue(svg.contains(">YP1") && svg.contains(">YP2"), "roles, not the pinned codes");
        assertFalse(svg.contains(">KM"), "a pinned code is a letters-mode code");
    }

    @Test
    void codesKeepsLinesOfOnlySpacesAndTabsByteForByte() throws Exception {
        Path file = dir.resolve("spaces.yaml");
        String before = "peermap: 1\ntitle: T\nreference: CS-9404\n   \npeople:\n  ab: {name: Quorin Alvesmith}\n\t\n"
                + "  cd:\n    name: Tavi Rendle\n    \nrelationships:\n  - {between: [ab, cd]}\n";
        Files.writeString(file, before);
        assertEquals(0, CliTest.run("codes", file.toString()).status());
        String expected = before.replace("{name: Quorin", "{code: AB, name: Quorin")
                .replace("  cd:\n    name: Tavi", "  cd:\n    code: CD\n    name: Tavi");
        assertEquals(expected, Files.readString(file));
    }
}
