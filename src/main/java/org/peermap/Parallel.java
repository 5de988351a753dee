package org.peermap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The independent pieces of one case's drawing (the pages of a peer map, the incident map beside it, the files
 * of each page) made on every core at once. Each piece is made exactly as it would be alone, and the results are
 * kept in the order asked, so the files are byte for byte the same as made one after the other.
 */
final class Parallel {
    private Parallel() {}

    /** Helper threads, which end when idle; the calling thread always works too, so no piece waits on a pool. */
    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "peermap-page");
        t.setDaemon(true);
        return t;
    });

    /**
     * {@code make} of every item, in the items' order, made on up to one thread per core (the caller's among them).
     * When pieces fail, the failure of the first in order is thrown, once every piece started has ended; no new
     * piece starts after a failure.
     */
    static <T, R> List<R> map(List<T> items, Function<T, R> make) {
        int n = items.size();
        int threads = Math.min(n, Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<R> out = new ArrayList<>(n);
            items.forEach(item -> out.add(make.apply(item)));
            return out;
        }
        Object[] results = new Object[n];
        RuntimeException[] failures = new RuntimeException[n];
        Error[] errors = new Error[n];
        AtomicInteger next = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < n && !failed.get(); i = next.getAndIncrement()) {
                try {
                    results[i] = make.apply(items.get(i));
                } catch (RuntimeException e) {
                    failures[i] = e;
                    failed.set(true);
                } catch (Error e) {
                    errors[i] = e;
                    failed.set(true);
                }
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            helpers.add(HELPERS.submit(work));
        }
        work.run();
        boolean interrupted = false;
        for (Future<?> helper : helpers) {
            while (true) {
                try {
                    helper.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the pieces under way end by the case's deadline; wait for them
                } catch (java.util.concurrent.ExecutionException e) {
                    break; // work catches everything it can throw
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (int i = 0; i < n; i++) {
            if (errors[i] != null) {
                throw errors[i];
            }
            if (failures[i] != null) {
                throw failures[i];
            }
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) (List<?>) java.util.Arrays.asList(results);
        return new ArrayList<>(out);
    }

    /** {@code make} started now on another thread, for {@link #await}. */
    static <R> java.util.concurrent.CompletableFuture<R> later(java.util.function.Supplier<R> make) {
        return java.util.concurrent.CompletableFuture.supplyAsync(make, HELPERS);
    }

    /** What {@link #later} made, or what it threw, as if made on this thread. */
    static <R> R await(java.util.concurrent.CompletableFuture<R> later) {
        try {
            return later.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
