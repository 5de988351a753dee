package org.peermap.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A case file as it was at a revision of its git work tree, read with {@code git show REV:./FILE} run in the
 * file's folder (a process: no library, and nothing written). What git says goes nowhere: a problem is told in
 * peermap's own words, naming the revision as the user wrote it.
 */
public final class GitFile {
    /** A revision as a user writes one: a name, a hash, HEAD~2, main^, v1.0, @{1}; never an option. */
    private static final Pattern REVISION = Pattern.compile("[A-Za-z0-9_@{}~^./-]{1,200}");
    private static final long SECONDS = 30;

    private GitFile() {}

    /** The file {@code argument} (as named on the command line) at {@code revision}, as an input named after both. */
    public static InputFile show(String revision, String argument) {
        String name = argument + "@" + revision;
        if (!REVISION.matcher(revision).matches() || revision.startsWith("-")) {
            return failed(name, "'" + revision + "' is not a git revision (such as HEAD~1, main or a commit hash)");
        }
        Path file = Path.of(argument).toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return failed(name, "its folder does not exist");
        }
        Process process;
        try {
            process = new ProcessBuilder(List.of("git", "-C", folder.toString(), "show", "--no-textconv",
                    revision + ":./" + file.getFileName())).redirectErrorStream(false).start();
        } catch (IOException e) {
            return failed(name, "git is not installed (or not on the PATH), so the file cannot be read at a revision");
        }
        try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
            process.getOutputStream().close();
            byte[] bytes = out.readNBytes(SourceReader.MAX_BYTES + 1);
            if (bytes.length > SourceReader.MAX_BYTES) {
                process.destroyForcibly();
                return new InputFile(name, bytes, Optional.empty()); // refused by the reader as too large
            }
            String said = new String(err.readNBytes(8192), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            if (!process.waitFor(SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return failed(name, "git did not answer within " + SECONDS + " s");
            }
            if (process.exitValue() == 0) {
                return new InputFile(name, bytes, Optional.empty());
            }
            if (said.contains("not a git repository")) {
                return failed(name, "its folder is not in a git work tree, so it has no revisions");
            }
            if (said.contains("exists on disk, but not in") || said.contains("does not exist in")) {
                return failed(name, "the file did not exist at revision " + revision);
            }
            return failed(name, "git has no revision '" + revision + "' here (a commit, branch or tag such as HEAD~1)");
        } catch (IOException e) {
            return failed(name, "git could not be read");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return failed(name, "interrupted while git read the file");
        }
    }

    private static InputFile failed(String name, String problem) {
        return new InputFile(name, new byte[0], Optional.of(problem));
    }
}
