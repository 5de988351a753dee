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
 * @param sep the room kept around every node, in points (Graphviz's {@code sep}): 9 normally, less for the
 *     small nodes of an overview
 * @param tight whether Graphviz's default overlap removal starts from the layout as it is rather than
 *     first spreading it to four times the nodes' size ({@code overlap_scaling=-1}, for an overview)
 * @param square whether each node is laid out in a square as wide as its longer side (VPSC separates
 *     wide nodes mostly up and down, so a large map of wide nodes comes out tall and narrow; squares
 *     keep it as wide as it is high)
 *
 * <p>Who routes the lines does not depend on the tuning: neato up to {@code DotWriter.ROUTED_NODES} nodes, else
 * {@link Router}.
 */
public record Tuning(double pull, double spread, int seed, boolean compact, double sep, boolean tight,
        boolean square) {
    public static final Tuning DEFAULT = new Tuning(1, 1, 7, false);

    public Tuning(double pull, double spread, int seed, boolean compact) {
        this(pull, spread, seed, compact, 9, false, false);
    }

    /** The {@code overlap} attribute for this tuning. */
    String overlap() {
        return compact ? "vpsc" : "false";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "pull %.2f, spread %.2f, start %d%s, sep %.0f%s", pull, spread, seed,
                compact ? ", vpsc" : "", sep, tight ? ", tight" : "") + (square ? ", square" : "");
    }
}
