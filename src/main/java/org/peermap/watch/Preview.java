package org.peermap.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.peermap.LayoutFailed;
import org.peermap.Peermap;
import org.peermap.RenderOptions;
import org.peermap.Rendered;
import org.peermap.Renderer;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.Position;
import org.peermap.guard.LeakGuard;
import org.peermap.model.Case;
import org.peermap.output.OutputFile;
import org.peermap.source.InputFile;

/**
 * What the live preview shows of one case file: it is checked and drawn again after every save, with the one
 * {@link Renderer} kept warm. When the file has errors, the last map drawn stays, marked as not up to date.
 */
public final class Preview {
    private final String argument;
    private final Renderer renderer;
    private final RenderOptions options;
    private final boolean language;
    private final Object lock = new Object();
    private long version;
    private String fragment = "";
    private long errors;
    private List<String> maps = List.of();
    private String words = "";
    private Optional<Case> lastGood = Optional.empty();
    private List<Path> parts = List.of();
    /**
     * The drawing the next one starts from: where its people were, and which layout each page settled on (tried
     * first, so that a person added costs one Graphviz run); none before the first map.
     */
    private Optional<Rendered> from = Optional.empty();
    private boolean closed;

    /**
     * @param argument the case file as named on the command line
     * @param options the map options; only SVG is drawn
     * @param language whether careful-language warnings are shown
     */
    public Preview(String argument, Renderer renderer, RenderOptions options, boolean language) {
        this.argument = argument;
        this.renderer = renderer;
        this.options = options.svgOnly();
        this.language = language;
    }

    /**
     * One state of the page: its number (a later state has a larger one), the page's content, and how many errors
     * it lists (the file's, or the leak guard's when it refused the page).
     */
    public record State(long version, String fragment, long errors) {}

    /** The files whose saving redraws the page: the case file, its parts, and the YAML files beside it. */
    public List<Path> files() {
        TreeSet<Path> out = new TreeSet<>();
        Path file = Path.of(argument);
        out.add(file);
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            try (DirectoryStream<Path> beside = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
                beside.forEach(p -> out.add(file.getParent() == null ? p.getFileName() : file.getParent()
                        .resolve(p.getFileName())));
            } catch (IOException | RuntimeException e) {
                // the case file alone is watched
            }
        }
        synchronized (lock) {
            out.addAll(parts);
        }
        return List.copyOf(out);
    }

    /** The files the case is read from: the case file and the parts it read when last checked. */
    public java.util.Set<Path> read() {
        TreeSet<Path> out = new TreeSet<>();
        out.add(Path.of(argument));
        synchronized (lock) {
            out.addAll(parts);
        }
        return out;
    }

    /** Checks and draws the file as it is now; returns the page's state afterwards. */
    public State refresh() {
        InputFile input = InputFile.load(argument, java.io.InputStream.nullInputStream());
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<Case> drawn = Optional.empty();
        Rendered rendered = null;
        List<Path> readParts = List.of();
        if (input.problem().isPresent()) {
            diagnostics.add(Diagnostic.error(input.name(), Position.START, "cannot read file: "
                    + input.problem().get()));
        } else {
            Peermap.Checked checked = Peermap.check(input.name(), input.bytes(),
                    Peermap.carefulWords(input.name(), language));
            readParts = checked.files().keySet().stream().filter(n -> !n.equals(input.name())).map(Path::of).toList();
            diagnostics.addAll(checked.result().diagnostics());
            if (checked.result().checked().isPresent()) {
                Case c = checked.result().checked().get();
                try {
                    // from where everyone was: a person added in the meeting joins the map, which keeps its shape
                    Optional<Rendered> earlier;
                    synchronized (lock) {
                        earlier = from;
                    }
                    rendered = renderer.render(c, earlier.map(options::after).orElse(options));
                    rendered.warnings().forEach(w -> diagnostics.add(Diagnostic.warning(input.name(), Position.START,
                            w)));
                    rendered.refusal().forEach(r -> diagnostics.add(Diagnostic.error(input.name(), Position.START,
                            r)));
                    if (rendered.refusal().isEmpty()) {
                        drawn = Optional.of(c);
                    }
                } catch (LayoutFailed e) {
                    diagnostics.add(Diagnostic.error(input.name(), Position.START, e.said()));
                }
            }
        }
        diagnostics.sort(Diagnostic.BY_POSITION);
        synchronized (lock) {
            parts = readParts;
            if (drawn.isPresent()) {
                lastGood = drawn;
                // kept while the same people are drawn, so that an edit of words lays out the same graph from the same
                // places again, and the renderer's earlier Graphviz answers serve it; a person added or removed
                // starts the next drawing from this one
                if (!rendered.positions().isEmpty() && !from.map(e -> e.positions().keySet()).equals(Optional.of(
                        rendered.positions().keySet()))) {
                    from = Optional.of(rendered);
                }
                maps = PreviewPage.maps(rendered.files());
                words = PreviewPage.words(appendix(rendered));
            }
            String next = PreviewPage.fragment(diagnostics, drawn.isPresent(), lastGood.isPresent(), maps, words);
            List<String> leaks = leaks(next);
            errors = leaks.isEmpty() ? diagnostics.stream().filter(Diagnostic::isError).count() : leaks.size();
            next = leaks.isEmpty() ? next : PreviewPage.refused(leaks);
            if (!next.equals(fragment)) {
                fragment = next;
                version++;
                lock.notifyAll();
            }
            return new State(version, fragment, errors);
        }
    }

    private static String appendix(Rendered rendered) {
        return rendered.files().stream().filter(f -> f.name().endsWith("-appendix.md")).findFirst()
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).orElse("");
    }

    /**
     * What the leak guard finds in the page's words (messages, appendix), checked against the last case drawn; the
     * maps were checked when they were drawn. A page it refuses is replaced by its reasons, which name no one.
     */
    private List<String> leaks(String page) {
        if (lastGood.isEmpty()) {
            return List.of();
        }
        String text = page.replaceAll("(?s)<svg.*?</svg>", "");
        return LeakGuard.scan(lastGood.get(), List.of(new OutputFile("preview.html",
                text.getBytes(StandardCharsets.UTF_8))), options.showNames());
    }

    /** The page's state now. */
    public State state() {
        synchronized (lock) {
            return new State(version, fragment, errors);
        }
    }

    /**
     * Waits until the page is newer than {@code seen}, at most {@code millis} ms; returns the state then (the same
     * version on a time-out), or empty once the preview is closed.
     */
    public Optional<State> awaitNewer(long seen, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        synchronized (lock) {
            while (version <= seen && !closed) {
                long left = until - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                lock.wait(left);
            }
            return closed ? Optional.empty() : Optional.of(new State(version, fragment, errors));
        }
    }

    /** Ends every wait: the pages' event streams end. */
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }
}
