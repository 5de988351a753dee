package org.peermap.layout;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.WasmModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Graphviz without an install: Graphviz 16.1 compiled to WebAssembly ({@code src/main/wasm/graphviz.wasm}, the
 * build of {@code @viz-js/viz} 3.31.0) and run by Chicory, a WebAssembly runtime written in Java. Chicory's
 * build-time compiler has turned the module into JVM bytecode ({@code GraphvizWasm}, made by Maven), so this runs
 * wherever a JVM does, with no native library and nothing unpacked or written anywhere.
 *
 * <p>Every layout runs in a new instance of the module, made from its pristine memory, so no call sees what an
 * earlier one left: the same DOT gives the same bytes every time, on every machine ({@link WasmHost} gives no
 * clock, files or randomness). One worker thread runs the layouts, so calls from any thread are serialised; a
 * layout that takes longer than its timeout is interrupted, and its instance dropped.
 */
public final class EmbeddedEngine implements LayoutEngine {
    /** The DOT peermap writes is about 100 characters a person; this is far past any case (10,000 people). */
    static final int MAX_DOT = 4_000_000;
    private static EmbeddedEngine shared;

    private final WasmHost host = new WasmHost();
    private ExecutorService worker;
    private WasmModule module;
    private ImportValues imports;

    private EmbeddedEngine() {}

    /** The one embedded engine of this process (loading the module takes a moment, so it is kept). */
    public static synchronized EmbeddedEngine shared() {
        if (shared == null) {
            shared = new EmbeddedEngine();
        }
        return shared;
    }

    @Override
    public String name() {
        return "embedded";
    }

    /**
     * Loads the module on the engine's own thread now, and lays out a small map made by peermap (no case's, a
     * DOT of numbered boxes), so that the JVM has compiled Graphviz's code by the time the first case is read
     * and checked: the first real layout then takes a fifth of the time. The result is dropped; every layout
     * runs in a new instance, so this one changes no other.
     */
    @Override
    public synchronized void prepare() {
        worker().submit(() -> {
            start();
            try (var in = EmbeddedEngine.class.getResourceAsStream("warm-up.dot")) {
                if (in != null) {
                    layout(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
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

    /** Reads the module's description once; runs on the worker thread only. */
    private void start() {
        if (module == null) {
            WasmModule loaded = GraphvizWasm.load();
            imports = host.imports(loaded);
            module = loaded;
        }
    }

    @Override
    public synchronized String plain(String dot, Duration timeout) {
        if (dot.length() > MAX_DOT) {
            throw new LayoutException(LayoutException.Kind.UNAVAILABLE, "the map is too large for the embedded"
                    + " Graphviz; install Graphviz (dot)", null);
        }
        Future<String> result = worker().submit(() -> {
            start();
            return layout(dot);
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            try {
                result.get(5, TimeUnit.SECONDS);
            } catch (Exception stopped) {
                // it stopped, or it is left to run out on its daemon thread
            }
            if (!worker.isShutdown() && !finished(result)) {
                worker.shutdownNow();
                worker = null;
            }
            throw new LayoutException(LayoutException.Kind.TIMED_OUT, "layout took longer than " + timeout.toSeconds()
                    + " s and was stopped (embedded Graphviz); raise --layout-timeout, or split the case", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LayoutException layout) {
                throw layout;
            }
            throw new LayoutException("the embedded Graphviz failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LayoutException("layout was interrupted", e);
        }
    }

    private static boolean finished(Future<?> f) {
        return f.isDone() && !f.isCancelled();
    }

    /** One layout in a new instance: the DOT is read, laid out by neato and written as {@code plain}. */
    private String layout(String dot) {
        host.clear();
        Instance instance = Instance.builder(module).withImportValues(imports)
                .withMachineFactory(GraphvizWasm::create).build();
        try {
            instance.export("A").apply(); // Emscripten's constructors (__wasm_call_ctors)
            Memory memory = instance.memory();
            int source = string(instance, dot);
            int graph = (int) call(instance, "I", source); // viz_read_one_graph
            call(instance, "E", source); // free
            if (graph == 0) {
                throw failed("Graphviz could not read the map's DOT");
            }
            call(instance, "B", 0); // viz_set_y_invert
            call(instance, "C", 0); // viz_set_reduce
            int context = (int) call(instance, "V"); // viz_create_context
            call(instance, "Z"); // viz_reset_errors
            if (call(instance, "X", context, graph, string(instance, "neato")) != 0) { // viz_layout
                throw failed("Graphviz could not lay out this map");
            }
            int plain = (int) call(instance, "_", context, graph, string(instance, "plain")); // viz_render
            if (plain == 0) {
                throw failed("Graphviz could not write the layout");
            }
            return memory.readCString(plain, StandardCharsets.UTF_8);
        } catch (WasmHost.Stopped e) {
            throw failed(e.getMessage());
        } catch (com.dylibso.chicory.wasm.ChicoryException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new LayoutException(LayoutException.Kind.TIMED_OUT, "layout was stopped", e);
            }
            throw new LayoutException("the embedded Graphviz failed (" + e.getMessage() + ")", e);
        }
    }

    private LayoutException failed(String what) {
        String said = host.messages();
        return new LayoutException(what + (said.isEmpty() ? "" : ": " + said));
    }

    private static long call(Instance instance, String export, long... args) {
        ExportFunction f = instance.export(export);
        long[] r = f.apply(args);
        return r == null || r.length == 0 ? 0 : r[0];
    }

    /** Copies {@code s} into the module's memory as a C string (malloc); the instance is dropped after the call. */
    private static int string(Instance instance, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int at = (int) call(instance, "F", bytes.length + 1); // malloc
        if (at == 0) {
            throw new LayoutException(LayoutException.Kind.UNAVAILABLE, "the map is too large for the embedded"
                    + " Graphviz's memory; install Graphviz (dot)", null);
        }
        instance.memory().write(at, bytes);
        instance.memory().writeByte(at + bytes.length, (byte) 0);
        return at;
    }

    /**
     * Where peermap keeps what it makes once (the font for drawing): {@code $XDG_CACHE_HOME/peermap}, or
     * {@code ~/.cache/peermap}; the one place outside {@code -o} it writes.
     */
    public static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("peermap").toAbsolutePath();
    }
}
