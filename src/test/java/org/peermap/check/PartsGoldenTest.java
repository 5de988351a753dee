package org.peermap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.peermap.Golden;
import org.peermap.Peermap;
import org.peermap.diagnostic.DiagnosticPrinter;
import org.peermap.model.Case;
import org.peermap.model.Known;
import org.peermap.model.Relationship;

/**
 * Golden tests of cases made from parts: each folder of {@code parts/} holds {@code case.yaml} and its parts (or,
 * in {@code alone/}, a part run alone), and {@code expected} holds exactly what {@code peermap check} prints.
 */
class PartsGoldenTest {
    static final Path DIR = Path.of("src/test/resources/parts");

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsExpectedDiagnostics() throws IOException {
        List<Path> folders;
        try (Stream<Path> listing = Files.list(DIR)) {
            folders = listing.filter(Files::isDirectory).sorted().toList();
        }
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            Path file = folder.resolve(folder.getFileName().toString().equals("alone") ? "part.yaml" : "case.yaml");
            Peermap.Checked checked = Peermap.check(file.toString(), Files.readAllBytes(file));
            StringWriter printed = new StringWriter();
            new DiagnosticPrinter(new PrintWriter(printed), false).print(checked.result().diagnostics());
            Golden.assertMatches(folder.resolve("expected"), printed.toString());
        }));
    }

    static Case merged(String folder) throws IOException {
        Path file = DIR.resolve(folder).resolve("case.yaml");
        Peermap.Checked checked = Peermap.check(file.toString(), Files.readAllBytes(file));
        assertFalse(checked.result().hasErrors(), checked.result().diagnostics().toString());
        return checked.result().checked().orElseThrow();
    }

    @Test
    void listsAreJoinedAndARelationshipTwoAgenciesGiveIsOneCorroboratedFact() throws IOException {
        Case c = merged("merged");
        assertEquals(List.of("School", "Police"), c.people().get(0).agencies(), "lists joined, in part order");
        List<Relationship> strong = c.relationships().stream().filter(r -> r.type().id().equals("strong")).toList();
        assertEquals(1, strong.size(), "one fact");
        assertEquals("School; Police", strong.get(0).source().orElseThrow(), "with both sources");
        assertEquals(Known.CORROBORATED, strong.get(0).how().known().orElseThrow());
        Relationship tenuous = c.relationships().stream().filter(r -> r.type().id().equals("tenuous")).findFirst()
                .orElseThrow();
        assertEquals("Police", tenuous.source().orElseThrow(), "a part's fact is its agency's");
        assertTrue(tenuous.how().known().isEmpty(), "one agency: nothing is said of how it is known");
        assertEquals(List.of("School", "Police"), c.contributions().stream().map(k -> k.agency()).toList());
        assertEquals(List.of("jordan"), c.contributions().get(0).people(), "the school told of jordan only");
        assertEquals(List.of("jordan"), c.contributions().get(1).people(), "the police told of jordan too");
        assertEquals(1, c.provenance().differences().size(), "strong (both) and tenuous (police) for one pair");
        assertEquals(List.of("strong", "tenuous"), c.provenance().differences().get(0).given().stream()
                .map(g -> g.type()).distinct().toList());
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsRefusedUnread(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.yaml"), "peermap-part: 1\nagency: Police\n", StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(dir.resolve("case"));
        Files.createSymbolicLink(folder.resolve("police.yaml"), outside.resolve("secret.yaml"));
        Files.createSymbolicLink(folder.resolve("linked"), outside);
        Path file = folder.resolve("case.yaml");
        Files.writeString(file, "peermap: 1\ntitle: T\nreference: CS-1\nparts: [police.yaml, linked/secret.yaml]\n"
                + "people:\n  a: {name: Ann Orrly}\n", StandardCharsets.UTF_8);
        Peermap.Checked checked = Peermap.check(file.toString(), Files.readAllBytes(file));
        String said = checked.result().diagnostics().toString();
        assertTrue(said.contains("line=4, column=9") && said.contains("line=4, column=22"), said);
        assertEquals(2, checked.result().diagnostics().stream().filter(d -> d.message().contains("symbolic link"))
                .count(), said);
        assertTrue(checked.parts().isEmpty(), "neither was read");
    }
}
