package org.peermap.render.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peermap.render.geometry.Fixtures.assertLineNear;
import static org.peermap.render.geometry.Fixtures.assertNear;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZigzagTest {

    private static final double EPS = 1e-9;

    @Test
    void horizontalLineExactShape() {
        // 100 long, lead-in 5, lead-out 15: 80 pt of waves = 8 waves of 10, 16 peaks 5 pt apart
        List<Point> zig = Paths.zigzag(Fixtures.HORIZONTAL, 3, 10, 5, 15);
        List<Point> expected = new ArrayList<>();
        expected.add(new Point(0, 0));
        expected.add(new Point(5, 0));
        for (int k = 0; k < 16; k++) {
            expected.add(new Point(7.5 + 5 * k, k % 2 == 0 ? -3 : 3)); // first peak on the left: up the screen
        }
        expected.add(new Point(85, 0));
        expected.add(new Point(100, 0));
        assertLineNear(expected, zig, EPS);
        assertSame(Fixtures.HORIZONTAL.get(0), zig.get(0));
        assertSame(Fixtures.HORIZONTAL.get(1), zig.get(zig.size() - 1));
    }

    @Test
    void waveCountIsRoundedToAWholeNumber() {
        // 85 pt of waves at a wanted 10: 8.5 rounds to 9 waves of 85/9, 18 peaks
        List<Point> up = Paths.zigzag(Fixtures.HORIZONTAL, 3, 10, 5, 10);
        assertEquals(2 + 18 + 2, up.size());
        double step = 85.0 / 18;
        for (int k = 0; k < 18; k++) {
            assertNear(new Point(5 + (k + 0.5) * step, k % 2 == 0 ? -3 : 3), up.get(2 + k), EPS);
        }
        assertNear(new Point(90, 0), up.get(20), EPS);
        // 84 pt at a wanted 10: 8.4 rounds to 8 waves of 10.5
        List<Point> down = Paths.zigzag(Fixtures.HORIZONTAL, 3, 10, 6, 10);
        assertEquals(2 + 16 + 2, down.size());
        assertNear(new Point(6 + 10.5 / 4, -3), down.get(2), EPS);
        assertNear(new Point(90, 0), down.get(18), EPS);
    }

    @Test
    void justLongEnoughGivesOneWave() {
        List<Point> zig = Paths.zigzag(Fixtures.HORIZONTAL, 2, 20, 40, 40);
        assertLineNear(List.of(new Point(0, 0), new Point(40, 0), new Point(45, -2), new Point(55, 2),
                new Point(60, 0), new Point(100, 0)), zig, EPS);
    }

    @Test
    void tooShortReturnsTheLine() {
        assertEquals(Fixtures.HORIZONTAL, Paths.zigzag(Fixtures.HORIZONTAL, 2, 20, 41, 40));
        assertEquals(Fixtures.HORIZONTAL, Paths.zigzag(Fixtures.HORIZONTAL, 2, 200, 0, 0));
        List<Point> ell = List.of(new Point(0, 0), new Point(3, 0), new Point(3, 3));
        assertEquals(ell, Paths.zigzag(ell, 2, 8, 0, 0));
        List<Point> tiny = List.of(new Point(0, 0), new Point(0.5, 0));
        assertEquals(tiny, Paths.zigzag(tiny, 2, 0.2, 0.2, 0.2));
        Point p = new Point(1, 2);
        assertEquals(List.of(p), Paths.zigzag(List.of(p), 2, 8, 0, 0));
        assertEquals(List.of(p, p), Paths.zigzag(List.of(p, p), 2, 8, 0, 0));
    }

    @Test
    void noLeadsStartsAndEndsWithAStrokeToTheEnds() {
        List<Point> zig = Paths.zigzag(Fixtures.HORIZONTAL, 3, 25, 0, 0);
        assertEquals(1 + 8 + 1, zig.size(), "no repeated points where the leads would be");
        assertEquals(new Point(0, 0), zig.get(0));
        assertNear(new Point(6.25, -3), zig.get(1), EPS);
        assertNear(new Point(93.75, 3), zig.get(8), EPS);
        assertEquals(new Point(100, 0), zig.get(9));
    }

    @Test
    void negativeAmplitudeStartsOnTheRight() {
        List<Point> zig = Paths.zigzag(Fixtures.HORIZONTAL, -3, 10, 5, 15);
        assertEquals(3, zig.get(2).y(), EPS);
        assertEquals(-3, zig.get(3).y(), EPS);
    }

    @Test
    void followsAQuarterCircle() {
        assertFollows(Paths.flatten(Fixtures.QUARTER_CIRCLE, 0.01), 3, 8, 6, 12, 0.01);
    }

    @Test
    void followsAnSCurve() {
        assertFollows(Paths.flatten(Fixtures.S_CURVE, 0.01), 2.5, 7, 4, 10, 0.01);
    }

    @Test
    void followsAnElbowWithSharpCornersAndARepeatedPoint() {
        // near a sharp corner a peak on the inside comes closer to the next segment than the amplitude,
        // so only the side is checked strictly here
        List<Point> line = List.of(new Point(0, 0), new Point(20, 0), new Point(20, 0), new Point(40, 10),
                new Point(40, 60), new Point(10, 90));
        assertFollows(line, 2, 6, 3, 9, 0.5);
    }

    /**
     * Checks the general contract: exact ends; lead-in and lead-out on the line, within their lengths; then
     * 2n peaks, alternating left and right, each at the amplitude (within {@code sideTolerance}) from the
     * line, evenly spread by arc length.
     */
    private static void assertFollows(List<Point> line, double amplitude, double wavelength, double leadIn,
            double leadOut, double sideTolerance) {
        double length = Paths.length(line);
        List<Point> zig = Paths.zigzag(line, amplitude, wavelength, leadIn, leadOut);
        assertSame(line.get(0), zig.get(0));
        assertSame(line.get(line.size() - 1), zig.get(zig.size() - 1));

        List<Point> leadInPart = Paths.slice(line, 0, leadIn);
        List<Point> leadOutPart = Paths.slice(line, length - leadOut, length);
        assertEquals(leadInPart, zig.subList(0, leadInPart.size()), "lead-in follows the line");
        assertEquals(leadOutPart, zig.subList(zig.size() - leadOutPart.size(), zig.size()), "lead-out too");
        assertNear(Paths.pointAt(line, leadIn), leadInPart.get(leadInPart.size() - 1), EPS);
        assertNear(Paths.pointAt(line, length - leadOut), leadOutPart.get(0), EPS);

        List<Point> peaks = zig.subList(leadInPart.size(), zig.size() - leadOutPart.size());
        double span = length - leadIn - leadOut;
        long waves = Math.max(1, Math.round(span / wavelength));
        assertEquals(2 * waves, peaks.size(), "a whole number of waves");
        for (int k = 0; k < peaks.size(); k++) {
            double signed = Fixtures.signedDistance(line, peaks.get(k));
            double wanted = k % 2 == 0 ? amplitude : -amplitude;
            assertEquals(Math.signum(wanted), Math.signum(signed), "peak " + k + " alternates sides");
            assertEquals(wanted, signed, sideTolerance, "peak " + k + " is at the amplitude");
            Point foot = Paths.pointAt(line, leadIn + (k + 0.5) * span / peaks.size());
            assertEquals(amplitude, peaks.get(k).distance(foot), EPS, "peak " + k + " stands over its place");
        }
        for (int i = 1; i < zig.size(); i++) {
            assertNotEquals(zig.get(i - 1), zig.get(i), "no repeated points");
        }
    }

    @Test
    void rejectsBadArguments() {
        List<Point> h = Fixtures.HORIZONTAL;
        assertThrows(IllegalArgumentException.class, () -> Paths.zigzag(h, 3, 0, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> Paths.zigzag(h, 3, -1, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> Paths.zigzag(h, 3, 10, -1, 5));
        assertThrows(IllegalArgumentException.class, () -> Paths.zigzag(h, 3, 10, 5, -1));
        assertThrows(IllegalArgumentException.class, () -> Paths.zigzag(h, Double.NaN, 10, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> Paths.zigzag(List.of(), 3, 10, 5, 5));
        assertTrue(Paths.zigzag(h, 0, 10, 5, 5).stream().allMatch(p -> p.y() == 0), "zero amplitude is flat");
    }
}
