package org.peermap.render.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Area;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.peermap.layout.Deadline;
import org.peermap.layout.LayoutException;
import org.peermap.model.Incident;
import org.peermap.model.PartialDate;
import org.peermap.render.KeyPanel;
import org.peermap.render.geometry.Box;
import org.peermap.render.geometry.Point;

/**
 * The outline rules of ../shared/design/legibility.md on hand-made layouts, each built to tempt one rule:
 * a bystander inside the convex outline, a bystander that no outline can avoid, two incidents with the
 * same people, a line across the top of an outline, and outlines that would run side by side.
 */
class OutlineRulesTest {

    static Box person(double x, double y) {
        return Box.around(new Point(x, y), 50, 30);
    }

    static List<Incident> incidents(int count) {
        List<Incident> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Incident("i" + i, "x", new PartialDate(2019, 1 + i, OptionalInt.of(1)),
                    Optional.<LocalTime>empty(), Optional.empty(), Optional.empty(), List.of("a"), Optional.empty()));
        }
        return Incident.numbered(list);
    }

    /** Every kept outline holds its members, holds no one else and cuts no one. */
    static void assertHoldsOnlyItsPeople(IncidentOutlines.Plan plan, List<Box> boxes) {
        for (IncidentOutlines.Outline o : plan.outlines()) {
            Area area = OutlineGeometry.area(o.hull());
            for (int n = 0; n < boxes.size(); n++) {
                if (o.members().contains(n)) {
                    assertTrue(OutlineGeometry.holds(area, boxes.get(n)), "incident " + o.number() + " holds " + n);
                } else {
                    assertFalse(OutlineGeometry.overlaps(area, boxes.get(n)),
                            "incident " + o.number() + " keeps out " + n);
                }
            }
        }
    }

    @Test
    void stopsAtTheCasesDeadlineNamingTheStage() {
        List<Box> boxes = List.of(person(0, 0), person(220, 0), person(220, 220));
        Deadline passed = Deadline.after(java.time.Duration.ZERO);
        LayoutException e = assertThrows(LayoutException.class, () -> IncidentOutlines.plan(incidents(1),
                List.of(List.of(0, 1, 2)), boxes, List.of(), passed));
        assertEquals(LayoutException.Kind.TIMED_OUT, e.kind());
        assertTrue(e.getMessage().contains("stopped while placing the incidents' outlines on a peer map"),
                e.getMessage());
        assertTrue(e.getMessage().contains("raise --layout-timeout"), e.getMessage());
    }

    @Test
    void bendsAroundABystanderInsideTheConvexOutline() {
        // three people in an L, and a bystander inside the triangle they span
        List<Box> boxes = List.of(person(0, 0), person(220, 0), person(220, 220), person(150, 70));
        List<Point> triangle = List.of(new Point(0, 0), new Point(220, 0), new Point(220, 220));
        assertTrue(org.peermap.render.geometry.Hulls.contains(triangle, boxes.get(3).centre()),
                "the convex outline would hold the bystander");
        IncidentOutlines.Plan plan = IncidentOutlines.plan(incidents(1), List.of(List.of(0, 1, 2)), boxes,
                List.of(), Deadline.none());
        assertEquals(1, plan.outlines().size());
        assertEquals(List.of(), plan.leftOut());
        assertHoldsOnlyItsPeople(plan, boxes);
    }

    @Test
    void leavesOutAnOutlineThatCannotAvoidABystander() {
        // the bystander stands squarely between the two people of the incident, touching both
        List<Box> boxes = List.of(person(0, 0), person(60, 0), person(120, 0));
        IncidentOutlines.Plan plan = IncidentOutlines.plan(incidents(1), List.of(List.of(0, 2)), boxes, List.of(),
                Deadline.none());
        assertEquals(List.of(), plan.outlines());
        assertEquals(List.of(1), plan.leftOut());
    }

    @Test
    void incidentsWithTheSamePeopleGetRingsApartAndDifferentDashes() {
        List<Box> boxes = List.of(person(0, 0), person(120, 0), person(400, 300));
        IncidentOutlines.Plan plan = IncidentOutlines.plan(incidents(2), List.of(List.of(0, 1), List.of(0, 1)), boxes,
                List.of(), Deadline.none());
        assertEquals(2, plan.outlines().size());
        IncidentOutlines.Outline first = plan.outlines().get(0);
        IncidentOutlines.Outline second = plan.outlines().get(1);
        assertEquals(0, OutlineGeometry.parallelRuns(first.hull(), second.hull()));
        assertEquals(0, OutlineGeometry.parallelRuns(second.hull(), first.hull()));
        for (Point p : OutlineGeometry.walk(first.hull(), 2)) {
            assertTrue(OutlineGeometry.distanceToEdge(second.hull(), p) >= OutlineGeometry.NEAR,
                    "the rings stay apart everywhere");
        }
        assertNotEquals(first.pattern(), second.pattern(), "overlapping outlines differ in dash");
        assertHoldsOnlyItsPeople(plan, boxes);
    }

    @Test
    void tabsSitOnTheirOwnEdgeClearOfLinesPeopleAndOtherOutlines() {
        List<Box> boxes = List.of(person(0, 0), person(120, 0), person(60, 120), person(300, 0));
        // a line just above the first outline's top, where a tab would go first
        List<List<Point>> lines = List.of(List.of(new Point(-100, -28), new Point(250, -28)),
                List.of(new Point(25, 0), new Point(95, 0)));
        IncidentOutlines.Plan plan = IncidentOutlines.plan(incidents(2), List.of(List.of(0, 1), List.of(1, 2)), boxes,
                lines, Deadline.none());
        assertEquals(2, plan.outlines().size());
        for (IncidentOutlines.Outline o : plan.outlines()) {
            Box tab = o.tab();
            assertTrue(OutlineGeometry.distanceToEdge(o.hull(), tab.centre()) <= 12 / PeerMapRenderer.MAX_SCALE,
                    "tab " + o.number() + " is on its own edge");
            for (Box b : boxes) {
                assertFalse(IncidentOutlines.overlaps(b, tab), "tab " + o.number() + " covers no one");
            }
            for (List<Point> line : lines) {
                assertFalse(IncidentOutlines.crosses(line, tab), "tab " + o.number() + " covers no line");
            }
            for (IncidentOutlines.Outline other : plan.outlines()) {
                if (other != o) {
                    assertFalse(OutlineGeometry.edgeCuts(OutlineGeometry.area(other.hull()), tab),
                            "tab " + o.number() + " touches no other outline");
                    assertFalse(IncidentOutlines.overlaps(other.tab(), tab), "tabs do not overlap");
                }
            }
        }
    }

    @Test
    void noTwoKeptOutlinesRunSideBySide() {
        // a row of people close together, each pair in an incident: neighbouring outlines would run along
        // each other, so some are left out, and those kept never do
        List<Box> boxes = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boxes.add(person(i * 62, 0));
        }
        for (int i = 0; i < 5; i++) {
            members.add(List.of(i, i + 1));
        }
        IncidentOutlines.Plan plan = IncidentOutlines.plan(incidents(5), members, boxes, List.of(),
                Deadline.none());
        assertEquals(5, plan.outlines().size() + plan.leftOut().size());
        for (IncidentOutlines.Outline a : plan.outlines()) {
            for (IncidentOutlines.Outline b : plan.outlines()) {
                if (a != b) {
                    assertEquals(0, OutlineGeometry.parallelRuns(a.hull(), b.hull()),
                            "incidents " + a.number() + " and " + b.number());
                }
            }
        }
        assertHoldsOnlyItsPeople(plan, boxes);
    }

    @Test
    void leftOutIncidentsAreNamedInTheKey() {
        assertEquals("Incident 3: no outline (it would cross others); the numbers show who was there",
                KeyPanel.leftOutWords(List.of(3)));
        assertTrue(KeyPanel.leftOutWords(List.of(2, 5, 6, 7, 8)).startsWith("Incidents 2, 5-8: no outline"));
        assertTrue(KeyPanel.leftOutWords(List.of(1, 2)).startsWith("Incidents 1, 2: no outline"));
    }
}
