package org.peermap.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peermap.anonymise.Printed;
import org.peermap.model.Action;
import org.peermap.model.Case;
import org.peermap.model.HowKnown;
import org.peermap.model.Incident;
import org.peermap.model.PartialDate;
import org.peermap.model.Person;
import org.peermap.model.Place;
import org.peermap.model.Relationship;
import org.peermap.model.Whereabouts;

/**
 * The appendix's sections for the practice extensions (case format, "Extensions"): strengths and protective
 * factors, actions (overdue ones marked against the map's date, never the clock), the review date, where each
 * fact came from and how it is known (facts not confirmed for over six months flagged), and the facts left off
 * the maps as doubted. Each section is written only when the case says something for it, so a case without
 * the extensions gets the appendix it had.
 */
final class AppendixPractice {
    /** A fact last confirmed longer ago than this before the map's date is flagged. */
    static final int STALE_MONTHS = 6;

    private AppendixPractice() {}

    static void write(StringBuilder md, Case c, Case whole, Printed printed) {
        strengths(md, c, printed);
        actions(md, c, printed);
        contributions(md, c, whole, printed);
        sources(md, c, printed);
        doubted(md, whole, printed);
    }

    private static void strengths(StringBuilder md, Case c, Printed printed) {
        List<String[]> rows = new ArrayList<>();
        for (Person p : c.people()) {
            for (String s : p.practice().strengths()) {
                rows.add(new String[] {printed.person(p.id()), printed.text(s)});
            }
        }
        for (Relationship r : c.relationships()) {
            if (r.type().id().equals("protective")) {
                rows.add(new String[] {printed.person(r.a()) + " - " + printed.person(r.b()),
                        "a protective or trusted relationship"});
            }
        }
        for (Place p : c.places()) {
            if (p.safe()) {
                rows.add(new String[] {printed.place(p.id()), "a safe place"});
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        md.append("## Strengths and protective factors\n\n");
        md.append("| Who or where | Strength |\n");
        md.append("|---|---|\n");
        rows.forEach(r -> Appendix.row(md, r));
        md.append('\n');
    }

    private static void actions(StringBuilder md, Case c, Printed printed) {
        if (c.actions().isEmpty() && c.review().isEmpty()) {
            return;
        }
        Optional<LocalDate> today = c.mapDate();
        md.append("## Actions\n\n");
        c.review().ifPresent(d -> md.append("Next review: ").append(Dates.printed(d)).append("\n\n"));
        if (!c.actions().isEmpty()) {
            md.append("| Action | Who | By | Status | About |\n");
            md.append("|---|---|---|---|---|\n");
            for (Action a : c.actions()) {
                boolean overdue = today.map(a::overdueOn).orElse(false);
                Appendix.row(md, printed.text(a.what()), a.whoPerson().map(printed::person)
                        .or(() -> a.who().map(printed::text)).orElse(""),
                        a.by().map(PartialDate::printed).orElse(""),
                        overdue ? "OVERDUE (open)" : a.status().word(),
                        a.about().stream().map(printed::person).collect(Collectors.joining(", ")));
            }
            md.append('\n');
            today.ifPresent(d -> {
                long overdue = c.actions().stream().filter(a -> a.overdueOn(d)).count();
                if (overdue > 0) {
                    md.append(overdue).append(overdue == 1 ? " action is" : " actions are")
                            .append(" overdue: open, with a date before the map's date (")
                            .append(Dates.printed(d)).append(").\n\n");
                }
            });
        }
    }

    /**
     * Who contributed what, for a case made from several agencies' parts: per agency, the people it told of (by
     * code), how many relationships, and the incidents (by number as the maps show them).
     */
    private static void contributions(StringBuilder md, Case c, Case whole, Printed printed) {
        if (whole.contributions().isEmpty()) {
            return;
        }
        java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
        c.incidents().forEach(i -> numbers.put(i.id(), i.number()));
        md.append("## Contributions\n\n");
        md.append("This case was made from the parts of ").append(whole.contributions().size()).append(
                " agencies; a fact two of them gave is one fact with both sources (see Sources).\n\n");
        md.append("| Agency | People | Relationships | Incidents |\n|---|---|---|---|\n");
        for (org.peermap.model.Contribution k : whole.contributions()) {
            String people = String.join(", ", k.people().stream().filter(printed::hasPerson).map(printed::person)
                    .toList());
            String incidents = String.join(", ", k.incidents().stream().filter(numbers::containsKey)
                    .map(id -> numbers.get(id)).sorted().map(String::valueOf).toList());
            Appendix.row(md, new String[] {printed.text(k.agency()), people, Integer.toString(k.relationships()),
                    incidents});
        }
        md.append('\n');
        if (whole.provenance().differences().isEmpty()) {
            return;
        }
        md.append("### Where agencies differ\n\n");
        md.append("Agencies relate these people differently; the map draws each line they gave.\n\n");
        md.append("| People | Relationship (who said it) |\n|---|---|\n");
        for (org.peermap.model.Provenance.Difference d : whole.provenance().differences()) {
            if (!printed.hasPerson(d.a()) || !printed.hasPerson(d.b())) {
                continue;
            }
            java.util.Map<String, List<String>> byType = new java.util.LinkedHashMap<>();
            d.given().forEach(g -> byType.computeIfAbsent(g.type(), k -> new ArrayList<>()).add(g.agency().isEmpty()
                    ? "the case file" : printed.text(g.agency())));
            String said = String.join("; ", byType.entrySet().stream().map(e -> label(whole, e.getKey()) + " ("
                    + String.join(", ", e.getValue().stream().distinct().toList()) + ")").toList());
            List<String> pair = java.util.stream.Stream.of(d.a(), d.b()).sorted(java.util.Comparator.comparingInt(
                    id -> whole.people().indexOf(whole.people().stream().filter(p -> p.id().equals(id)).findFirst()
                            .orElse(null)))).toList();
            Appendix.row(md, new String[] {printed.person(pair.get(0)) + " - " + printed.person(pair.get(1)), said});
        }
        md.append('\n');
    }

    private static String label(Case c, String type) {
        return c.types().stream().filter(t -> t.id().equals(type)).map(t -> t.label()).findFirst().orElse(type);
    }

    /**
     * Each fact the maps show that says where it came from or how it is known, with a flag when it was last
     * confirmed more than six months before the map's date.
     */
    private static void sources(StringBuilder md, Case c, Printed printed) {
        Optional<LocalDate> today = c.mapDate();
        List<String[]> rows = new ArrayList<>();
        for (Person p : c.people()) {
            add(rows, fact(p, printed), p.practice().source(), p.practice().how(), today, printed);
        }
        for (Relationship r : c.relationships()) {
            add(rows, fact(r, printed), r.source(), r.how(), today, printed);
        }
        for (Whereabouts w : c.whereabouts()) {
            add(rows, fact(w, printed), w.source(), w.how(), today, printed);
        }
        for (Incident i : Appendix.inDateOrder(c.incidents())) {
            add(rows, "Incident " + i.number() + " (" + i.date().printed() + "): " + what(i, printed), i.source(),
                    i.how(), today, printed);
        }
        if (rows.stream().noneMatch(r -> !r[2].isEmpty() || !r[3].isEmpty())) {
            return; // nothing is said of how anything is known: the tables above already show the sources
        }
        md.append("## Sources\n\n");
        md.append("| Fact | Source | How known | Last confirmed |\n");
        md.append("|---|---|---|---|\n");
        rows.forEach(r -> Appendix.row(md, r));
        md.append('\n');
    }

    private static void add(List<String[]> rows, String fact, Optional<String> source, HowKnown how,
            Optional<LocalDate> today, Printed printed) {
        if (source.isEmpty() && !how.said()) {
            return;
        }
        String confirmed = how.confirmed().map(d -> {
            boolean stale = today.map(t -> d.lastDay().isBefore(t.minusMonths(STALE_MONTHS))).orElse(false);
            return stale ? "not confirmed since " + d.printed() : d.printed();
        }).orElse("");
        rows.add(new String[] {fact, source.map(printed::text).orElse(""),
                how.known().map(k -> k.word() + " (" + k.meaning() + ")").orElse(""), confirmed});
    }

    private static String fact(Person p, Printed printed) {
        return "Person " + printed.person(p.id());
    }

    private static String fact(Relationship r, Printed printed) {
        return printed.person(r.a()) + (r.directed() ? " -> " : " - ") + printed.person(r.b()) + " ("
                + r.type().label() + ")";
    }

    private static String fact(Whereabouts w, Printed printed) {
        return printed.person(w.person()) + " " + Words.whereabouts(w.as()) + " " + printed.place(w.place());
    }

    private static String what(Incident i, Printed printed) {
        return printed.text(i.label().orElse(i.what()));
    }

    /** The facts the maps leave off because they are known to be doubtful. */
    private static void doubted(StringBuilder md, Case whole, Printed printed) {
        List<String> facts = new ArrayList<>();
        // the whole case's incidents: a doubted one has no number on the maps, so it is named by its date
        whole.people().stream().filter(p -> p.practice().how().doubted()).forEach(p -> facts.add(fact(p, printed)));
        whole.relationships().stream().filter(r -> r.how().doubted()).forEach(r -> facts.add(fact(r, printed)));
        whole.whereabouts().stream().filter(w -> w.how().doubted()).forEach(w -> facts.add(fact(w, printed)));
        whole.incidents().stream().filter(i -> i.how().doubted()).forEach(i -> facts.add("Incident of "
                + i.date().printed() + ": " + what(i, printed)));
        if (facts.isEmpty()) {
            return;
        }
        md.append("## Doubted (left off the maps)\n\n");
        md.append("Suspected to be wrong or malicious, so not drawn; kept here so that the meeting can test them.\n\n");
        for (String f : facts) {
            md.append("- ").append(Appendix.inline(f)).append('\n');
        }
        md.append('\n');
    }
}
