package org.peermap.layout;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Graphviz's own {@code dot} program, found on the PATH. The DOT goes in on standard input and the
 * layout comes back on standard output: no temporary files.
 */
public final class NativeDot implements LayoutEngine {
    private final Path executable;

    private NativeDot(Path executable) {
        this.executable = executable;
    }

    /** The {@code dot} on the PATH, if there is one. */
    public static Optional<NativeDot> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "dot");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(new NativeDot(candidate));
            }
        }
        return Optional.empty();
    }

    @Override
    public String name() {
        return "dot";
    }

    @Override
    public String plain(String dot, Duration timeout) {
        Process process;
        try {
            process = new ProcessBuilder(executable.toString(), "-Kneato", "-Tplain").start();
        } catch (IOException e) {
            throw new LayoutException(LayoutException.Kind.UNAVAILABLE, "could not start Graphviz dot", e);
        }
        CompletableFuture<byte[]> out = readAll(process.getInputStream());
        CompletableFuture<byte[]> err = readAll(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // dot ended early; its exit status says why
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new LayoutException(LayoutException.Kind.TIMED_OUT, "layout took longer than "
                        + timeout.toSeconds()
                        + " s and was stopped (Graphviz dot); raise --layout-timeout, or split the case", null);
            }
            byte[] result = out.get();
            err.get();
            if (process.exitValue() != 0) {
                throw new LayoutException("Graphviz dot failed (exit status " + process.exitValue() + ")");
            }
            return new String(result, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LayoutException("layout was interrupted", e);
        } catch (ExecutionException e) {
            throw new LayoutException("could not read Graphviz dot's output", e);
        }
    }

    private static CompletableFuture<byte[]> readAll(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
    }
}
