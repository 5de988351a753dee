package org.peermap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: compares output with a stored expected file, or rewrites the file when the build runs
 * with {@code -Dgolden.update=true} (then review the diff in git before committing).
 */
public final class Golden {
    private Golden() {}

    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    public static void assertMatches(Path expectedFile, String actual) throws IOException {
        if (updating()) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8)
                : "<missing " + expectedFile.getFileName() + ": run mvn test -Dgolden.update=true>";
        assertEquals(expected, actual, "output differs from " + expectedFile
                + " (if the change is intended: mvn test -Dgolden.update=true, then review git diff)");
    }
}
