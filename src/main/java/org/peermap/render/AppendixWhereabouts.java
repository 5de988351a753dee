package org.peermap.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.peermap.anonymise.Printed;
import org.peermap.model.Case;
import org.peermap.model.Person;
import org.peermap.model.PersonKind;
import org.peermap.model.Whereabouts;
import org.peermap.model.WhereaboutsKind;

/**
 * The appendix section on where the young people live, go to school and spend time: one row per young
 * person with whereabouts, in listing order, their places in each column as printed on the maps (place
 * labels, never the places' own names), in file order.
 */
final class AppendixWhereabouts {
    static final String HEADING = "## Where the young people live, go to school and spend time";

    private AppendixWhereabouts() {}

    /** Writes the section, or nothing when no young person has whereabouts. */
    static void write(StringBuilder md, Case c, Printed printed) {
        List<String[]> rows = new ArrayList<>();
        for (Person p : c.people()) {
            if (p.kind() != PersonKind.YOUNG_PERSON) {
                continue;
            }
            List<Whereabouts> theirs = c.whereabouts().stream().filter(w -> w.person().equals(p.id())).toList();
            if (theirs.isEmpty()) {
                continue;
            }
            String[] row = new String[1 + WhereaboutsKind.values().length];
            row[0] = printed.person(p.id()) + (p.focus() ? " (focus)" : "");
            for (WhereaboutsKind kind : WhereaboutsKind.values()) {
                Set<String> places = new LinkedHashSet<>();
                theirs.stream().filter(w -> w.as() == kind).forEach(w -> places.add(printed.place(w.place())));
                row[1 + kind.ordinal()] = String.join(", ", places);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            return;
        }
        md.append(HEADING).append("\n\n");
        md.append("| Code | Lives | School | Spends time | Works | Other |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (String[] row : rows) {
            Appendix.row(md, row);
        }
        md.append('\n');
    }
}
