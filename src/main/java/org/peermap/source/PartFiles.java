package org.peermap.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.peermap.diagnostic.Diagnostics;

/**
 * Reads the part files a case lists in {@code parts}: each agency's contribution to a case made at a
 * multi-agency meeting. A part is named relative to the case file and must stay inside its folder: no absolute
 * path, no {@code ..}, and no symbolic link that leads out. A part that cannot be read is an error at its line in
 * {@code parts}; the case as a whole keeps the size limit of one file.
 */
public final class PartFiles {
    /** More parts than this are refused: a meeting has a handful of agencies. */
    public static final int MAX_PARTS = 64;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private PartFiles() {}

    /** A part as read: the text it was listed as, where, and its document (positions naming it). */
    public record Part(Scalar listed, SourceDocument document) {}

    /**
     * Reads the parts {@code listed} by the case file {@code caseArgument} (as named on the command line), every
     * problem reported in {@code diagnostics} at the part's line; {@code caseBytes} counts toward the size limit.
     */
    public static List<Part> read(String caseArgument, List<Scalar> listed, int caseBytes, Diagnostics diagnostics) {
        List<Part> parts = new ArrayList<>();
        if (InputFile.STDIN.equals(caseArgument)) {
            if (!listed.isEmpty()) {
                diagnostics.error(listed.get(0).start(), "a case read from standard input cannot list parts: run the"
                        + " case file itself, so its parts are found beside it");
            }
            return parts;
        }
        Path caseFile;
        Path folder;
        Path realFolder;
        try {
            caseFile = Path.of(caseArgument);
            folder = caseFile.toAbsolutePath().normalize().getParent();
            realFolder = folder.toRealPath();
        } catch (IOException | InvalidPathException e) {
            diagnostics.error(listed.get(0).start(), "the case file's folder cannot be read, so its parts cannot be");
            return parts;
        }
        Set<Path> seen = new HashSet<>();
        long total = caseBytes;
        for (Scalar s : listed) {
            if (parts.size() >= MAX_PARTS) {
                diagnostics.error(s.start(), "a case may list at most " + MAX_PARTS + " parts");
                break;
            }
            Optional<String> refused = refused(s.value().strip());
            if (refused.isPresent()) {
                diagnostics.error(s.start(), refused.get());
                continue;
            }
            String written = s.value().strip();
            Path path = folder.resolve(written).normalize();
            if (!path.startsWith(folder)) {
                diagnostics.error(s.start(), "a part must be inside the case file's folder");
                continue;
            }
            Path real;
            try {
                real = path.toRealPath();
            } catch (NoSuchFileException e) {
                diagnostics.error(s.start(), "no such part file beside the case file");
                continue;
            } catch (IOException e) {
                diagnostics.error(s.start(), "this part file cannot be read");
                continue;
            }
            if (!real.startsWith(realFolder)) {
                diagnostics.error(s.start(), "this part is a symbolic link that leads out of the case file's folder;"
                        + " a part must be a file inside it");
                continue;
            }
            if (real.equals(caseFileReal(caseFile))) {
                diagnostics.error(s.start(), "a case cannot list itself as a part");
                continue;
            }
            if (!seen.add(real)) {
                diagnostics.error(s.start(), "this part is listed twice");
                continue;
            }
            if (Files.isDirectory(real)) {
                diagnostics.error(s.start(), "this part is a folder, not a file");
                continue;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(real)) {
                bytes = in.readNBytes(SourceReader.MAX_BYTES + 1);
            } catch (IOException e) {
                diagnostics.error(s.start(), "this part file cannot be read (permission denied?)");
                continue;
            }
            total += bytes.length;
            if (total > SourceReader.MAX_BYTES) {
                diagnostics.error(s.start(), "the case and its parts together are larger than 5 MB; a case is expected"
                        + " to be far smaller");
                break;
            }
            String name = caseFile.resolveSibling(written).normalize().toString();
            parts.add(new Part(s, SourceReader.readPart(name, bytes)));
        }
        return parts;
    }

    private static Path caseFileReal(Path caseFile) {
        try {
            return caseFile.toRealPath();
        } catch (IOException e) {
            return caseFile.toAbsolutePath().normalize();
        }
    }

    /** Why a part's path is refused before it is looked at, if it is. */
    static Optional<String> refused(String written) {
        if (written.isEmpty()) {
            return Optional.of("a part must name a file beside the case file, such as police.yaml");
        }
        if (written.startsWith("/") || written.startsWith("\\") || DRIVE.matcher(written).matches()
                || written.startsWith("~")) {
            return Optional.of("a part must be named relative to the case file's folder, not by an absolute path");
        }
        for (String segment : written.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return Optional.of("a part must be inside the case file's folder: '..' is not allowed");
            }
        }
        if (written.chars().anyMatch(c -> c < 0x20)) {
            return Optional.of("a part's name holds a control character");
        }
        String lower = written.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            return Optional.of("a part must be a YAML file (.yaml or .yml)");
        }
        return Optional.empty();
    }

    /**
     * The case files beside {@code partArgument} that list it in their {@code parts}, so that a part run alone
     * can say which case to run instead.
     */
    public static List<String> listedBy(String partArgument) {
        List<String> cases = new ArrayList<>();
        try {
            Path part = Path.of(partArgument).toRealPath();
            Path folder = part.getParent();
            try (var files = Files.list(folder)) {
                for (Path f : files.sorted().toList()) {
                    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (f.equals(part) || !(n.endsWith(".yaml") || n.endsWith(".yml")) || !Files.isRegularFile(f)
                            || Files.size(f) > SourceReader.MAX_BYTES) {
                        continue;
                    }
                    SourceDocument d = SourceReader.read(f.toString(), Files.readAllBytes(f));
                    if (d.root().orElse(null) instanceof Mapping m && m.entry("parts").orElse(null) != null
                            && m.entry("parts").get().value() instanceof Sequence list && list.items().stream()
                                    .anyMatch(i -> i instanceof Scalar s && folder.resolve(s.value().strip())
                                            .normalize().equals(part))) {
                        cases.add(Path.of(partArgument).resolveSibling(f.getFileName()).toString());
                    }
                }
            }
        } catch (IOException | InvalidPathException e) {
            return cases;
        }
        return cases;
    }
}
