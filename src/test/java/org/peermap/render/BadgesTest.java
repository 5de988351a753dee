package org.peermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;

/** A person's badges: rows of at most six, two rows at most, later incidents counted in a "+N" box. */
class BadgesTest {
    private static List<Integer> upTo(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    @Test
    void fewBadgesAreOneRow() {
        Badges.Block b = Badges.Block.of(List.of(2, 5, 9));
        assertEquals(List.of(List.of(2, 5, 9)), b.rows());
        assertEquals(0, b.more());
        assertEquals(Badges.HEIGHT, b.height(), 1e-9);
        assertEquals(Badges.rowWidth(List.of(2, 5, 9)), b.width(), 1e-9);
    }

    @Test
    void sevenToTwelveBadgesAreTwoBalancedRows() {
        assertEquals(List.of(upTo(4), List.of(5, 6, 7)), Badges.Block.of(upTo(7)).rows());
        assertEquals(List.of(upTo(6), List.of(7, 8, 9, 10, 11, 12)), Badges.Block.of(upTo(12)).rows());
        assertEquals(0, Badges.Block.of(upTo(12)).more());
        assertEquals(2 * Badges.HEIGHT + Badges.GAP, Badges.Block.of(upTo(12)).height(), 1e-9);
    }

    @Test
    void aPersonInManyIncidentsShowsTheFirstElevenAndHowManyLater() {
        Badges.Block b = Badges.Block.of(upTo(45));
        assertEquals(upTo(11), b.shown());
        assertEquals(34, b.more());
        assertEquals(2, b.rows().size());
        // no wider than the two full rows of a person in twelve
        assertTrue(b.width() <= Badges.Block.of(IntStream.rangeClosed(34, 45).boxed().toList()).width() + 1e-9);
        List<Shape> drawn = b.draw(new Point(0, 0));
        assertTrue(drawn.stream().anyMatch(s -> s instanceof Shape.Text t && t.text().equals("+34")), "the +N box");
        assertEquals(12, drawn.stream().filter(s -> s instanceof Shape.Rect).count(), "eleven badges and the box");
    }

    @Test
    void noIncidentsNoBadges() {
        assertEquals(List.of(), Badges.Block.of(List.of()).rows());
        assertEquals(0, Badges.Block.of(List.of()).height(), 1e-9);
    }
}
