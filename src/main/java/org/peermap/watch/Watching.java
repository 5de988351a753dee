package org.peermap.watch;

/**
 * Follows a {@link Preview}'s files: after each save (once the saving is over) the preview is checked and drawn
 * again, the files followed are brought up to date (a part added or dropped), and the caller is told.
 */
public final class Watching implements AutoCloseable {
    private final FileWatch files;

    /**
     * @param preview what is redrawn
     * @param redrawn called after each redraw, on the watching thread
     */
    public Watching(Preview preview, Runnable redrawn) {
        FileWatch[] self = new FileWatch[1];
        self[0] = new FileWatch(preview.files(), preview.read(), () -> {
            preview.refresh();
            self[0].files(preview.files(), preview.read());
            redrawn.run();
        });
        this.files = self[0];
    }

    /** Starts following the files. */
    public void start() {
        files.start();
    }

    /** Stops following them. */
    @Override
    public void close() {
        files.close();
    }
}
