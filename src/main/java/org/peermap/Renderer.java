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

    /** Renders one case; throws {@link LayoutFailed} when Graphviz cannot lay it out. */
    public Rendered render(Case c, RenderOptions options) {
        try {
            if (layouter == null) {
                layouter = new Layouter(Engines.choose(Engines.Choice.valueOf(engine.name())), timeout);
            }
            return Peermap.render(c, options, layouter);
        } catch (LayoutException e) {
            throw new LayoutFailed(e.getMessage(), e.getMessage().contains("longer than"), e);
        }
    }
}
