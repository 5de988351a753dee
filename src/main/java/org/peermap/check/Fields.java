package org.peermap.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peermap.diagnostic.Diagnostics;
import org.peermap.diagnostic.Position;
import org.peermap.source.Mapping;

/**
 * The fields of one mapping in a case file (a person, an incident, the top level ...). Unknown fields
 * are reported when it is made; required ones when asked for.
 */
final class Fields {
    private final Mapping mapping;
    private final String owner;
    private final Position anchor;
    private final Diagnostics diagnostics;
    private final Map<String, Mapping.Entry> known = new LinkedHashMap<>();

    /**
     * @param owner the thing the fields belong to, for messages: "a person", "an incident", "" for the top level
     * @param anchor where to report a missing required field (the owner's key, or the mapping's start)
     */
    Fields(Mapping mapping, String owner, Position anchor, List<String> allowed, Diagnostics diagnostics) {
        this.mapping = mapping;
        this.owner = owner;
        this.anchor = anchor;
        this.diagnostics = diagnostics;
        for (Mapping.Entry entry : mapping.entries()) {
            String key = entry.key().value();
            if (allowed.contains(key)) {
                known.put(key, entry);
            } else {
                diagnostics.error(entry.key().start(), "unknown field" + (owner.isEmpty() ? "" : " in " + owner)
                        + Suggest.didYouMean(key, allowed) + "; allowed fields: " + String.join(", ", allowed));
            }
        }
    }

    Mapping mapping() {
        return mapping;
    }

    Optional<Mapping.Entry> get(String field) {
        return Optional.ofNullable(known.get(field));
    }

    /** The field, or an error at the owner when it is missing. */
    Optional<Mapping.Entry> require(String field, String expected) {
        Optional<Mapping.Entry> entry = get(field);
        if (entry.isEmpty()) {
            String who = owner.isEmpty() ? "missing" : capitalised(owner) + " is missing";
            diagnostics.error(anchor, who + " required field '" + field + "' (" + expected + ")");
        }
        return entry;
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    /** How a field is named in messages: {@code 'age' of a person}, or {@code 'title'} at the top level. */
    String what(String field) {
        return "'" + field + "'" + (owner.isEmpty() ? "" : " of " + owner);
    }
}
