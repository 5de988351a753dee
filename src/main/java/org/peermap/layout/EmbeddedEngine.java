package org.peermap.layout;

import com.dylibso.chicory.runtime.ExportFunction;
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
 * clock, files or randomness). Layouts run on the engine's own threads, one a core, so a pack's jobs lay out at
 * once; a layout that takes longer than its timeout is interrupted, and its instance dropped.
 */
public final class EmbeddedEngine implements LayoutEngine {
    /** The DOT peermap writes is about 100 characters a person; this is far past any case (10,000 people). */
    static final int MAX_DOT = 4_000_000;
    private static EmbeddedEngine shared;

    private ExecutorService workers;
    private volatile WasmModule module;

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
    public void prepare() {
        workers().submit(() -> {
            start();
            try (var in = EmbeddedEngine.class.getResourceAsStream("warm-up.dot")) {
                if (in != null) {
                    layout(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return null;
        });
    }

    private synchronized ExecutorService workers() {
        if (workers == null) {
            workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "peermap-graphviz");
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }

    /** Reads the module's description once. */
    private synchronized WasmModule start() {
        if (module == null) {
            module = GraphvizWasm.load();
        }
        return module;
    }

    @Override
    public String plain(String dot, Duration timeout) {
        if (dot.length() > MAX_DOT) {
            throw new LayoutException(LayoutException.Kind.UNAVAILABLE, "the map is too large for the embedded"
                    + " Graphviz; install Graphviz (dot)", null);
        }
        Future<String> result = workers().submit(() -> layout(dot));
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true); // interrupts it: Chicory stops at its next loop or call
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

    /** One layout in a new instance: the DOT is read, laid out by neato and written as {@code plain}. */
    private String layout(String dot) {
        WasmModule loaded = start();
        WasmHost host = new WasmHost();
        Instance instance = Instance.builder(loaded).withImportValues(host.imports(loaded))
                .withMachineFactory(GraphvizWasm::create).build();
        try {
            instance.export("A").apply(); // Emscripten's constructors (__wasm_call_ctors)
            Memory memory = instance.memory();
            int source = string(instance, dot);
            int graph = (int) call(instance, "I", source); // viz_read_one_graph
            call(instance, "E", source); // free
            if (graph == 0) {
                throw failed(host, "Graphviz could not read the map's DOT");
            }
            call(instance, "B", 0); // viz_set_y_invert
            call(instance, "C", 0); // viz_set_reduce
            int context = (int) call(instance, "V"); // viz_create_context
            call(instance, "Z"); // viz_reset_errors
            if (call(instance, "X", context, graph, string(instance, "neato")) != 0) { // viz_layout
                throw failed(host, "Graphviz could not lay out this map");
            }
            int plain = (int) call(instance, "_", context, graph, string(instance, "plain")); // viz_render
            if (plain == 0) {
                throw failed(host, "Graphviz could not write the layout");
            }
            return memory.readCString(plain, StandardCharsets.UTF_8);
        } catch (WasmHost.Stopped e) {
            throw failed(host, e.getMessage());
        } catch (com.dylibso.chicory.wasm.ChicoryException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new LayoutException(LayoutException.Kind.TIMED_OUT, "layout was stopped", e);
            }
            throw new LayoutException("the embedded Graphviz failed (" + e.getMessage() + ")", e);
        }
    }

    private static LayoutException failed(WasmHost host, String what) {
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
