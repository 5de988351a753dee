package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peermap.render.geometry.Fixtures.assertNear;

import java.util.List;
import org.junit.jupiter.api.Test;

class WavyTest {

    private static final double EPS = 1e-9;

    @Test
    void horizontalLineIsASineWave() {
        // 80 pt of waves at 10: 8 waves, 24 samples each
        List<Point> wave = Paths.wavy(Fixtures.HORIZONTAL, 3, 10, 5, 15);
        assertEquals(2 + (8 * 24 - 1) + 2, wave.size());
        assertSame(Fixtures.HORIZONTAL.get(0), wave.get(0));
        assertEquals(new Point(5, 0), wave.get(1));
        for (int j = 1; j < 8 * 24; j++) {
            double x = 5 + 80.0 * j / (8 * 24);
            // a positive amplitude swings left first: up the screen, negative y
            assertNear(new Point(x, -3 * Math.sin(2 * Math.PI * (x - 5) / 10)), wave.get(1 + j), EPS);
        }
        assertEquals(new Point(85, 0), wave.get(wave.size() - 2));
        assertSame(Fixtures.HORIZONTAL.get(1), wave.get(wave.size() - 1));
    }

    @Test
    void crestsAndTroughsAreSampledExactly() {
        List<Point> wave = Paths.wavy(Fixtures.HORIZONTAL, 3, 10, 5, 15);
        double min = wave.stream().mapToDouble(Point::y).min().orElseThrow();
        double max = wave.stream().mapToDouble(Point::y).max().orElseThrow();
        assertEquals(-3, min);
        assertEquals(3, max);
        long crests = wave.stream().filter(p -> p.y() == -3).count();
        long troughs = wave.stream().filter(p -> p.y() == 3).count();
        assertEquals(8, crests);
        assertEquals(8, troughs);
    }

    @Test
    void atLeastTwelveSamplesPerWaveAndAtMostTwoPointsApart() {
        for (double wavelength : new double[] {3, 8, 40, 100}) {
            List<Point> line = List.of(new Point(0, 0), new Point(400, 0));
            List<Point> wave = Paths.wavy(line, 2, wavelength, 0, 0);
            long waves = Math.round(400 / wavelength);
            assertTrue(wave.size() - 1 >= 12 * waves, "samples for wavelength " + wavelength);
            for (int i = 1; i < wave.size(); i++) {
                double dx = wave.get(i).x() - wave.get(i - 1).x();
                assertTrue(dx > 0 && dx <= 2 + EPS, "spacing " + dx + " for wavelength " + wavelength);
            }
        }
    }

    @Test
    void isSmoothBetweenTheLeads() {
        // where the straight leads meet the wave there is a corner as steep as the wave (2 pi A / wavelength)
        List<Point> line = Paths.flatten(Fixtures.S_CURVE, 0.05);
        List<Point> wave = Paths.wavy(line, 2, 12, 5, 5);
        int first = Paths.slice(line, 0, 5).size();
        int last = wave.size() - Paths.slice(line, Paths.length(line) - 5, Paths.length(line)).size();
        assertTrue(last - first > 300);
        for (int i = first; i < last; i++) {
            Point a = wave.get(i).minus(wave.get(i - 1)).normalised();
            Point b = wave.get(i + 1).minus(wave.get(i)).normalised();
            double turn = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, a.dot(b)))));
            assertTrue(turn < 30, "turn of " + turn + " degrees at " + i);
        }
    }

    @Test
    void followsAQuarterCircle() {
        assertFollows(Paths.flatten(Fixtures.QUARTER_CIRCLE, 0.01), 3, 8, 6, 12);
    }

    @Test
    void followsAnSCurve() {
        assertFollows(Paths.flatten(Fixtures.S_CURVE, 0.01), 2, 9, 0, 10);
    }

    private static void assertFollows(List<Point> line, double amplitude, double wavelength, double leadIn,
            double leadOut) {
        double length = Paths.length(line);
        List<Point> wave = Paths.wavy(line, amplitude, wavelength, leadIn, leadOut);
        assertSame(line.get(0), wave.get(0));
        assertSame(line.get(line.size() - 1), wave.get(wave.size() - 1));

        List<Point> leadInPart = leadIn == 0 ? List.of(line.get(0)) : Paths.slice(line, 0, leadIn);
        List<Point> leadOutPart = Paths.slice(line, length - leadOut, length);
        assertEquals(leadInPart, wave.subList(0, leadInPart.size()), "lead-in follows the line");
        assertEquals(leadOutPart, wave.subList(wave.size() - leadOutPart.size(), wave.size()), "lead-out too");

        List<Point> middle = wave.subList(leadInPart.size(), wave.size() - leadOutPart.size());
        double span = length - leadIn - leadOut;
        long waves = Math.max(1, Math.round(span / wavelength));
        int perWave = (middle.size() + 1) / (int) waves;
        assertEquals(waves * perWave - 1, middle.size(), "a whole number of waves");
        assertTrue(perWave >= 12);
        double largest = 0;
        int signChanges = 0;
        double lastSign = 0;
        for (int j = 1; j <= middle.size(); j++) {
            double signed = Fixtures.signedDistance(line, middle.get(j - 1));
            assertEquals(amplitude * Math.sin(2 * Math.PI * j / perWave), signed, 0.01, "sample " + j);
            largest = Math.max(largest, Math.abs(signed));
            if (Math.abs(signed) > 1e-6) {
                if (lastSign != 0 && Math.signum(signed) != lastSign) {
                    signChanges++;
                }
                lastSign = Math.signum(signed);
            }
        }
        assertEquals(amplitude, largest, 0.01);
        assertEquals(2 * waves - 1, signChanges, "crests and troughs alternate");
        for (int i = 1; i < wave.size(); i++) {
            assertNotEquals(wave.get(i - 1), wave.get(i), "no repeated points");
        }
    }

    @Test
    void tooShortReturnsTheLine() {
        assertEquals(Fixtures.HORIZONTAL, Paths.wavy(Fixtures.HORIZONTAL, 2, 30, 40, 40));
        Point p = new Point(1, 2);
        assertEquals(List.of(p), Paths.wavy(List.of(p), 2, 8, 0, 0));
    }

    @Test
    void rejectsBadArguments() {
        List<Point> h = Fixtures.HORIZONTAL;
        assertThrows(IllegalArgumentException.class, () -> Paths.wavy(h, 3, 0, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> Paths.wavy(h, 3, 10, -1, 5));
        assertThrows(IllegalArgumentException.class, () -> Paths.wavy(h, 3, 10, 5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Paths.wavy(h, Double.POSITIVE_INFINITY, 10, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> Paths.wavy(List.of(), 3, 10, 5, 5));
    }

    @Test
    void samplesPerWave() {
        assertEquals(24, Waves.samplesPerWave(1));
        assertEquals(24, Waves.samplesPerWave(48));
        assertEquals(28, Waves.samplesPerWave(49));
        assertEquals(52, Waves.samplesPerWave(100));
    }
}
