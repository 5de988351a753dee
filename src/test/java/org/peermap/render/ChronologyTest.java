package org.peermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.peermap.model.Incident;
import org.peermap.model.PartialDate;

/** Incidents in date order, and their places on the time axis. */
class ChronologyTest {

    static Incident incident(String id, PartialDate date, String time) {
        return new Incident(id, "x", date, Optional.ofNullable(time).map(LocalTime::parse), Optional.empty(),
                Optional.empty(), List.of("a"), Optional.empty());
    }

    static PartialDate day(int y, int m, int d) {
        return new PartialDate(y, m, OptionalInt.of(d));
    }

    @Test
    void monthOnlyDatesComeBeforeTheDaysOfThatMonthAndTimesOrderTheSameDay() {
        List<Incident> shuffled = List.of(
                incident("late", day(2019, 5, 11), "22:10"),
                incident("month", PartialDate.ofMonth(2019, 5), null),
                incident("early", day(2019, 5, 11), "08:00"),
                incident("untimed", day(2019, 5, 11), null),
                incident("april", day(2019, 4, 30), "23:59"),
                incident("june", PartialDate.ofMonth(2019, 6), null));
        assertEquals(List.of("april", "month", "untimed", "early", "late", "june"),
                Appendix.inDateOrder(shuffled).stream().map(Incident::id).toList());
        assertEquals("05/2019", PartialDate.ofMonth(2019, 5).printed());
        assertEquals("11/05/2019", day(2019, 5, 11).printed());
    }

    @Test
    void shortGapsShowAsDistanceAndLongOnesAsBreaks() {
        List<Incident> sorted = List.of(incident("a", day(2019, 1, 1), null), incident("b", day(2019, 1, 11), null),
                incident("c", day(2019, 9, 1), null), incident("d", day(2021, 3, 1), null));
        Timeline t = new Timeline(sorted, List.of(80.0, 80.0, 80.0, 80.0), 16);
        List<Timeline.Slot> slots = t.slots();
        assertEquals(0, slots.get(0).x(), 1e-9);
        assertEquals(80 + 16 + 10 * Timeline.POINTS_PER_DAY, slots.get(1).x(), 1e-9, "ten days show as distance");
        assertEquals(2, t.breaks().size(), "gaps of months and of years are compressed and marked");
        assertTrue(slots.get(3).x() - slots.get(2).x() < 200, "18 months take no more room than a short break");
        assertEquals("8 months", Timeline.duration(t.breaks().get(0).days()));
        assertEquals("1 year 6 months", Timeline.duration(t.breaks().get(1).days()));
    }

    @Test
    void sameDayIncidentsSitSideBySide() {
        List<Incident> sorted = List.of(incident("a", day(2019, 1, 1), "10:00"), incident("b", day(2019, 1, 1),
                "11:00"));
        Timeline t = new Timeline(sorted, List.of(80.0, 80.0), 16);
        assertTrue(t.breaks().isEmpty());
        assertEquals(96, t.slots().get(1).x(), 0.1);
    }
}
