package org.peermap.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peermap.diagnostic.Position;
import org.peermap.model.Incident;
import org.peermap.model.Relationship;
import org.peermap.source.Mapping;

/** The warnings of the check stage: things that are allowed but probably not meant. */
final class Warnings {
    private final Context context;

    Warnings(Context context) {
        this.context = context;
    }

    /**
     * Two people under different ids whose names are the same (folded: case, accents, look-alike letters), or who
     * share an alias, or one's name is the other's alias: "may be the same person", at both places. Agencies that
     * each bring their own part to a meeting often know one child under different ids.
     */
    void likelyDuplicates(List<org.peermap.model.Person> persons) {
        // each person's names folded once: folding is the costly part, and a case of n people compares n^2 / 2 pairs
        List<Set<String>> names = persons.stream().map(Warnings::names).toList();
        for (int i = 0; i < persons.size(); i++) {
            for (int j = i + 1; j < persons.size(); j++) {
                org.peermap.model.Person a = persons.get(i);
                org.peermap.model.Person b = persons.get(j);
                if (names.get(j).stream().noneMatch(names.get(i)::contains)) {
                    continue;
                }
                Position at = context.personLines.get(a.id());
                Position other = context.personLines.get(b.id());
                if (at == null || other == null) {
                    continue;
                }
                String file = context.file.name();
                context.diagnostics.warning(at, "this person may be the same person as the one at "
                        + other.from(at, file) + " (the same name or alias under two ids); if so, give them one id");
                context.diagnostics.warning(other, "this person may be the same person as the one at "
                        + at.from(other, file) + " (the same name or alias under two ids); if so, give them one id");
            }
        }
    }

    private static Set<String> names(org.peermap.model.Person p) {
        Set<String> names = new HashSet<>();
        p.name().map(org.peermap.model.Identifying::fold).map(String::strip).filter(n -> !n.isEmpty())
                .ifPresent(names::add);
        p.aliases().stream().map(org.peermap.model.Identifying::fold).map(String::strip).filter(n -> !n.isEmpty())
                .forEach(names::add);
        return names;
    }

    void unconnectedPeople(Mapping people, List<Relationship> relationships, List<Incident> incidents) {
        Set<String> connected = new HashSet<>();
        for (Relationship r : relationships) {
            connected.add(r.a());
            connected.add(r.b());
        }
        for (Incident incident : incidents) {
            connected.addAll(incident.involved());
        }
        for (Mapping.Entry entry : people.entries()) {
            if (context.personIds.contains(entry.key().value()) && !connected.contains(entry.key().value())
                    && Context.ID.matcher(entry.key().value()).matches()) {
                context.diagnostics.warning(entry.key().start(), "this person has no relationship and is in no"
                        + " incident, so the map shows them unconnected");
            }
        }
    }

    void unusedKeyEntries(Mapping.Entry key, List<Relationship> relationships) {
        if (!(key.value() instanceof Mapping entries)) {
            return;
        }
        Set<String> used = new HashSet<>();
        relationships.forEach(r -> used.add(r.type().id()));
        for (Mapping.Entry entry : entries.entries()) {
            if (!used.contains(entry.key().value()) && context.types.containsKey(entry.key().value())) {
                context.diagnostics.warning(entry.key().start(), "this key entry is not used by any relationship;"
                        + " the key shows only what the map uses");
            }
        }
    }

    /**
     * Warns at a key entry whose line differs from another symbol of the same key by colour alone: on a
     * greyscale print the two look the same. Only types the map uses are compared (the key shows no
     * others); the other entry is named by its line, or by a built-in type's own id, never by user text.
     */
    void lookAlikeKeyEntries(Mapping.Entry key, List<Relationship> relationships) {
        if (!(key.value() instanceof Mapping entries)) {
            return;
        }
        Set<String> used = new HashSet<>();
        relationships.forEach(r -> used.add(r.type().id()));
        java.util.Map<String, Mapping.Entry> written = new java.util.HashMap<>();
        entries.entries().forEach(e -> written.put(e.key().value(), e));
        List<org.peermap.model.RelationshipType> types = context.types.values().stream()
                .filter(t -> used.contains(t.id())).toList();
        for (Mapping.Entry entry : entries.entries()) {
            org.peermap.model.RelationshipType mine = context.types.get(entry.key().value());
            if (mine == null || !used.contains(mine.id())) {
                continue;
            }
            for (org.peermap.model.RelationshipType other : types) {
                if (other.id().equals(mine.id()) || other.line() != mine.line() || other.arrow() != mine.arrow()
                        || other.width() != mine.width() || other.colour().equalsIgnoreCase(mine.colour())) {
                    continue;
                }
                Mapping.Entry otherEntry = written.get(other.id());
                String name = otherEntry != null ? "the key entry at line " + otherEntry.key().start().line()
                        : "the built-in type '" + other.id() + "'";
                context.diagnostics.warning(entry.key().start(), "this key entry is drawn like " + name
                        + " but for its colour, so the two look the same on a greyscale print; give one of them"
                        + " another line (solid, double, dashed, dotted, zigzag, wavy), arrow or width");
                break;
            }
        }
    }
}
