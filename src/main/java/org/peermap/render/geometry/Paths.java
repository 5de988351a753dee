package org.peermap.render.geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * Operations on polylines ({@code List<Point>} in drawing order, y-down screen coordinates): flattening
 * Graphviz splines, walking by arc length, trimming, parallel offsets and zig-zag or wavy decorations.
 *
 * <p>Every method that takes a line requires at least one point ({@link IllegalArgumentException}
 * otherwise), tolerates zero-length segments and returns an unmodifiable list. Distances along a line are
 * arc lengths from its first point, clamped to {@code [0, length]}.
 */
public final class Paths {

    /** Subdivision depth limit for {@link #flatten}: at most 2^16 pieces per Bézier segment. */
    static final int MAX_DEPTH = 16;

    private Paths() {
    }

    /**
     * Flattens a Graphviz spline ({@code 1 + 3n} control points: the start, then {@code c1, c2, end} for each
     * cubic segment) into a polyline by adaptive subdivision: a piece is accepted once both its inner control
     * points lie within {@code tolerance} of its chord, which bounds the distance between the curve and the
     * polyline (both ways) by {@code tolerance}.
     *
     * <p>The first and last points are exactly the spline's ends, and every point lies on the curve. Exactly
     * repeated consecutive points are dropped, but a spline with at least one segment always gives at least
     * two points (a spline that stays at one point gives that point twice). A single control point gives a
     * one-point line.
     *
     * @param bezier the control points
     * @param tolerance the largest allowed deviation, in points; must be positive (0.1 is plenty for drawing)
     * @throws IllegalArgumentException if the spline is malformed or the tolerance is not positive and finite
     */
    public static List<Point> flatten(List<Point> bezier, double tolerance) {
        int segments = Curves.segmentCount(bezier);
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be positive and finite: " + tolerance);
        }
        List<Point> out = new ArrayList<>();
        out.add(bezier.get(0));
        for (int s = 0; s < segments; s++) {
            int i = 3 * s;
            subdivide(bezier.get(i), bezier.get(i + 1), bezier.get(i + 2), bezier.get(i + 3), tolerance, 0, out);
        }
        if (out.size() == 1 && segments > 0) {
            out.add(bezier.get(bezier.size() - 1));
        }
        return List.copyOf(out);
    }

    private static void subdivide(Point p0, Point p1, Point p2, Point p3, double tolerance, int depth,
            List<Point> out) {
        boolean flat = p1.distanceToSegment(p0, p3) <= tolerance && p2.distanceToSegment(p0, p3) <= tolerance;
        if (flat || depth >= MAX_DEPTH) {
            if (!p3.equals(out.get(out.size() - 1))) {
                out.add(p3);
            }
            return;
        }
        List<Point> halves = Curves.split(p0, p1, p2, p3, 0.5);
        subdivide(halves.get(0), halves.get(1), halves.get(2), halves.get(3), tolerance, depth + 1, out);
        subdivide(halves.get(3), halves.get(4), halves.get(5), halves.get(6), tolerance, depth + 1, out);
    }

    /** Returns the length of the line: the sum of its segment lengths (0 for one point or an empty list). */
    public static double length(List<Point> line) {
        return line.isEmpty() ? 0 : new Measured(line).length();
    }

    /**
     * Returns the point at arc length {@code distance} from the start. Distances at or below 0 give exactly
     * the first point; at or beyond the length, exactly the last.
     */
    public static Point pointAt(List<Point> line, double distance) {
        return new Measured(line).pointAt(distance);
    }

    /**
     * Returns the unit direction of travel at arc length {@code distance}: the direction of the segment that
     * contains it, the following segment at a vertex, and the last non-zero segment at or beyond the end.
     * Zero-length segments are skipped. A line of zero length has no direction and gives {@code (1, 0)}.
     */
    public static Point tangentAt(List<Point> line, double distance) {
        return new Measured(line).tangentAt(distance);
    }

    /**
     * Returns the part of the line between arc lengths {@code from} and {@code to}, both clamped to the line
     * ({@code to} is raised to {@code from} if smaller). The result has at least two points; its ends are
     * exactly {@code pointAt(from)} and {@code pointAt(to)}, and between them come the original vertices.
     */
    public static List<Point> slice(List<Point> line, double from, double to) {
        return new Measured(line).slice(from, to);
    }

    /**
     * Cuts arc length {@code distance} off the start (to leave room for an arrowhead at the start). The result
     * ends exactly at the line's last point. A cut of 0 returns the line unchanged. If the line is no longer
     * than the cut, the result is the degenerate two-point line {@code [last, last]}: valid, of zero length.
     *
     * @throws IllegalArgumentException if {@code distance} is negative or NaN, or the line is empty
     */
    public static List<Point> trimStart(List<Point> line, double distance) {
        checkNotNegative(distance, "trim distance");
        Measured measured = new Measured(line);
        return distance == 0 ? measured.points() : measured.slice(distance, measured.length());
    }

    /**
     * Cuts arc length {@code distance} off the end (to leave room for an arrowhead at the end). The result
     * starts exactly at the line's first point. A cut of 0 returns the line unchanged. If the line is no
     * longer than the cut, the result is the degenerate two-point line {@code [first, first]}.
     *
     * @throws IllegalArgumentException if {@code distance} is negative or NaN, or the line is empty
     */
    public static List<Point> trimEnd(List<Point> line, double distance) {
        checkNotNegative(distance, "trim distance");
        Measured measured = new Measured(line);
        return distance == 0 ? measured.points() : measured.slice(0, measured.length() - distance);
    }

    /** Returns the shortest distance from {@code p} to the line (to its only point if it has one). */
    public static double distanceTo(List<Point> line, Point p) {
        if (line.isEmpty()) {
            throw new IllegalArgumentException("a line needs at least one point");
        }
        double best = p.distance(line.get(0));
        for (int i = 1; i < line.size(); i++) {
            best = Math.min(best, p.distanceToSegment(line.get(i - 1), line.get(i)));
        }
        return best;
    }

    /**
     * Returns the line moved sideways by the signed {@code distance}: positive to the left of the direction
     * of travel as seen on a y-down screen (see {@link Point#perpendicular()}; travelling right, positive is
     * up), negative to the right. Used for the double line: strokes at {@code +1.5} and {@code -1.5}.
     *
     * <p>Each end moves along the normal of its end segment, so the offset ends sit square beside the
     * original ends. At each inner vertex the two neighbouring offset segments are joined at their
     * intersection (a miter), which keeps the offset exactly {@code |distance|} from both segments, so it
     * stays parallel on flattened curves. Where a sharp turn would make the miter longer than 4 × |distance|,
     * the outer side of the turn gets a bevel (two points) and the inner side a miter clamped to that
     * length. Consecutive points closer than 1e-9 are merged first. A line of zero length (or a distance of
     * 0) is returned unchanged.
     *
     * @throws IllegalArgumentException if {@code distance} is not finite, or the line is empty
     */
    public static List<Point> offset(List<Point> line, double distance) {
        return Offsets.offset(line, distance);
    }

    /**
     * Returns a zig-zag that follows the line: straight along the line for {@code leadIn} from the start and
     * {@code leadOut} before the end, and in between a triangle wave. The middle part of arc length
     * {@code M = length - leadIn - leadOut} holds {@code n = max(1, round(M / wavelength))} whole waves of
     * actual wavelength {@code M / n}, so the wave ends on the centre line exactly where the lead-out starts.
     *
     * <p>The points are: the lead-in (the line's own vertices up to arc length {@code leadIn}), then
     * {@code 2n} peaks, the k-th (from 0) at arc length {@code leadIn + (k + 1/2) * M / (2n)}, moved
     * sideways along the local normal by {@code +amplitude} for even k and {@code -amplitude} for odd k
     * (positive = left of travel, as in {@link #offset}), then the lead-out, starting on the centre line at
     * arc length {@code length - leadOut}. Peaks are joined by straight strokes. The result starts and ends
     * exactly at the line's ends.
     *
     * <p>If the line is shorter than {@code leadIn + leadOut + wavelength}, the line is returned unchanged.
     *
     * @param amplitude the peaks' distance from the centre line (negative starts on the right)
     * @param wavelength the wanted arc length of one full wave (up, down, back); positive
     * @param leadIn the straight part at the start; not negative
     * @param leadOut the straight part at the end; not negative
     * @throws IllegalArgumentException on a non-finite amplitude, non-positive wavelength, negative lead,
     *     or an empty line
     */
    public static List<Point> zigzag(List<Point> line, double amplitude, double wavelength, double leadIn,
            double leadOut) {
        return Waves.zigzag(line, amplitude, wavelength, leadIn, leadOut);
    }

    /**
     * Returns a smooth wavy line that follows the line, with the same lead-in, lead-out, whole-wave and
     * too-short rules as {@link #zigzag}. In between, the sideways offset at arc length {@code s} is
     * {@code amplitude * sin(2π (s - leadIn) / λ)} with {@code λ = M / n}, so a positive amplitude first
     * swings to the left of travel. The wave is sampled at least 24 times per wave and at most 2 pt apart
     * along the line, with a multiple of 4 samples per wave so that every crest and trough is a sample at
     * exactly the amplitude; the samples are joined by straight segments.
     *
     * @throws IllegalArgumentException on the same arguments as {@link #zigzag}
     */
    public static List<Point> wavy(List<Point> line, double amplitude, double wavelength, double leadIn,
            double leadOut) {
        return Waves.wavy(line, amplitude, wavelength, leadIn, leadOut);
    }

    static void checkNotNegative(double value, String what) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and not negative: " + value);
        }
    }
}
