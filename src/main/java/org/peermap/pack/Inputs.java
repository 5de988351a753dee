package org.peermap.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The case files a pack is made of: files named, and every *.yaml and *.yml below folders named. */
public final class Inputs {
    private Inputs() {}

    /** The case files, sorted within each folder by path; a path that does not exist is an error. */
    public static List<Path> find(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().endsWith(".yaml")
                                    || p.getFileName().toString().endsWith(".yml"))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IOException("no such file or folder: " + path);
            }
        }
        return files.stream().distinct().toList();
    }

    /**
     * True when writing into {@code out} would write into a folder that holds an input, or over an input:
     * a pack never writes among its sources.
     */
    public static boolean overlaps(Path out, List<Path> paths, List<Path> files) {
        Path o = out.toAbsolutePath().normalize();
        for (Path p : paths) {
            Path a = p.toAbsolutePath().normalize();
            if (Files.isDirectory(p) && (o.startsWith(a) || a.startsWith(o))) {
                return true;
            }
        }
        for (Path f : files) {
            Path parent = f.toAbsolutePath().normalize().getParent();
            if (parent != null && parent.equals(o)) {
                return true;
            }
        }
        return false;
    }
}
