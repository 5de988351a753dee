package org.peermap.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A team's own settings file, such as its careful-language list: the nearest file of that name in the case
 * file's folder or a folder above it, stopping at the top of a git work tree (a folder holding {@code .git}),
 * so a team keeps one beside its case files in version control. For standard input the search starts in the
 * current folder.
 */
public final class TeamFile {
    /** A team's file is small; more than this is not read. */
    static final int MAX_BYTES = 1 << 20;

    private TeamFile() {}

    /**
     * The nearest file called {@code fileName} above the case file {@code caseArgument}, read (or with its
     * {@code problem} when it cannot be).
     */
    public static Optional<InputFile> nearest(String caseArgument, String fileName) {
        Path folder;
        try {
            folder = InputFile.STDIN.equals(caseArgument) ? Path.of("").toAbsolutePath()
                    : Path.of(caseArgument).toAbsolutePath().getParent();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        for (Path at = folder; at != null; at = at.getParent()) {
            Path file = at.resolve(fileName);
            if (Files.isRegularFile(file)) {
                return read(file);
            }
            if (Files.exists(at.resolve(".git"))) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<InputFile> read(Path file) {
        // named as the user would type it: from the current folder when it is below it, else in full
        Path here = Path.of("").toAbsolutePath();
        String name = file.startsWith(here) ? here.relativize(file).toString() : file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new InputFile(name, in.readNBytes(MAX_BYTES), Optional.empty()));
        } catch (IOException e) {
            return Optional.of(new InputFile(name, new byte[0], Optional.of("cannot be read")));
        }
    }
}
