package org.peermap;

import java.time.Duration;
import org.peermap.layout.Engines;
import org.peermap.layout.LayoutException;
import org.peermap.layout.Layouter;
import org.peermap.model.Case;

/** Renders checked cases with one chosen Graphviz, started on first use and kept for later cases. */
public final class Renderer {
    private final Engine engine;
    private final Duration timeout;
    private Layouter layouter;

    Renderer(Engine engine, Duration timeout) {
        this.engine = engine;
        this.timeout = timeout;
    }

    /**
     * Starts the chosen Graphviz in the background, so that its start-up overlaps reading and checking the
     * cases. Failing to start is reported by the first {@link #render}, not here.
     */
    public void prepare() {
        try {
            layouter();
            layouter.prepare();
        } catch (LayoutException e) {
            // reported when a case is rendered
        }
    }

    private Layouter layouter() {
        if (layouter == null) {
            layouter = new Layouter(Engines.choose(Engines.Choice.valueOf(engine.name())), timeout);
        }
        return layouter;
    }

    /**
     * Where the people of {@code c} are on its peer map as {@code options} draw it (points, y down, by id): the
     * shape a later version starts from ({@code render --like}).
     */
    public java.util.Map<String, org.peermap.layout.Layout.XY> positions(Case c, RenderOptions options) {
        try {
            Layouter l = layouter();
            l.startCase();
            Case shown = c.believed().during(options.period());
            org.peermap.model.AnonymiseMode mode = options.anonymise().orElse(c.anonymise());
            return PeerPages.draw(shown, org.peermap.anonymise.Anonymiser.printed(c, mode, options.ages()), l,
                    options).positions();
        } catch (LayoutException e) {
            throw new LayoutFailed(e.getMessage(), e.kind(), e);
        }
    }

    /** The changes map of a diff (see {@link Differ}). */
    org.peermap.render.peer.PeerMapRenderer.Result changesMap(Case union, org.peermap.anonymise.Printed printed,
            RenderOptions options, org.peermap.render.peer.Changed changed) {
        Layouter l = layouter();
        l.startCase();
        return PeerPages.changesMap(union, printed, l, options, changed);
    }

    /** Renders one case; throws {@link LayoutFailed} when Graphviz cannot lay it out. */
    public Rendered render(Case c, RenderOptions options) {
        try {
            Layouter l = layouter();
            l.startCase();
            return Peermap.render(c, options, l);
        } catch (LayoutException e) {
            throw new LayoutFailed(e.getMessage(), e.kind(), e);
        }
    }
}
