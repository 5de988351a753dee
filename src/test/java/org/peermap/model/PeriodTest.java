package org.peermap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.peermap.Peermap;

/** A case as it stood on a date, and incidents limited to a period. */
class PeriodTest {
    static final String CASE = """
            peermap: 1
            title: Over time
            reference: TIME-1
            people:
              ana: {name: Ana Example, code: AB}
              ben: {name: Ben Example, code: CD}
              cal: {name: Cal Example, code: EF}
              dev: {name: Dev Example, code: GH}
            places:
              yard: {name: Yard, kind: other}
            relationships:
              - {between: [ana, ben], since: 2019-01}
              - {between: [ana, cal], since: 2019-08-01}
              - {between: [ana, dev]}
            whereabouts:
              - {person: cal, place: yard, since: 2019-09-01}
            incidents:
              spring:
                what: Fight
                date: 2019-04-02
                involved: [ana, ben]
              may-month:
                what: Robbery
                date: 2019-05
                involved: [ana, ben]
              autumn:
                what: Stabbing
                date: 2019-10-10
                involved: [ana, cal]
            """;

    static Case whole() {
        return Peermap.check("time.yaml", CASE.getBytes(StandardCharsets.UTF_8)).result().checked().orElseThrow();
    }

    static PartialDate day(int y, int m, int d) {
        return new PartialDate(y, m, OptionalInt.of(d));
    }

    static List<String> ids(List<?> items) {
        return items.stream().map(o -> o instanceof Person p ? p.id() : ((Incident) o).id()).toList();
    }

    @Test
    void asAtADateLeavesOutWhatCameLaterAndPeopleLeftWithNothing() {
        Case c = whole().during(new Period(Optional.of(day(2019, 6, 1)), Optional.empty(), Optional.empty()));
        assertEquals(List.of("spring", "may-month"), ids(c.incidents()));
        assertEquals(2, c.relationships().size(), "the August relationship is not known yet; undated ones stay");
        assertEquals(List.of("ana", "ben", "dev"), ids(c.people()), "cal has nothing left on 01/06/2019");
        assertEquals(List.of(), c.whereabouts());
        assertEquals(Optional.of("As at 01/06/2019 (anything dated only by its month counts from the month's end)"), c.period().describe());
    }

    @Test
    void fromAndToLimitIncidentsOnlyAndMonthOnlyDatesCountInTheirMonth() {
        Case c = whole().during(new Period(Optional.empty(), Optional.of(day(2019, 5, 20)),
                Optional.of(day(2019, 10, 10))));
        assertEquals(List.of("may-month", "autumn"), ids(c.incidents()));
        assertEquals(3, c.relationships().size());
        assertEquals(Optional.of("incidents from 20/05/2019 to 10/10/2019"), c.period().describe());
    }

    @Test
    void allShowsEverything() {
        Case c = whole();
        assertTrue(c.during(Period.ALL) == c);
    }

    @org.junit.jupiter.api.Test
    void aMonthOnlyDateCountsAsAtADateOnlyFromTheMonthsEnd() {
        Period midJune = new Period(Optional.of(PartialDate.of(java.time.LocalDate.of(2024, 6, 15))), Optional.empty(),
                Optional.empty());
        Period endOfJune = new Period(Optional.of(PartialDate.of(java.time.LocalDate.of(2024, 6, 30))),
                Optional.empty(), Optional.empty());
        Period june = new Period(Optional.of(PartialDate.ofMonth(2024, 6)), Optional.empty(), Optional.empty());
        PartialDate inJune = PartialDate.ofMonth(2024, 6);
        org.junit.jupiter.api.Assertions.assertFalse(midJune.showsIncident(inJune), "it may be after the 15th");
        org.junit.jupiter.api.Assertions.assertTrue(endOfJune.showsIncident(inJune));
        org.junit.jupiter.api.Assertions.assertTrue(june.showsIncident(inJune), "as at June is its end");
        org.junit.jupiter.api.Assertions.assertTrue(midJune.showsIncident(PartialDate.of(java.time.LocalDate.of(2024, 6, 15))));
        org.junit.jupiter.api.Assertions.assertFalse(midJune.shows(inJune), "a relationship since June, too");
    }
}
