package org.peermap.layout;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.Import;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the Graphviz WebAssembly module asks of its host: the few system calls of Emscripten's C library, each
 * answered here without touching the machine. There are no files (every open fails), no clock (time is always
 * 0), no randomness (random bytes are zeros) and no environment, so a layout depends on its DOT alone and gives
 * the same bytes on every machine. What Graphviz writes to stderr, and its error messages, are kept for the
 * message of a failed layout. Memory grows on request up to {@link #MAX_MEMORY}.
 *
 * <p>The module's imports have short names given by Emscripten's minifier; {@link #IMPORTS} says which C function
 * each one is, as {@code lib/backend.js} of {@code @viz-js/viz} 3.31.0 lists them ({@code wasmImports}). A
 * different {@code graphviz.wasm} needs this table made again from its own {@code backend.js}.
 */
final class WasmHost {
    /** The most memory one layout may use: far more than a borough's largest map needs (about 40 MiB). */
    static final long MAX_MEMORY = 512L * 1024 * 1024;

    static final Map<String, String> IMPORTS = Map.ofEntries(Map.entry("a", "__assert_fail"),
            Map.entry("b", "__cxa_throw"), Map.entry("c", "exit"), Map.entry("d", "fd_write"),
            Map.entry("e", "fd_close"), Map.entry("f", "__syscall_fcntl64"), Map.entry("g", "emscripten_date_now"),
            Map.entry("h", "_abort_js"), Map.entry("i", "fd_read"), Map.entry("j", "__syscall_ioctl"),
            Map.entry("k", "emscripten_resize_heap"), Map.entry("l", "__syscall_openat"),
            Map.entry("m", "_mmap_js"), Map.entry("n", "_munmap_js"), Map.entry("o", "_localtime_js"),
            Map.entry("p", "viz_errorf"), Map.entry("q", "_tzset_js"), Map.entry("r", "fd_seek"),
            Map.entry("s", "environ_get"), Map.entry("t", "environ_sizes_get"), Map.entry("u", "random_get"),
            Map.entry("v", "__syscall_newfstatat"), Map.entry("w", "__syscall_fstat64"),
            Map.entry("x", "clock_time_get"), Map.entry("y", "__syscall_faccessat"));

    // Emscripten's errno numbers (WASI's)
    private static final int EBADF = 8;
    private static final int ENOENT = 44;
    private static final int ENOMEM = 48;
    private static final int ENOTTY = 59;
    private static final int ESPIPE = 70;

    /** Graphviz stopped the program (abort, a failed assertion, exit): the layout has no result. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped(String what) {
            super(what, null, false, false);
        }
    }

    private final StringBuilder messages = new StringBuilder();

    /** What Graphviz said on stderr and through {@code agerr} during this layout, trimmed. */
    String messages() {
        return messages.toString().strip();
    }

    /** The host functions for {@code module}, one per import; an import not in {@link #IMPORTS} is a build error. */
    ImportValues imports(WasmModule module) {
        List<HostFunction> functions = new ArrayList<>();
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imported = module.importSection().getImport(i);
            String name = IMPORTS.get(imported.name());
            if (!(imported instanceof FunctionImport function) || name == null) {
                throw new IllegalStateException("graphviz.wasm imports " + imported.module() + "." + imported.name()
                        + ", which peermap does not provide");
            }
            var type = module.typeSection().getType(function.typeIndex());
            boolean returns = !type.returns().isEmpty();
            functions.add(new HostFunction(imported.module(), imported.name(), type, (instance, args) -> {
                long[] r = call(name, instance, args);
                return r == null && returns ? result(0) : r;
            }));
        }
        return ImportValues.builder().addFunction(functions.toArray(new HostFunction[0])).build();
    }

    private long[] call(String name, Instance instance, long[] a) {
        Memory m = instance.memory();
        switch (name) {
            case "__assert_fail":
                throw new Stopped("Graphviz failed an assertion: " + m.readCString((int) a[0]));
            case "__cxa_throw":
            case "_abort_js":
                throw new Stopped("Graphviz aborted");
            case "exit":
                throw new Stopped("Graphviz exited with status " + a[0]);
            case "fd_write":
                return result(write(m, (int) a[1], (int) a[2], (int) a[3]));
            case "viz_errorf":
                messages.append(m.readCString((int) a[0]));
                return null;
            case "emscripten_resize_heap":
                return result(grow(m, a[0] & 0xffff_ffffL) ? 1 : 0);
            case "__syscall_openat":
            case "__syscall_faccessat":
            case "__syscall_newfstatat":
                return result(-ENOENT);
            case "__syscall_fstat64":
                return result(-EBADF);
            case "__syscall_ioctl":
                return result(-ENOTTY);
            case "__syscall_fcntl64":
            case "fd_close":
            case "_munmap_js":
                return result(0);
            case "_mmap_js":
                return result(-ENOMEM);
            case "fd_seek":
                return result(ESPIPE);
            case "fd_read":
                m.writeI32((int) a[3], 0);
                return result(0);
            case "environ_get":
                return result(0);
            case "environ_sizes_get":
                m.writeI32((int) a[0], 0);
                m.writeI32((int) a[1], 0);
                return result(0);
            case "random_get":
                m.fill((byte) 0, (int) a[0], (int) a[0] + (int) a[1]);
                return result(0);
            case "clock_time_get":
                m.writeLong((int) a[2], 0);
                return result(0);
            case "emscripten_date_now":
                return result(Double.doubleToRawLongBits(0.0));
            case "_localtime_js":
                m.fill((byte) 0, (int) a[a.length - 1], (int) a[a.length - 1] + 44); // struct tm: 1970-01-01
                return null;
            case "_tzset_js":
                m.writeI32((int) a[0], 0);
                m.writeI32((int) a[1], 0);
                m.writeCString((int) a[2], "UTC");
                m.writeCString((int) a[3], "UTC");
                return null;
            default:
                throw new IllegalStateException("no host function " + name);
        }
    }

    private static long[] result(long value) {
        return new long[] {value};
    }

    /** {@code fd_write} of the iovecs at {@code iov}: stdout and stderr are kept as messages. */
    private int write(Memory m, int iov, int count, int written) {
        int total = 0;
        for (int k = 0; k < count; k++) {
            int at = m.readInt(iov + 8 * k);
            int length = m.readInt(iov + 8 * k + 4);
            if (messages.length() < 64 * 1024) {
                messages.append(new String(m.readBytes(at, length), StandardCharsets.UTF_8));
            }
            total += length;
        }
        m.writeI32(written, total);
        return 0;
    }

    /** Grows memory to at least {@code bytes}, within {@link #MAX_MEMORY} and the module's own maximum. */
    private static boolean grow(Memory m, long bytes) {
        long have = (long) m.pages() * Memory.PAGE_SIZE;
        if (bytes <= have) {
            return true;
        }
        if (bytes > MAX_MEMORY) {
            return false;
        }
        long pages = (bytes - have + Memory.PAGE_SIZE - 1) / Memory.PAGE_SIZE;
        return m.grow((int) pages) >= 0;
    }
}
