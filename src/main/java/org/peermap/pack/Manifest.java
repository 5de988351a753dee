package org.peermap.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pack's record of what it wrote: per case (by reference) the hash of its input, of the options and
 * tool version it was rendered with, and the SHA-256 of each output. A case whose input, options and
 * version are unchanged and whose outputs are on disk as recorded is not rendered again. The manifest
 * is written atomically after every case, so it never claims a file that is not complete on disk.
 */
public final class Manifest {
    static final String NAME = "manifest.tsv";
    /** The entry for pack.pdf itself (no case reference can start with '*'): the cases it holds, by hash. */
    static final String PACK = "*pack";
    private static final String HEADER = "# peermap pack manifest: reference, input sha-256, options+version sha-256,"
            + " outputs (name=sha-256 ...), warnings (warning:text ...)";

    /** A cell that records one of the warnings rendering gave (an output's name cannot start so). */
    private static final String WARNING = "warning:";

    /**
     * One case's entry, with the warnings its rendering gave (so that a pack that does not render an unchanged
     * case again still repeats them).
     */
    public record Entry(String reference, String input, String settings, Map<String, String> outputs,
            List<String> warnings) {
        public Entry {
            warnings = List.copyOf(warnings);
        }
    }

    private final Map<String, Entry> entries = new TreeMap<>();

    /** The manifest in {@code folder}, or an empty one; unreadable lines are ignored (that case renders again). */
    public static Manifest read(Path folder) {
        Manifest m = new Manifest();
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return m;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length < 3) {
                    continue;
                }
                Map<String, String> outputs = new LinkedHashMap<>();
                List<String> warnings = new java.util.ArrayList<>();
                for (int i = 3; i < cells.length; i++) {
                    int eq = cells[i].lastIndexOf('=');
                    if (cells[i].startsWith(WARNING)) {
                        warnings.add(cells[i].substring(WARNING.length()));
                    } else if (eq > 0) {
                        outputs.put(cells[i].substring(0, eq), cells[i].substring(eq + 1));
                    }
                }
                m.entries.put(cells[0], new Entry(cells[0], cells[1], cells[2], outputs, warnings));
            }
        } catch (IOException e) {
            return new Manifest();
        }
        return m;
    }

    public synchronized Entry get(String reference) {
        return entries.get(reference);
    }

    public synchronized void put(Entry entry) {
        entries.put(entry.reference(), entry);
    }

    public synchronized void remove(String reference) {
        entries.remove(reference);
    }

    /** True when the recorded outputs are on disk with the recorded contents. */
    public static boolean onDisk(Path folder, Entry entry) {
        for (Map.Entry<String, String> output : entry.outputs().entrySet()) {
            Path file = folder.resolve(output.getKey());
            try {
                if (!Files.isRegularFile(file) || !sha256(Files.readAllBytes(file)).equals(output.getValue())) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return !entry.outputs().isEmpty();
    }

    public synchronized byte[] bytes() {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        for (Entry e : entries.values()) {
            s.append(e.reference()).append('\t').append(e.input()).append('\t').append(e.settings());
            new TreeMap<>(e.outputs()).forEach((name, sha) -> s.append('\t').append(name).append('=').append(sha));
            e.warnings().forEach(w -> s.append('\t').append(WARNING).append(w.replaceAll("[\\t\\r\\n]", " ")));
            s.append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
