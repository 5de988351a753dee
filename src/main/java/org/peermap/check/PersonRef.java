package org.peermap.check;

import java.util.Optional;
import java.util.Set;
import org.peermap.source.Node;
import org.peermap.source.Scalar;

/** Resolves a value that must be the id of a person (or of a place). */
final class PersonRef {
    private PersonRef() {}

    static Optional<String> resolve(Node node, String what, Context context) {
        return resolve(node, what, context.personIds, "person", "people", context);
    }

    static Optional<String> resolvePlace(Node node, String what, Context context) {
        return resolve(node, what, context.placeIds, "place", "places", context);
    }

    private static Optional<String> resolve(Node node, String what, Set<String> ids, String noun, String section,
            Context context) {
        if (!(node instanceof Scalar s) || s.value().isBlank()) {
            context.diagnostics.error(node.start(), what + " must be a " + noun + " id, not "
                    + (node instanceof Scalar ? "an empty value" : node.describe()));
            return Optional.empty();
        }
        String id = s.value().strip();
        if (!ids.contains(id)) {
            boolean otherKind = noun.equals("person") ? context.placeIds.contains(id) : context.personIds.contains(id);
            context.diagnostics.error(s.start(), what + (otherKind
                    ? " names a " + (noun.equals("person") ? "place" : "person") + ", not a " + noun
                    : " is not the id of any " + noun + " in '" + section + "'"));
            return Optional.empty();
        }
        return Optional.of(id);
    }
}
