package org.peermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodesCommandTest {
    @TempDir
    Path dir;

    @Test
    void pinsCodesInPlaceKeepingPermissionsAndCheckPasses() throws IOException {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, "peermap: 1\ntitle: T\nreference: R-1\npeople:\n  a: {name: Ann Example}\n"
                + "  b:\n    name: Bo Example\nrelationships:\n  - between: [a, b]\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(1, CliTest.run("codes", "--check", file.toString()).status());
        CliTest.Run r = CliTest.run("codes", file.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(file + ": pinned 2 codes\n", r.out());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("  a: {code: AB, name: Ann Example}\n  b:\n    code: CD\n    name: Bo Example\n"), text);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(0, CliTest.run("codes", "--check", file.toString()).status());
        assertEquals(0, CliTest.run("codes", file.toString()).status(), "nothing more to pin");
    }

    @Test
    void aFileWithErrorsIsNotTouched() throws IOException {
        Path file = dir.resolve("bad.yaml");
        String bad = "peermap: 1\ntitle: T\nreference: R-1\npeople:\n  a: {age: 300}\n";
        Files.writeString(file, bad);
        CliTest.Run r = CliTest.run("codes", file.toString());
        assertEquals(1, r.status());
        assertEquals(bad, Files.readString(file));
    }

    @Test
    void everyExampleHasItsCodesPinned() {
        CliTest.Run r = CliTest.run("codes", "--check", "examples/minimal.yaml", "examples/stabbings.yaml",
                "examples/new-peer-group.yaml", "examples/assault-group.yaml");
        assertEquals(0, r.status(), r.err());
    }
}
