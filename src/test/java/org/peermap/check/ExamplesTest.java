package org.peermap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.peermap.Peermap;

/** Every file under {@code examples/} checks clean: no errors and no warnings. */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleChecksClean() throws IOException {
        List<Path> examples;
        try (Stream<Path> listing = Files.list(Path.of("examples"))) {
            examples = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(examples.size() >= 4, "the examples folder holds the seed's three case studies and a minimal file");
        return examples.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Peermap.Checked checked = Peermap.check(file.toString(), Files.readAllBytes(file));
            assertEquals(List.of(), checked.result().diagnostics());
            assertTrue(checked.result().checked().isPresent());
        }));
    }
}
