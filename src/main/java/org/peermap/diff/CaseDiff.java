package org.peermap.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.peermap.anonymise.Printed;
import org.peermap.model.Action;
import org.peermap.model.ActionStatus;
import org.peermap.model.Case;
import org.peermap.model.HowKnown;
import org.peermap.model.Incident;
import org.peermap.model.Person;
import org.peermap.model.Place;
import org.peermap.model.Relationship;
import org.peermap.model.Whereabouts;

/**
 * What changed between two versions of one case, in printed words (codes for people, labels for places), section
 * by section: people, relationships, incidents, whereabouts, places, actions, the review date and the narrative.
 * People, places and incidents are matched by id; relationships by their two people (and type, where a pair has
 * several); whereabouts by person, place and kind; actions by what they say. Kept people are printed with the new
 * version's codes, removed ones with the old version's.
 */
public final class CaseDiff {
    private final Case old;
    private final Case now;
    private final Printed was;
    private final Printed is;

    /** Incident numbers as the maps show them (doubtful incidents are left off and not numbered). */
    private final Map<String, Integer> wasNumber = new LinkedHashMap<>();
    private final Map<String, Integer> isNumber = new LinkedHashMap<>();

    private CaseDiff(Case old, Case now, Printed was, Printed is) {
        this.old = old;
        this.now = now;
        this.was = was;
        this.is = is;
        old.believed().incidents().forEach(i -> wasNumber.put(i.id(), i.number()));
        now.believed().incidents().forEach(i -> isNumber.put(i.id(), i.number()));
    }

    private static String numbered(Map<String, Integer> numbers, Incident i) {
        Integer n = numbers.get(i.id());
        return n == null ? "a doubted incident (left off the maps)" : "incident " + n;
    }

    /** The changes from {@code old} (printed as {@code was}) to {@code now} (printed as {@code is}). */
    public static Changes of(Case old, Case now, Printed was, Printed is) {
        return new CaseDiff(old, now, was, is).changes();
    }

    private Changes changes() {
        List<Changes.Section> sections = new ArrayList<>();
        section(sections, "People", people());
        section(sections, "Relationships", relationships());
        section(sections, "Incidents", incidents());
        section(sections, "Whereabouts", whereabouts());
        section(sections, "Places", places());
        section(sections, "Actions", actions());
        List<String> review = new ArrayList<>();
        if (!old.review().equals(now.review())) {
            review.add("Next review: " + now.review().map(CaseDiff::date).orElse("none") + " (was "
                    + old.review().map(CaseDiff::date).orElse("none") + ")");
        }
        section(sections, "Review", review);
        Optional<String> narrative = old.narrative().map(was::text).equals(now.narrative().map(is::text))
                && old.narrative().equals(now.narrative()) ? Optional.empty()
                        : Optional.of(now.narrative().map(is::text).orElse(""));
        List<String> recoded = now.people().stream().filter(p -> old.people().stream().anyMatch(o -> o.id()
                .equals(p.id())) && !was.person(p.id()).equals(is.person(p.id()))).map(p -> was.person(p.id())
                        + " is now " + is.person(p.id())).toList();
        int peopleAdded = (int) now.people().stream().filter(p -> find(old.people(), p.id()).isEmpty()).count();
        int incidentsAdded = (int) now.incidents().stream().filter(i -> incident(old, i.id()).isEmpty()).count();
        return new Changes(sections, narrative, recoded, peopleAdded, incidentsAdded);
    }

