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
                "examples/new-peer-group.yaml", "examples/assault-group.yaml", "examples/meeting/case.yaml");
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void theRestrictedKeyNeedsShowNamesHoldsEveryNameAndChangesNothing() throws Exception {
        Path file = dir.resolve("case.yaml");
        byte[] yaml = ("peermap: 1\ntitle: Peer map\nreference: CS-0099\npeople:\n  tobias:\n    name: Tobias Wrenfield\n"
                + "    aliases: [Toby W, T-Bone]\n    code: AB\n  imani:\n    name: Imani Okoro-Blake\n    code: CD\n"
                + "relationships:\n  - between: [tobias, imani]\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.write(file, yaml);
        Path keys = dir.resolve("keys");
        CliTest.Run refused = CliTest.run("codes", "--restricted-key", "-o", keys.toString(), file.toString());
        assertEquals(2, refused.status(), refused.err());
        assertTrue(refused.err().contains("add --show-names"), refused.err());
        assertTrue(!java.nio.file.Files.exists(keys), "nothing is written without --show-names");

        CliTest.Run r = CliTest.run("codes", "--restricted-key", "--show-names", "-o", keys.toString(), file.toString());
        assertEquals(0, r.status(), r.err());
        String key = java.nio.file.Files.readString(keys.resolve("CS-0099-restricted-key.md"));
        String mark = "**RESTRICTED: RE-IDENTIFICATION KEY, keep apart from the maps**";
        assertTrue(key.startsWith(mark + "\n") && key.endsWith(mark + "\n"), key);
        assertTrue(key.contains("| AB | Tobias Wrenfield | Toby W, T-Bone |"), key);
        assertTrue(key.contains("| CD | Imani Okoro-Blake |  |"), key);
        assertTrue(java.util.Arrays.equals(yaml, java.nio.file.Files.readAllBytes(file)), "the case file is unchanged");
        assertTrue(!r.out().contains("Tobias") && !r.err().contains("Tobias"), "no name is said, only written");

        Path maps = dir.resolve("maps");
        assertEquals(0, CliTest.run("render", "-f", "svg", "--engine", "embedded", "-o", maps.toString(),
                file.toString()).status());
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(maps)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains("restricted")), "render never writes it");
        }
    }

    @Test
    void codesArePinnedInTheCaseFileOnlyAlsoForPeopleOnlyAPartDefines() throws IOException {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, "peermap: 1\ntitle: T\nreference: R-1\nparts: [police.yaml]\npeople:\n"
                + "  a: {name: Ann Example}\n\n# the meeting's places\nplaces:\n  p: {name: Town Park, kind: park}\n");
        Path part = dir.resolve("police.yaml");
        String police = "peermap-part: 1\nagency: Police\npeople:\n  b: {name: Bo Example}\n"
                + "relationships:\n  - between: [a, b]\n";
        Files.writeString(part, police);
        CliTest.Run r = CliTest.run("codes", file.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(file + ": pinned 2 codes\n", r.out());
        assertEquals(police, Files.readString(part), "a part is never edited");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("people:\n  a: {code: AB, name: Ann Example}\n  b: {code: CD}\n\n# the meeting's"),
                text);
        assertEquals(0, CliTest.run("codes", "--check", file.toString()).status(), "every code is pinned");
    }
}
