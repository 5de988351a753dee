package org.peermap.render.geometry;

import java.util.ArrayList;
import java.util.List;

/** Zig-zag and wavy decorations along polylines; see {@link Paths#zigzag} and {@link Paths#wavy}. */
final class Waves {

    /** Fewest samples per wave of a wavy line (a multiple of 4, so crests and troughs are sampled). */
    static final int MIN_SAMPLES_PER_WAVE = 24;

    /** Longest arc length between wavy-line samples, so long waves on curved lines still follow the curve. */
    static final double MAX_SAMPLE_SPACING = 2;

    private Waves() {
    }

    static List<Point> zigzag(List<Point> line, double amplitude, double wavelength, double leadIn,
            double leadOut) {
        Layout layout = Layout.of(line, amplitude, wavelength, leadIn, leadOut);
        if (layout == null) {
            return List.copyOf(line);
        }
        List<Point> out = new ArrayList<>(layout.leadIn());
        int peaks = 2 * layout.waves();
        double step = layout.span() / peaks;
        for (int k = 0; k < peaks; k++) {
            double side = k % 2 == 0 ? amplitude : -amplitude;
            out.add(layout.sideways(leadIn + (k + 0.5) * step, side));
        }
        addAll(out, layout.leadOut());
        return List.copyOf(out);
    }

    static List<Point> wavy(List<Point> line, double amplitude, double wavelength, double leadIn,
            double leadOut) {
        Layout layout = Layout.of(line, amplitude, wavelength, leadIn, leadOut);
        if (layout == null) {
            return List.copyOf(line);
        }
        List<Point> out = new ArrayList<>(layout.leadIn());
        double actualWavelength = layout.span() / layout.waves();
        int perWave = samplesPerWave(actualWavelength);
        int samples = perWave * layout.waves();
        for (int j = 1; j < samples; j++) {
            out.add(layout.sideways(leadIn + layout.span() * j / samples, amplitude * wave(j, perWave)));
        }
        addAll(out, layout.leadOut());
        return List.copyOf(out);
    }

    /** Returns the number of samples per wave for a wave of the given arc length: a multiple of 4, at least 24. */
    static int samplesPerWave(double wavelength) {
        int wanted = (int) Math.ceil(wavelength / MAX_SAMPLE_SPACING);
        int samples = Math.max(MIN_SAMPLES_PER_WAVE, wanted);
        return (samples + 3) / 4 * 4;
    }

    /** Returns sin(2π j / perWave), exact at the quarter waves (perWave is a multiple of 4). */
    private static double wave(int j, int perWave) {
        int phase = j % perWave;
        int quarter = perWave / 4;
        if (phase % quarter == 0) {
            return new double[] {0, 1, 0, -1}[phase / quarter];
        }
        return Math.sin(2 * Math.PI * phase / perWave);
    }

    /** Appends {@code points} to {@code out}, skipping the first if it repeats the last point of {@code out}. */
    private static void addAll(List<Point> out, List<Point> points) {
        for (Point p : points) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) {
                out.add(p);
            }
        }
    }

    /** The agreed split of a line into lead-in, a whole number of waves, and lead-out. */
    private record Layout(Measured line, double leadInLength, double span, int waves) {

        /** Returns the layout, or null if the line is too short for the leads and one wave. */
        static Layout of(List<Point> points, double amplitude, double wavelength, double leadIn, double leadOut) {
            if (!Double.isFinite(amplitude)) {
                throw new IllegalArgumentException("amplitude must be finite: " + amplitude);
            }
            if (!(wavelength > 0) || !Double.isFinite(wavelength)) {
                throw new IllegalArgumentException("wavelength must be positive and finite: " + wavelength);
            }
            Paths.checkNotNegative(leadIn, "lead-in");
            Paths.checkNotNegative(leadOut, "lead-out");
            Measured line = new Measured(points);
            double span = line.length() - leadIn - leadOut;
            if (!(span >= wavelength)) {
                return null;
            }
            int waves = (int) Math.max(1, Math.round(span / wavelength));
            return new Layout(line, leadIn, span, waves);
        }

        /** The line from its start to the start of the waves, ending on the centre line. */
        List<Point> leadIn() {
            return leadInLength == 0 ? List.of(line.points().get(0)) : line.slice(0, leadInLength);
        }

        /** The line from the end of the waves to its end, starting on the centre line. */
        List<Point> leadOut() {
            return line.slice(leadInLength + span, line.length());
        }

        /** The point at arc length {@code s} moved {@code side} along the left normal. */
        Point sideways(double s, double side) {
            return line.pointAt(s).plus(line.tangentAt(s).perpendicular().times(side));
        }
    }
}
