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

    /**
     * The case files, sorted within each folder by path; a path that does not exist is an error. Links are
     * followed (a linked case folder is read) and each file is taken once however it is named ({@code cases
     * ./cases}). A folder that cannot be read is kept in the list, so that it fails alone when read.
     */
    public static List<Path> find(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(path.toRealPath(), java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
                        Integer.MAX_VALUE, new java.nio.file.SimpleFileVisitor<>() {
                            @Override
                            public java.nio.file.FileVisitResult visitFile(Path file,
                                    java.nio.file.attribute.BasicFileAttributes attrs) {
                                String name = file.getFileName().toString();
                                // a link that leads nowhere is kept too: it fails alone when read
                                if (!attrs.isDirectory() && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                                    found.add(file);
                                }
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }

                            @Override
                            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                                found.add(file); // unreadable (or a link loop): it fails alone when read
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }
                        });
                found.stream().sorted().forEach(files::add);
            } else if (Files.isRegularFile(path)) {
                files.add(path.toRealPath());
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
        Path o = real(out);
        for (Path p : paths) {
            Path a = real(p);
            if (Files.isDirectory(p) && (o.startsWith(a) || a.startsWith(o))) {
                return true;
            }
        }
        for (Path f : files) {
            Path parent = real(f).getParent();
            if (parent != null && parent.startsWith(o)) { // into, or above, the folder of a named file
                return true;
            }
        }
        return false;
    }

    /**
     * Where a path really is: links resolved, for the part of it that exists (a pack folder may not exist
     * yet), so that a link cannot hide that two paths are one.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
