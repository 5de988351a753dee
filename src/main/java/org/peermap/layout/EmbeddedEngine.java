package org.peermap.layout;

import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Graphviz without an install: viz.js (Graphviz 2.44 compiled to JavaScript, from the webjar graphviz-java
 * uses) running in J2V8. One worker thread owns the V8 runtime, so calls from any thread are serialised.
 *
 * <p>Every call starts from a copy of viz.js's pristine memory, taken once after it starts: without that,
 * viz.js leaks memory on every call, eventually aborts, and gives different layouts for the same graph
 * depending on earlier calls. With it, output is the same every time and matches native dot.
 */
public final class EmbeddedEngine implements LayoutEngine {
    /** viz.js memory: fixed, never grows; 64 MiB lays out about 3,000 nodes. */
    static final int TOTAL_MEMORY = 64 * 1024 * 1024;
    /** The DOT is copied onto viz.js's 5 MB stack; past about 1.2 M characters it aborts. */
    static final int MAX_DOT = 1_000_000;
    private static final String LIB = "libj2v8_linux_x86_64.so";
    private static final String VIZ = "/META-INF/resources/webjars/viz.js-graphviz-java/2.1.3/full.render.js";
    private static final String LAYOUT_JS = """
            var vizInst = null, vizSnap = null, vizTop = 0;
            function layout(src, totalMemory) {
              if (vizInst === null) {
                vizInst = Viz.Module({ TOTAL_MEMORY: totalMemory, print: function () {}, printErr: function () {} });
                vizSnap = vizInst.HEAPU8.slice(0, vizInst._sbrk(0));
              } else {
                vizInst.HEAPU8.set(vizSnap);
                vizInst.HEAPU8.fill(0, vizSnap.length, vizTop);
              }
              try {
                return Viz.render(vizInst, src, { format: 'plain', engine: 'neato', files: [], images: [],
                    yInvert: false, nop: 0 });
              } catch (e) {
                if (String(e).indexOf('abort(') === 0) vizInst = null;
                throw e;
              } finally {
                if (vizInst !== null) vizTop = vizInst._sbrk(0);
              }
            }
            """;
    private static EmbeddedEngine shared;

    private ExecutorService worker;
    private V8 v8;

    private EmbeddedEngine() {}

    /** The one embedded engine of this process (its start-up costs about a second, so it is kept). */
    public static synchronized EmbeddedEngine shared() {
        if (shared == null) {
            loadNativeOnce(cacheFolder());
            shared = new EmbeddedEngine();
        }
        return shared;
    }

    @Override
    public String name() {
        return "embedded";
    }

    /**
     * Starts viz.js (about a second) on the engine's own thread now, so that it is ready by the time the
     * first case has been read and checked.
     */
    @Override
    public synchronized void prepare() {
        worker().submit(() -> {
            start();
            return null;
        });
    }

