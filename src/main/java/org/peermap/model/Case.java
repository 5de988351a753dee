package org.peermap.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One checked case, immutable. Free-text fields still hold their {@code {id}} references; the
 * anonymise stage replaces them with printed forms.
 */
public record Case(
        String title,
        String reference,
        Optional<LocalDate> prepared,
        String marking,
        AnonymiseMode anonymise,
        List<RelationshipType> types,
        List<Person> people,
        List<Place> places,
        List<Relationship> relationships,
        List<Whereabouts> whereabouts,
        List<Incident> incidents,
        Optional<String> narrative,
        Period period,
        Optional<LocalDate> review,
        List<Action> actions,
        int doubted,
        Provenance provenance) {

    /** A case from one file: no agencies' contributions. */
    public Case(String title, String reference, Optional<LocalDate> prepared, String marking, AnonymiseMode anonymise,
            List<RelationshipType> types, List<Person> people, List<Place> places, List<Relationship> relationships,
            List<Whereabouts> whereabouts, List<Incident> incidents, Optional<String> narrative, Period period,
            Optional<LocalDate> review, List<Action> actions, int doubted) {
        this(title, reference, prepared, marking, anonymise, types, people, places, relationships, whereabouts,
                incidents, narrative, period, review, actions, doubted, Provenance.NONE);
    }

    /** A case with no review date and no actions. */
    public Case(String title, String reference, Optional<LocalDate> prepared, String marking, AnonymiseMode anonymise,
            List<RelationshipType> types, List<Person> people, List<Place> places, List<Relationship> relationships,
            List<Whereabouts> whereabouts, List<Incident> incidents, Optional<String> narrative, Period period) {
        this(title, reference, prepared, marking, anonymise, types, people, places, relationships, whereabouts,
                incidents, narrative, period, Optional.empty(), List.of(), 0);
    }

    public static final String DEFAULT_MARKING = "OFFICIAL-SENSITIVE";

    /**
     * The map's date, against which actions are overdue and confirmations old: the as-at date of the period
     * shown (its last day), else {@code prepared}. Never the clock, so the same file gives the same output.
     */
    public Optional<LocalDate> mapDate() {
        return period.asAt().map(PartialDate::lastDay).or(() -> prepared);
    }

    /**
     * The case as its maps show it: facts that are {@code known: doubtful} left off (the appendix lists them,
     * and the maps' key counts them in {@link #doubted}); a doubted person is left off with their lines and
     * whereabouts and taken out of their incidents (an incident left with nobody is left off); the incidents
     * numbered again, 1..k in date order, so the maps and the appendix number them alike.
     */
    public Case believed() {
        java.util.Set<String> doubtedPeople = new java.util.HashSet<>();
        people.stream().filter(p -> p.practice().how().doubted()).forEach(p -> doubtedPeople.add(p.id()));
        int n = doubtedPeople.size() + (int) relationships.stream().filter(r -> r.how().doubted()).count()
                + (int) whereabouts.stream().filter(w -> w.how().doubted()).count()
                + (int) incidents.stream().filter(i -> i.how().doubted()).count();
        if (n == 0) {
            return this;
        }
        List<Person> keptPeople = people.stream().filter(p -> !doubtedPeople.contains(p.id())).toList();
        List<Relationship> keptRelationships = relationships.stream().filter(r -> !r.how().doubted()
                && !doubtedPeople.contains(r.a()) && !doubtedPeople.contains(r.b())).toList();
        List<Whereabouts> keptWhereabouts = whereabouts.stream()
                .filter(w -> !w.how().doubted() && !doubtedPeople.contains(w.person())).toList();
        List<Incident> keptIncidents = incidents.stream().filter(i -> !i.how().doubted())
                .map(i -> new Incident(i.id(), i.what(), i.date(), i.time(), i.place(), i.label(),
                        i.involved().stream().filter(id -> !doubtedPeople.contains(id)).toList(), i.source(), i.note(),
                        i.how()))
                .filter(i -> !i.involved().isEmpty()).toList();
        return new Case(title, reference, prepared, marking, anonymise, types, keptPeople, places, keptRelationships,
                keptWhereabouts, Incident.numbered(keptIncidents), narrative, period, review, actions, doubted + n,
                provenance);
    }

    /**
     * The case as a map of {@code period} shows it: incidents, relationships and whereabouts dated after
     * the as-at date left out, incidents outside from-to left out, and people left with no relationship
     * and no incident by that left out too. Undated relationships and whereabouts are always shown.
     */
    public Case during(Period shown) {
        if (shown.isAll()) {
            return this;
        }
        List<Incident> keptIncidents = incidents.stream().filter(i -> shown.showsIncident(i.date())).toList();
        List<Relationship> keptRelationships = relationships.stream()
                .filter(r -> r.since().map(shown::shows).orElse(true)).toList();
        java.util.Set<String> connected = new java.util.HashSet<>();
        keptRelationships.forEach(r -> {
            connected.add(r.a());
            connected.add(r.b());
        });
        keptIncidents.forEach(i -> connected.addAll(i.involved()));
        java.util.Set<String> hadSomething = new java.util.HashSet<>();
        relationships.forEach(r -> {
            hadSomething.add(r.a());
            hadSomething.add(r.b());
        });
        incidents.forEach(i -> hadSomething.addAll(i.involved()));
        List<Person> keptPeople = people.stream()
                .filter(p -> connected.contains(p.id()) || !hadSomething.contains(p.id())).toList();
        java.util.Set<String> keptIds = new java.util.HashSet<>();
        keptPeople.forEach(p -> keptIds.add(p.id()));
        List<Whereabouts> keptWhereabouts = whereabouts.stream()
                .filter(w -> keptIds.contains(w.person()) && w.since().map(shown::shows).orElse(true)).toList();
        return new Case(title, reference, prepared, marking, anonymise, types, keptPeople, places, keptRelationships,
                keptWhereabouts, keptIncidents, narrative, shown, review, actions, doubted, provenance);
    }

    /**
     * The part of the case about {@code shown} people: their relationships that {@code keep} accepts (both
     * ends shown), their whereabouts, and the incidents any of them were in, each with only the shown
     * people in its {@code involved} (so an incident can be partly shown; compare with this case's own).
     * Places, the narrative and the numbers of incidents are kept.
     */
    public Case only(java.util.Set<String> shown, java.util.function.Predicate<Relationship> keep) {
        List<Person> keptPeople = people.stream().filter(p -> shown.contains(p.id())).toList();
        List<Relationship> keptRelationships = relationships.stream()
                .filter(r -> shown.contains(r.a()) && shown.contains(r.b()) && keep.test(r)).toList();
        List<Whereabouts> keptWhereabouts = whereabouts.stream().filter(w -> shown.contains(w.person())).toList();
        List<Incident> keptIncidents = incidents.stream()
                .filter(i -> i.involved().stream().anyMatch(shown::contains))
                .map(i -> new Incident(i.id(), i.what(), i.date(), i.time(), i.place(), i.label(),
                        i.involved().stream().filter(shown::contains).toList(), i.source(), i.note(), i.how(),
                        i.number()))
                .toList();
        return new Case(title, reference, prepared, marking, anonymise, types, keptPeople, places, keptRelationships,
                keptWhereabouts, keptIncidents, narrative, period, review, actions, doubted, provenance);
    }

    /** The case without its incidents (for an overview whose incidents are drawn on pages of their own). */
    public Case withoutIncidents() {
        return new Case(title, reference, prepared, marking, anonymise, types, people, places, relationships,
                whereabouts, List.of(), narrative, period, review, actions, doubted, provenance);
    }

    public Case {
        actions = List.copyOf(actions);
        types = List.copyOf(types);
        people = List.copyOf(people);
        places = List.copyOf(places);
        relationships = List.copyOf(relationships);
        whereabouts = List.copyOf(whereabouts);
        incidents = List.copyOf(incidents);
        java.util.Objects.requireNonNull(provenance, "provenance");
    }

    /** What each agency's part contributed; empty for a case from one file. */
    public List<Contribution> contributions() {
        return provenance.contributions();
    }
}
