package org.peermap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.peermap.Peermap;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.Position;
import org.peermap.pack.Inputs;
import org.peermap.source.InputFile;

/**
 * The case files named on the command line of {@code check} and {@code render}: each file as named, and for a
 * folder every case file in it and below it, as {@code pack} finds them (*.yaml and *.yml). Parts of cases
 * ({@code peermap-part: 1}) found in a folder are left out: each is read with the case that lists it. A file
 * named twice, by any path, is read once.
 */
final class CaseFiles {
    private CaseFiles() {}

    /** The inputs, read, and a problem for each folder that holds no case file. */
    record Found(List<InputFile> inputs, List<Diagnostic> problems) {}

    static Found load(List<String> arguments, InputStream in) {
        List<InputFile> inputs = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(InputFile.STDIN)) {
                inputs.add(InputFile.load(argument, in));
                continue;
            }
            Path folder = folder(argument);
            if (folder == null) {
                if (!sameAsEarlier(argument, seen)) {
                    inputs.add(InputFile.load(argument, in));
                }
                continue;
            }
            int cases = 0;
            try {
                Path real = folder.toRealPath();
                for (Path file : Inputs.find(List.of(folder))) {
                    String name = file.startsWith(real) ? folder.resolve(real.relativize(file)).toString()
                            : file.toString();
                    if (sameAsEarlier(name, seen)) {
                        continue;
                    }
                    InputFile input = InputFile.load(name, in);
                    if (input.problem().isEmpty() && Peermap.isPart(input.bytes())) {
                        continue;
                    }
                    inputs.add(input);
                    cases++;
                }
            } catch (IOException e) {
                problems.add(Diagnostic.error(argument, Position.START, "cannot read this folder"));
                continue;
            }
            if (cases == 0) {
                problems.add(Diagnostic.error(argument, Position.START, "this folder holds no case file (a .yaml"
                        + " or .yml file that is not a part of a case)"));
            }
        }
        return new Found(inputs, problems);
    }

    /** The folder named, or null when the argument names no folder. */
    private static Path folder(String argument) {
        try {
            Path path = Path.of(argument);
            return Files.isDirectory(path) ? path : null;
        } catch (InvalidPathException e) {
            return null; // read, and reported, as a file
        }
    }

    /** True when {@code argument} names a file already among {@code seen} (by another path or link); adds it. */
    private static boolean sameAsEarlier(String argument, List<Path> seen) {
        try {
            Path path = Path.of(argument);
            if (!Files.exists(path)) {
                return false;
            }
            for (Path earlier : seen) {
                if (Files.isSameFile(earlier, path)) {
                    return true;
                }
            }
            seen.add(path);
        } catch (IOException | InvalidPathException e) {
            // read and reported as it is
        }
        return false;
    }
}
