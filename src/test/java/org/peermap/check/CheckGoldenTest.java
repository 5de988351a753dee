package org.peermap.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.peermap.Golden;
import org.peermap.Peermap;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.DiagnosticPrinter;

/**
 * Golden tests of the checker: each {@code check/NAME.yaml} has {@code NAME.expected} holding exactly what
 * {@code peermap check} prints for it. Files named {@code ok-*} must have no errors, {@code bad-*} at least one.
 */
class CheckGoldenTest {
    static final Path DIR = Path.of("src/test/resources/check");

    @TestFactory
    Stream<DynamicTest> everyFileMatchesItsExpectedDiagnostics() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(DIR)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 50, "the corpus has at least 50 files");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString();
            Peermap.Checked checked = Peermap.check(name, Files.readAllBytes(file));
            List<Diagnostic> diagnostics = checked.result().diagnostics();
            StringWriter printed = new StringWriter();
            new DiagnosticPrinter(new PrintWriter(printed), false).print(diagnostics);
            Golden.assertMatches(DIR.resolve(name.replaceFirst("\\.yaml$", ".expected")), printed.toString());
            if (name.startsWith("ok-")) {
                assertFalse(checked.result().hasErrors(), name + " must check without errors:\n" + printed);
                assertTrue(checked.result().checked().isPresent(), name + " gives a case");
            } else {
                assertTrue(checked.result().hasErrors(), name + " must have an error");
                assertTrue(checked.result().checked().isEmpty(), "no case is given for a file with errors");
            }
        }));
    }
}