    private static void section(List<Changes.Section> sections, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            sections.add(new Changes.Section(title, lines));
        }
    }

    // people

    private List<String> people() {
        List<String> lines = new ArrayList<>();
        for (Person p : now.people()) {
            Optional<Person> before = find(old.people(), p.id());
            if (before.isEmpty()) {
                lines.add("Added: " + person(p, is) + " (" + kind(p) + ")");
                continue;
            }
            List<String> what = new ArrayList<>();
            Person o = before.get();
            if (o.kind() != p.kind()) {
                what.add("now " + kind(p) + " (was " + kind(o) + ")");
            }
            if (!o.plan().equals(p.plan())) {
                what.add("plan " + p.plan().orElse("none") + " (was " + o.plan().orElse("none") + ")");
            }
            if (!o.practice().risk().equals(p.practice().risk())) {
                what.add("risk level " + p.practice().risk().map(r -> r.word()).orElse("not given") + " (was "
                        + o.practice().risk().map(r -> r.word()).orElse("not given") + ")");
            }
            if (o.focus() != p.focus()) {
                what.add(p.focus() ? "now the young person the map is about" : "no longer the map's focus");
            }
            List<String> gained = p.practice().strengths().stream().map(is::text)
                    .filter(t -> o.practice().strengths().stream().map(was::text).noneMatch(t::equals)).toList();
            if (!gained.isEmpty()) {
                what.add("strengths added: " + String.join("; ", gained));
            }
            long lost = o.practice().strengths().stream().map(was::text)
                    .filter(t -> p.practice().strengths().stream().map(is::text).noneMatch(t::equals)).count();
            if (lost > 0) {
                what.add(lost + (lost == 1 ? " strength" : " strengths") + " no longer listed");
            }
            known(what, o.practice().how(), p.practice().how(), o.practice().source(), p.practice().source());
            if (!what.isEmpty()) {
                lines.add("Changed: " + is.person(p.id()) + ": " + String.join("; ", what));
            }
        }
        for (Person o : old.people()) {
            if (find(now.people(), o.id()).isEmpty()) {
                lines.add("Removed: " + person(o, was) + " (" + kind(o) + ")" + (recoded() ? " (its code in the old"
                        + " version)" : ""));
            }
        }
        return lines;
    }

    private boolean recoded() {
        return now.people().stream().anyMatch(p -> find(old.people(), p.id()).isPresent()
                && !was.person(p.id()).equals(is.person(p.id())));
    }

    private static String person(Person p, Printed printed) {
        return printed.person(p.id()) + printed.age(p).map(a -> ", " + a).orElse("");
    }

    private static String kind(Person p) {
        return switch (p.kind()) {
            case YOUNG_PERSON -> "young person";
            case ADULT -> "adult";
            case PROFESSIONAL -> "professional";
        };
    }

    private static Optional<Person> find(List<Person> people, String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    // relationships

    private List<String> relationships() {
        Map<String, List<Relationship>> before = byPair(old.relationships());
        Map<String, List<Relationship>> after = byPair(now.relationships());
        Set<String> pairs = new LinkedHashSet<>(after.keySet());
        pairs.addAll(before.keySet());
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String pair : pairs) {
            List<Relationship> o = new ArrayList<>(before.getOrDefault(pair, List.of()));
            List<Relationship> n = new ArrayList<>(after.getOrDefault(pair, List.of()));
            for (Relationship r : List.copyOf(n)) {
                Optional<Relationship> same = o.stream().filter(x -> x.type().id().equals(r.type().id())
                        && (!r.directed() || x.a().equals(r.a()))).findFirst();
                if (same.isPresent()) {
                    List<String> what = new ArrayList<>();
                    if (!Objects.equals(same.get().note(), r.note())) {
                        what.add("the note changed");
                    }
                    known(what, same.get().how(), r.how(), same.get().source(), r.source());
                    if (!what.isEmpty()) {
                        changed.add("Changed: " + relationship(r, is) + ": " + String.join("; ", what));
                    }
                    o.remove(same.get());
                    n.remove(r);
                }
            }
            while (!o.isEmpty() && !n.isEmpty()) {
                Relationship x = o.remove(0);
                Relationship r = n.remove(0);
                List<String> what = new ArrayList<>(List.of(r.type().label() + " (was " + x.type().label() + ")"));
                if (!Objects.equals(x.note(), r.note())) {
                    what.add("the note changed");
                }
                known(what, x.how(), r.how(), x.source(), r.source());
                changed.add("Changed: " + ends(r, is) + ": " + String.join("; ", what));
            }
            n.forEach(r -> added.add("Added: " + relationship(r, is)));
            o.forEach(r -> removed.add("Removed: " + relationship(r, was)));
        }
        List<String> lines = new ArrayList<>(added);
        lines.addAll(changed);
        lines.addAll(removed);
        return lines;
    }

    private static Map<String, List<Relationship>> byPair(List<Relationship> relationships) {
        Map<String, List<Relationship>> pairs = new LinkedHashMap<>();
        for (Relationship r : relationships) {
            String key = r.a().compareTo(r.b()) < 0 ? r.a() + "\n" + r.b() : r.b() + "\n" + r.a();
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return pairs;
    }

    private static String relationship(Relationship r, Printed printed) {
        return ends(r, printed) + " (" + r.type().label() + ")";
    }

    private static String ends(Relationship r, Printed printed) {
        return printed.person(r.a()) + (r.directed() ? " -> " : " - ") + printed.person(r.b());
    }

    /** How a fact is known, and its source, as it changed. */
    private void known(List<String> what, HowKnown before, HowKnown after, Optional<String> wasFrom,
            Optional<String> isFrom) {
        if (!before.known().equals(after.known())) {
            what.add("now " + after.known().map(k -> k.word()).orElse("not said how it is known") + " (was "
                    + before.known().map(k -> k.word()).orElse("not said") + ")");
        }
        if (!before.confirmed().equals(after.confirmed())) {
            what.add("last confirmed " + after.confirmed().map(d -> d.printed()).orElse("not said"));
        }
        if (!wasFrom.equals(isFrom)) {
            what.add("source " + isFrom.map(is::text).orElse("not given") + " (was " + wasFrom.map(was::text)
                    .orElse("not given") + ")");
        }
    }

    // incidents

    private List<String> incidents() {
        List<String> lines = new ArrayList<>();
        for (Incident i : now.incidents()) {
            Optional<Incident> before = incident(old, i.id());
            if (before.isEmpty()) {
                lines.add("Added: " + numbered(isNumber, i) + " (" + i.date().printed() + "): " + what(i, is)
                        + " - involved " + people(i.involved(), is));
                continue;
            }
            Incident o = before.get();
            List<String> what = new ArrayList<>();
            if (!o.date().equals(i.date()) || !o.time().equals(i.time())) {
                what.add("date " + i.date().printed() + i.time().map(t -> " " + t).orElse("") + " (was "
                        + o.date().printed() + o.time().map(t -> " " + t).orElse("") + ")");
            }
            if (!what(o, was).equals(what(i, is))) {
                what.add("now '" + what(i, is) + "' (was '" + what(o, was) + "')");
            }
            if (!o.place().equals(i.place())) {
                what.add("place " + i.place().map(is::place).orElse("none") + " (was " + o.place().map(was::place)
                        .orElse("none") + ")");
            }
            List<String> joined = i.involved().stream().filter(p -> !o.involved().contains(p)).toList();
            List<String> left = o.involved().stream().filter(p -> !i.involved().contains(p)).toList();
            if (!joined.isEmpty()) {
                what.add("also involved " + people(joined, is));
            }
            if (!left.isEmpty()) {
                what.add("no longer involved " + people(left, was));
            }
            known(what, o.how(), i.how(), o.source(), i.source());
            if (!what.isEmpty()) {
                lines.add("Changed: " + numbered(isNumber, i) + " (" + i.date().printed() + "): " + String.join("; ",
                        what));
            }
        }
        for (Incident o : old.incidents()) {
            if (incident(now, o.id()).isEmpty()) {
                lines.add("Removed: " + numbered(wasNumber, o) + " of the old version (" + o.date().printed() + "): "
                        + what(o, was));
            }
        }
        return lines;
    }

    private static Optional<Incident> incident(Case c, String id) {
        return c.incidents().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    private static String what(Incident i, Printed printed) {
        return printed.text(i.label().orElse(i.what()));
    }

    private static String people(List<String> ids, Printed printed) {
        return String.join(", ", ids.stream().map(printed::person).toList());
    }

    // whereabouts and places

    private List<String> whereabouts() {
        List<String> lines = new ArrayList<>();
        for (Whereabouts w : now.whereabouts()) {
            Optional<Whereabouts> before = old.whereabouts().stream().filter(o -> same(o, w)).findFirst();
            if (before.isEmpty()) {
                lines.add("Added: " + whereabouts(w, is));
            } else {
                List<String> what = new ArrayList<>();
                known(what, before.get().how(), w.how(), before.get().source(), w.source());
                if (!what.isEmpty()) {
                    lines.add("Changed: " + whereabouts(w, is) + ": " + String.join("; ", what));
                }
            }
        }
        for (Whereabouts o : old.whereabouts()) {
            if (now.whereabouts().stream().noneMatch(w -> same(o, w))) {
                lines.add("Removed: " + whereabouts(o, was));
            }
        }
        return lines;
    }

    private static boolean same(Whereabouts a, Whereabouts b) {
        return a.person().equals(b.person()) && a.place().equals(b.place()) && a.as() == b.as();
    }

    private static String whereabouts(Whereabouts w, Printed printed) {
        return printed.person(w.person()) + " " + w.as().phrase() + " " + printed.place(w.place());
    }

    private List<String> places() {
        List<String> lines = new ArrayList<>();
        for (Place p : now.places()) {
            Optional<Place> before = old.places().stream().filter(o -> o.id().equals(p.id())).findFirst();
            if (before.isEmpty()) {
                lines.add("Added: " + is.place(p.id()) + (p.safe() ? " (a safe place)" : ""));
                continue;
            }
            List<String> what = new ArrayList<>();
            if (!was.place(p.id()).equals(is.place(p.id()))) {
                what.add("printed as " + is.place(p.id()) + " (was " + was.place(p.id()) + ")");
            }
            if (before.get().kind() != p.kind()) {
                what.add("now a " + p.kind().word() + " (was a " + before.get().kind().word() + ")");
            }
            if (before.get().safe() != p.safe()) {
                what.add(p.safe() ? "now a safe place" : "no longer marked safe");
            }
            if (!what.isEmpty()) {
                lines.add("Changed: " + is.place(p.id()) + ": " + String.join("; ", what));
            }
        }
        for (Place o : old.places()) {
            if (now.places().stream().noneMatch(p -> p.id().equals(o.id()))) {
                lines.add("Removed: " + was.place(o.id()));
            }
        }
        return lines;
    }

    // actions

    private List<String> actions() {
        List<String> lines = new ArrayList<>();
        for (Action a : now.actions()) {
            Optional<Action> before = old.actions().stream().filter(o -> was.text(o.what()).equals(is.text(a.what())))
                    .findFirst();
            String what = is.text(a.what()) + who(a, is) + a.by().map(b -> ", by " + b.printed()).orElse("");
            if (before.isEmpty()) {
                lines.add("Added: " + what + (a.status() == ActionStatus.OPEN ? "" : " (" + a.status().word() + ")"));
            } else if (before.get().status() != a.status()) {
                lines.add((a.status() == ActionStatus.OPEN ? "Reopened: " : "Closed (" + a.status().word() + "): ")
                        + what);
            } else if (!before.get().by().equals(a.by())) {
                lines.add("Changed: " + is.text(a.what()) + ": now by " + a.by().map(b -> b.printed()).orElse(
                        "no date") + " (was " + before.get().by().map(b -> b.printed()).orElse("no date") + ")");
            }
        }
        for (Action o : old.actions()) {
            if (now.actions().stream().noneMatch(a -> is.text(a.what()).equals(was.text(o.what())))) {
                lines.add("No longer listed: " + was.text(o.what()) + " (" + o.status().word() + ")");
            }
        }
        return lines;
    }

    private static String who(Action a, Printed printed) {
        return a.whoPerson().filter(printed::hasPerson).map(id -> " (" + printed.person(id) + ")")
                .or(() -> a.who().map(w -> " (" + printed.text(w) + ")")).orElse("");
    }

    private static String date(java.time.LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
