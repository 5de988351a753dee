package org.peermap.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * The output stage: writes each file to a temporary file in the same folder, flushes it to disk, then
 * renames it over the old one in one step, so a reader (or a crash) only ever sees the old complete
 * file or the new complete file. New files and folders are readable by their owner only, since they
 * hold case data.
 */
public final class AtomicWriter {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private AtomicWriter() {}

    /**
     * Writes every file into {@code folder}, creating it (owner-only) when missing. Each is written to a
     * temporary of its own (named for this process, so two runs never share one) and moved into place; a
     * temporary is removed on every failure, and temporaries a killed run left behind are removed first.
     */
    public static void write(Path folder, List<OutputFile> files) throws IOException {
        createFolder(folder);
        clearLeftovers(folder);
        for (OutputFile file : files) {
            write(folder, file);
        }
    }

    /** Deletes the named files in {@code folder} when they are there. */
    public static void delete(Path folder, List<String> names) throws IOException {
        for (String name : names) {
            Files.deleteIfExists(folder.resolve(name));
        }
    }

    private static final String TEMP_MARK = ".peermap-";
    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

    /** A temporary's name beside {@code name}: hidden, with this process's id and a count. */
    static String temporary(String name) {
        return "." + name + TEMP_MARK + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + ".tmp";
    }

    /** Removes temporaries of processes that no longer run (a run killed while writing). */
    static void clearLeftovers(Path folder) throws IOException {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("^\\..+" + java.util.regex.Pattern.quote(
                TEMP_MARK) + "(\\d+)-\\d+\\.tmp$");
        try (var entries = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path entry : entries) {
                java.util.regex.Matcher m = pattern.matcher(entry.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (NumberFormatException e) {
            // not one of ours
        }
    }

    private static void write(Path folder, OutputFile file) throws IOException {
        Path target = folder.resolve(file.name());
        Path temp = folder.resolve(temporary(file.name()));
        try {
            try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), permissions(folder, FILE))) {
                ByteBuffer buffer = ByteBuffer.wrap(file.bytes());
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Replaces an existing file (a case file being edited) atomically, keeping its permissions. A symbolic
     * link is followed: its target is replaced and the link kept.
     */
    public static void replace(Path file, byte[] bytes) throws IOException {
        file = file.toRealPath();
        Path folder = file.getParent();
        Set<PosixFilePermission> permissions = folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.getPosixFilePermissions(file) : null;
        Path temp = folder.resolve(temporary(file.getFileName().toString()));
        try {
            try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), permissions(folder, FILE))) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (permissions != null) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates {@code folder} (owner-only) when it is missing. */
    public static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder, permissions(folder.toAbsolutePath().getParent(), FOLDER));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("is a file, not a folder", e);
        }
    }

    private static FileAttribute<?>[] permissions(Path near, Set<PosixFilePermission> permissions) {
        boolean posix = near == null || near.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