    private ExecutorService worker() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "peermap-graphviz");
                t.setDaemon(true);
                return t;
            });
        }
        return worker;
    }

    /** Compiles viz.js into a new V8 runtime, once; runs on the worker thread only. */
    private void start() throws IOException {
        if (v8 != null) {
            return;
        }
        V8 runtime = V8.createV8Runtime();
        try (InputStream in = EmbeddedEngine.class.getResourceAsStream(VIZ)) {
            if (in == null) {
                throw new IllegalStateException("viz.js is missing from the peermap jar");
            }
            runtime.executeVoidScript("var Viz = {};\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    + LAYOUT_JS);
        }
        v8 = runtime;
    }

    @Override
    public synchronized String plain(String dot, Duration timeout) {
        if (dot.length() > MAX_DOT) {
            throw new LayoutException(LayoutException.Kind.UNAVAILABLE, "the map is too large for the embedded"
                    + " Graphviz; install Graphviz (dot)", null);
        }
        Future<String> result = worker().submit(() -> {
            start();
            V8Array args = new V8Array(v8).push(dot).push(TOTAL_MEMORY);
            try {
                return v8.executeStringFunction("layout", args);
            } finally {
                args.release();
            }
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            V8 runtime = v8;
            if (runtime != null) {
                runtime.terminateExecution();
            }
            try {
                result.get(5, TimeUnit.SECONDS);
            } catch (Exception stopped) {
                worker.submit(() -> {
                    if (v8 != null) {
                        v8.executeVoidScript("vizInst = null;");
                    }
                });
            }
            if (!result.isDone()) {
                shutdown();
            }
            throw new LayoutException(LayoutException.Kind.TIMED_OUT, "layout took longer than " + timeout.toSeconds()
                    + " s and was stopped (embedded Graphviz); raise --layout-timeout, or split the case", e);
        } catch (ExecutionException e) {
            throw new LayoutException("the embedded Graphviz failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LayoutException("layout was interrupted", e);
        }
    }

    private void shutdown() {
        if (worker == null) {
            return;
        }
        worker.submit(() -> {
            if (v8 != null) {
                v8.release(false);
            }
            v8 = null;
        });
        worker.shutdown();
        worker = null;
    }

    /**
     * Where peermap keeps what it unpacks once (J2V8's native library, the font for drawing):
     * {@code $XDG_CACHE_HOME/peermap}, or {@code ~/.cache/peermap}; the one place outside {@code -o} it writes.
     */
    public static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("peermap").toAbsolutePath();
    }

    /**
     * Left to itself, J2V8 rewrites its 21 MB library into the home folder on every start. Instead it is
     * unpacked once into the cache folder (temporary file, then an atomic rename, so parallel runs are
     * safe), its executable-stack flag cleared (else the JVM warns on stderr), and loaded from there.
     */
    static synchronized void loadNativeOnce(Path cacheDir) {
        if (V8.isLoaded()) {
            return;
        }
        try {
            URLConnection entry = V8.class.getResource("/" + LIB).openConnection();
            Properties pom = new Properties();
            try (InputStream in = V8.class.getResourceAsStream(
                    "/META-INF/maven/com.eclipsesource.j2v8/j2v8_linux_x86_64/pom.properties")) {
                if (in != null) {
                    pom.load(in);
                }
            }
            Path lib = cacheDir.resolve("j2v8-" + pom.getProperty("version", "unknown")).resolve(LIB);
            if (!Files.isRegularFile(lib) || Files.size(lib) != entry.getContentLengthLong()) {
                Path temp = null;
                try {
                    Files.createDirectories(lib.getParent());
                    temp = Files.createTempFile(lib.getParent(), LIB, ".part");
                    try (InputStream in = entry.getInputStream()) {
                        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    }
                    clearExecutableStack(temp);
                    Files.move(temp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new LayoutException(LayoutException.Kind.CANNOT_WRITE, "the embedded Graphviz needs to"
                            + " unpack its engine into " + cacheDir + " once, and cannot write there (" + (e
                            instanceof java.nio.file.AccessDeniedException ? "permission denied" : "it is not a"
                            + " writable folder") + "); make that folder writable, or install Graphviz (dot)", e);
                } finally {
                    if (temp != null) {
                        Files.deleteIfExists(temp);
                    }
                }
            }
            System.load(lib.toString());
            Field loaded = V8.class.getDeclaredField("nativeLibraryLoaded");
            loaded.setAccessible(true);
            loaded.setBoolean(null, true);
        } catch (LayoutException e) {
            throw e; // the cache cannot be written: said so, not "cannot start on this machine"
        } catch (IOException | ReflectiveOperationException | RuntimeException | UnsatisfiedLinkError e) {
            throw new LayoutException(LayoutException.Kind.UNAVAILABLE, "the embedded Graphviz cannot start on"
                    + " this machine (it needs Linux x86_64); install Graphviz (dot) instead", e);
        }
    }

    /** Like {@code execstack -c}: clears PF_X in the PT_GNU_STACK program header of an ELF64 file. */
    private static void clearExecutableStack(Path elf) throws IOException {
        try (FileChannel ch = FileChannel.open(elf, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(header, 0);
            if (header.getInt(0) != 0x464c457f || header.get(4) != 2 || header.get(5) != 1) {
                return;
            }
            int count = header.getShort(0x38) & 0xffff;
            for (int i = 0; i < count; i++) {
                long at = header.getLong(0x20) + (long) i * (header.getShort(0x36) & 0xffff);
                ByteBuffer program = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
                ch.read(program, at);
                if (program.getInt(0) == 0x6474e551) {
                    ch.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, program.getInt(4) & ~1),
                            at + 4);
                }
            }
        }
    }
}
