package org.peermap.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peermap.model.Incident;
import org.peermap.model.Relationship;
import org.peermap.source.Mapping;

/** The warnings of the check stage: things that are allowed but probably not meant. */
final class Warnings {
    private final Context context;

    Warnings(Context context) {
        this.context = context;
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
}
