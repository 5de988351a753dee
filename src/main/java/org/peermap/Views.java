package org.peermap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peermap.anonymise.Printed;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.Person;
import org.peermap.model.Relationship;

/**
 * Finds the part of a case that a {@link View} shows. What the user typed (an id, a code) is matched but
 * never repeated in a message: it may be a person's id.
 */
final class Views {
    private Views() {}

    /**
     * The people and incidents one page shows.
     *
     * @param part the case cut down to them ({@link Case#only}); its incidents may be partly shown
     * @param says what the page shows, for its title line and key, in printed words only
     * @param fileSuffix how the page's file is named after the reference ({@code peer-map-focus})
     * @param outline the number of the one incident outlined on the page (its other incidents are shown by
     *     their badges), or 0 when every incident wholly on the page may be outlined
     */
    record Selection(Case part, String says, String fileSuffix, int outline) {}

    /** The selection for {@code view}, or why there is none (in words that name no one). */
    static Result select(View view, Case c, Printed printed) {
        if (view instanceof View.Focus f) {
            return focus(f, c, printed);
        }
        if (view instanceof View.OneIncident i) {
            return incident(i, c, printed);
        }
        return new Result(Optional.of(new Selection(c, "", "peer-map", 0)), "");
    }

    /** A selection or the reason there is none. */
    record Result(Optional<Selection> selection, String problem) {}

    private static Result focus(View.Focus f, Case c, Printed printed) {
        Optional<Person> found = person(f.person(), c, printed);
        if (found.isEmpty()) {
            return new Result(Optional.empty(), "--focus names no one shown in this case: give a person's id as in"
                    + " the case file, or their code as printed on the peer map");
        }
        Person centre = found.get();
        Map<String, Set<String>> next = neighbours(c);
        Map<String, Integer> steps = new HashMap<>();
        steps.put(centre.id(), 0);
        Deque<String> queue = new ArrayDeque<>(List.of(centre.id()));
        while (!queue.isEmpty()) {
            String id = queue.removeFirst();
            int d = steps.get(id);
            if (d == f.steps()) {
                continue;
            }
            for (String other : next.getOrDefault(id, Set.of())) {
                if (!steps.containsKey(other)) {
                    steps.put(other, d + 1);
                    queue.addLast(other);
                }
            }
        }
        Case part = c.only(steps.keySet(), r -> true);
        String code = printed.person(centre.id());
        String says = code + " and everyone within " + f.steps() + (f.steps() == 1 ? " step" : " steps")
                + " (" + part.people().size() + " of " + c.people().size() + " people)";
        return new Result(Optional.of(new Selection(part, says, "peer-map-focus", 0)), "");
    }

    private static Result incident(View.OneIncident view, Case c, Printed printed) {
        String typed = view.incident();
        Optional<Incident> found = c.incidents().stream()
                .filter(i -> typed.matches("[0-9]{1,4}") ? i.number() == Integer.parseInt(typed) : i.id().equals(typed))
                .findFirst();
        if (found.isEmpty()) {
            return new Result(Optional.empty(), typed.matches("[0-9]{1,4}")
                    ? "--incident " + Integer.parseInt(typed) + ": there is no incident with that number in the dates"
                            + " shown (incidents are numbered 1 to " + c.incidents().size() + ", in date order)"
                    : "--incident names no incident in this case: give its number on the maps, or its id as in the"
                            + " case file");
        }
        return new Result(Optional.of(ofIncident(found.get(), c)), "");
    }

    /**
     * One incident's page: its people, everyone they have a relationship with, and those relationships
     * (the people outside it are context: their relationships with each other are left out).
     */
    static Selection ofIncident(Incident incident, Case c) {
        Set<String> members = new LinkedHashSet<>(incident.involved());
        Set<String> shown = new LinkedHashSet<>(members);
        for (Relationship r : c.relationships()) {
            if (members.contains(r.a())) {
                shown.add(r.b());
            }
            if (members.contains(r.b())) {
                shown.add(r.a());
            }
        }
        Case part = c.only(shown, r -> members.contains(r.a()) || members.contains(r.b()));
        String says = "Incident " + incident.number() + " (" + members.size() + " people) and the people they are"
                + " linked to";
        return new Selection(part, says, "peer-map-incident-" + incident.number(), incident.number());
    }

    /** A person by id, else by printed code (ignoring case) when exactly one person has it. */
    private static Optional<Person> person(String typed, Case c, Printed printed) {
        for (Person p : c.people()) {
            if (p.id().equals(typed)) {
                return Optional.of(p);
            }
        }
        List<Person> byCode = new ArrayList<>();
        for (Person p : c.people()) {
            if (printed.person(p.id()).toLowerCase(Locale.ROOT).equals(typed.toLowerCase(Locale.ROOT))) {
                byCode.add(p);
            }
        }
        return byCode.size() == 1 ? Optional.of(byCode.get(0)) : Optional.empty();
    }

    /** One step: a relationship, or an incident both people were in. */
    private static Map<String, Set<String>> neighbours(Case c) {
        Map<String, Set<String>> next = new HashMap<>();
        for (Relationship r : c.relationships()) {
            next.computeIfAbsent(r.a(), k -> new LinkedHashSet<>()).add(r.b());
            next.computeIfAbsent(r.b(), k -> new LinkedHashSet<>()).add(r.a());
        }
        for (Incident i : c.incidents()) {
            for (String a : i.involved()) {
                for (String b : i.involved()) {
                    if (!a.equals(b)) {
                        next.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
                    }
                }
            }
        }
        return next;
    }
}
