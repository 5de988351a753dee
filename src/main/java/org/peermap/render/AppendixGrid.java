package org.peermap.render;

import java.util.ArrayList;
import java.util.List;
import org.peermap.anonymise.Printed;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.Person;
import org.peermap.render.grid.GridOrder;

/**
 * The appendix's "People and incidents" section: the people-by-incidents grid as a Markdown table, one
 * row per person involved in an incident (in the grid page's order, so people who were at the same
 * incidents are together), one column per incident number, {@code ■} where the person was involved.
 */
final class AppendixGrid {
    static final String MARK = "\u25a0";

    private AppendixGrid() {}

    static void write(StringBuilder md, Case c, Printed printed) {
        List<Incident> incidents = Appendix.inDateOrder(c.incidents());
        if (incidents.isEmpty()) {
            return;
        }
        List<GridOrder.Row> rows = GridOrder.rows(c);
        md.append("## People and incidents\n\n");
        md.append("One row per person involved in an incident, one column per incident (numbered as in the"
                + " chronology); ").append(MARK).append(" where the person was involved. People who were at the"
                + " same incidents are listed together.\n\n");
        List<String> head = new ArrayList<>();
        head.add("Person");
        StringBuilder rule = new StringBuilder("|---|");
        for (Incident i : incidents) {
            head.add(Integer.toString(i.number()));
            rule.append(":-:|");
        }
        Appendix.row(md, head.toArray(String[]::new));
        md.append(rule).append('\n');
        for (GridOrder.Row r : rows) {
            Person p = c.people().get(r.person());
            List<String> cells = new ArrayList<>();
            cells.add(printed.person(p.id()) + printed.age(p).map(a -> ", " + a).orElse("")
                    + (p.focus() ? " (focus)" : ""));
            for (Incident i : incidents) {
                cells.add(r.incidents().contains(i.number()) ? MARK : "");
            }
            Appendix.row(md, cells.toArray(String[]::new));
        }
        md.append('\n');
        int others = c.people().size() - rows.size();
        if (others > 0) {
            md.append(others).append(others == 1 ? " other person in the case was" : " other people in the case were")
                    .append(" in no incident.\n\n");
        }
    }
}
