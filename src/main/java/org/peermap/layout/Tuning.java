package org.peermap.layout;

import java.util.Locale;

/**
 * How a graph is laid out, beyond its nodes and lines: tried in turn by the incident-aware layout.
 *
 * @param pull how strongly groups pull their members together: 1 normally, more to pull harder
 * @param spread how long lines are: 1 normally, more to spread the map out
 * @param seed where Graphviz's spring layout starts (its {@code start}); the same seed, the same layout
 * @param compact overlaps removed by VPSC (quadratic programming that moves nodes the least, the same in
 *     native dot and the embedded engine) rather than Graphviz's default (Prism in Debian's dot, Voronoi in
 *     the embedded engine, which has no GTS and spreads large maps far)
 */
public record Tuning(double pull, double spread, int seed, boolean compact) {
    public static final Tuning DEFAULT = new Tuning(1, 1, 7, false);

    /** The {@code overlap} attribute for this tuning. */
    String overlap() {
        return compact ? "vpsc" : "false";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "pull %.2f, spread %.2f, start %d%s", pull, spread, seed,
                compact ? ", vpsc" : "");
    }
}
