package org.peermap.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads the bytes of one input named on the command line: a path, or {@code -} for standard input.
 * At most {@link SourceReader#MAX_BYTES} + 1 bytes are read, so a huge input costs nothing.
 */
public record InputFile(String name, byte[] bytes, Optional<String> problem) {

    public static final String STDIN = "-";

    public static InputFile load(String argument, InputStream stdin) {
        if (STDIN.equals(argument)) {
            try {
                if (stdinIsAJar()) {
                    return failed("<stdin>", "standard input is closed (it reads as a file of Java's own);"
                            + " pipe a case file in: peermap check - < case.yaml");
                }
                byte[] bytes = stdin.readNBytes(SourceReader.MAX_BYTES + 1);
                if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
                    // with standard input closed, the first file the JVM opens (its own jar) takes its place
                    return failed("<stdin>", "standard input is a zip archive, not a case file (was it closed?"
                            + " pipe a case file in: peermap check - < case.yaml)");
                }
                return new InputFile("<stdin>", bytes, Optional.empty());
            } catch (IOException e) {
                return failed("<stdin>", "cannot read standard input");
            }
        }
        Path path;
        try {
            path = Path.of(argument);
        } catch (java.nio.file.InvalidPathException e) {
            return failed(argument, "its name has characters this system's language setting cannot read; set"
                    + " LANG to a UTF-8 one (export LANG=C.UTF-8) and run it again");
        }
        try {
            if (Files.isDirectory(path)) {
                return failed(argument, "is a folder, not a case file");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return new InputFile(argument, in.readNBytes(SourceReader.MAX_BYTES + 1), Optional.empty());
            }
        } catch (NoSuchFileException e) {
            return failed(argument, "no such file");
        } catch (AccessDeniedException e) {
            return failed(argument, "permission denied");
        } catch (IOException e) {
            return failed(argument, "cannot be read");
        }
    }

    /**
     * True when standard input was closed: file descriptor 0 is then taken by the first file the JVM opens
     * (its module image or a jar), and reading standard input would read that (Linux shows it in /proc).
     */
    private static boolean stdinIsAJar() {
        try {
            Path fd0 = Path.of("/proc/self/fd/0");
            if (!Files.isSymbolicLink(fd0)) {
                return false;
            }
            String target = Files.readSymbolicLink(fd0).toString();
            String home = System.getProperty("java.home", "\u0000");
            return target.endsWith(".jar") || target.startsWith(home);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static InputFile failed(String name, String problem) {
        return new InputFile(name, new byte[0], Optional.of(problem));
    }
}
