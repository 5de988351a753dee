package org.peermap.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Notices when a case file or one of its parts is saved, and calls back once the saving is over.
 *
 * <p>It looks at the files' size, time and file key every {@link #POLL_MS} ms rather than using the JDK's
 * {@code WatchService}: on macOS that service itself polls, every 10 s, which is too slow for a meeting, and an
 * editor that saves by writing a new file and renaming it (vim, many others) is seen the same way on every system.
 * A change is reported when the files have stayed the same for {@link #SETTLE_MS} ms (the debounce), so an editor
 * that writes in several steps causes one redraw, not three.
 */
final class FileWatch implements AutoCloseable {
    static final long POLL_MS = 25;
    static final long SETTLE_MS = 60;
    static final long MOST_DIGESTED = 4L << 20;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "peermap-watch-files");
        t.setDaemon(true);
        return t;
    });
    private final Runnable changed;
    private volatile List<Path> files;
    /** The files whose bytes are read at each look: the case and its parts, not every YAML file beside them. */
    private volatile java.util.Set<Path> read;
    private Map<Path, Object> seen = new HashMap<>();
    private long changedAt = -1;

    FileWatch(List<Path> files, java.util.Set<Path> read, Runnable changed) {
        this.files = List.copyOf(files);
        this.read = java.util.Set.copyOf(read);
        this.changed = changed;
        this.seen = look(this.files);
    }

    /** Starts looking. */
    void start() {
        timer.scheduleWithFixedDelay(this::poll, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    /** Looks at these files from now on (a part added to or dropped from the case), reading the bytes of some. */
    synchronized void files(List<Path> now, java.util.Set<Path> readNow) {
        files = List.copyOf(now);
        read = java.util.Set.copyOf(readNow);
        // A file already followed keeps what it looked like when the redraw began, so a save made during the redraw
        // is still seen as a change at the next look; only a newly followed file is looked at now.
        Map<Path, Object> next = new HashMap<>();
        List<Path> fresh = files.stream().filter(p -> !seen.containsKey(p)).toList();
        Map<Path, Object> looked = look(fresh);
        for (Path p : files) {
            next.put(p, seen.containsKey(p) ? seen.get(p) : looked.get(p));
        }
        seen = next;
    }

    private synchronized void poll() {
        try {
            Map<Path, Object> now = look(files);
            long time = System.nanoTime();
            if (!now.equals(seen)) {
                seen = now;
                changedAt = time;
                return;
            }
            if (changedAt >= 0 && time - changedAt >= TimeUnit.MILLISECONDS.toNanos(SETTLE_MS)) {
                changedAt = -1;
                changed.run();
            }
        } catch (RuntimeException e) {
            // a redraw that fails is reported on the page by the caller; the watching goes on
        }
    }

    /** What each file looks like now: its size, modification time and file key, or absent. */
    private Map<Path, Object> look(List<Path> files) {
        Map<Path, Object> out = new HashMap<>();
        for (Path file : files) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                out.put(file, List.of(a.size(), a.lastModifiedTime().toInstant().toString(),
                        Objects.toString(a.fileKey()), read.contains(file) ? digest(file, a.size()) : 0L));
            } catch (IOException | SecurityException e) {
                out.put(file, "absent");
            }
        }
        return out;
    }

    /**
     * A checksum of a small file's bytes: two saves within the file system's clock tick that keep the size (an age
     * 15 typed as 16) still differ. Case files are small; a large one is known by its size and time alone.
     */
    private static long digest(Path file, long size) throws IOException {
        if (size > MOST_DIGESTED) {
            return -1;
        }
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        return crc.getValue();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
