package org.peermap.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.peermap.diagnostic.Diagnostics;
import org.peermap.diagnostic.Position;
import org.peermap.model.RelationshipType;
import org.peermap.source.Scalar;
import org.peermap.source.SourceFile;

/** What the section checkers of one file share: where to report, and the ids defined so far. */
final class Context {
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    static final String ID_RULE = "an id must start with a lower-case letter and use only a-z, 0-9, '-' and '_'"
            + " (at most 64 characters)";

    final SourceFile file;
    /** The case's parts, by name, when it is read from several files. */
    final Map<String, SourceFile> parts = new LinkedHashMap<>();
    /** Each part's agency, by the part's name: the source of the facts it gives that name none. */
    final Map<String, String> agencies = new LinkedHashMap<>();
    /** What each part gives, by the part's name: per section (people, incidents, relationships), the ids or items. */
    final Map<String, Map<String, List<String>>> given = new LinkedHashMap<>();
    final Diagnostics diagnostics;
    final Values values;
    final Set<String> personIds = new LinkedHashSet<>();
    final Set<String> placeIds = new LinkedHashSet<>();
    final Map<String, RelationshipType> types = new LinkedHashMap<>();
    /** Every id written in 'key', also those whose entry has errors (so uses of them are not reported again). */
    final Set<String> declaredTypes = new LinkedHashSet<>();
    /** Where each person and place is defined, for messages that must not quote ids. */
    final Map<String, Position> personLines = new LinkedHashMap<>();
    final Map<String, Position> placeLines = new LinkedHashMap<>();
    /** Every text value that must not hold a name, with how messages name its field. */
    final List<Text> texts = new ArrayList<>();

    /** The map's date ('prepared'), once read: facts confirmed after it are warned of. */
    java.util.Optional<java.time.LocalDate> prepared = java.util.Optional.empty();

    /** Where the name check reported a name, so that an id equal to that name is not reported again. */
    final Set<Position> namesAt = new java.util.HashSet<>();

    /** A text value to search for names. */
    record Text(Scalar scalar, String what) {}

    /** A text value that must not hold a name: read, and registered for the name check. */
    java.util.Optional<String> text(org.peermap.source.Mapping.Entry entry, String what) {
        return values.scalar(entry, what).map(s -> scan(s, what).value().strip());
    }

    /**
     * A text value whose {@code {id}} references are replaced when printed (a source: "told by {mum}"): read,
     * registered for the name check, and its references checked.
     */
    java.util.Optional<String> referencing(org.peermap.source.Mapping.Entry entry, String what) {
        return values.scalar(entry, what).map(s -> {
            FreeText.checkReferences(scan(s, what), what, false, this);
            return s.value().strip();
        });
    }

    /** The file a scalar was written in: the case file, or the part its position names. */
    SourceFile fileOf(Scalar scalar) {
        return scalar.start().file().isEmpty() ? file : parts.getOrDefault(scalar.start().file(), file);
    }

    /** The agency of the part {@code at} is in; empty in the case file itself. */
    java.util.Optional<String> agencyAt(Position at) {
        return java.util.Optional.ofNullable(agencies.get(at.file()));
    }

    /**
     * The agencies whose parts give a merged thing (a person, place or incident defined in several files), in the
     * order of its fields; the case file gives none.
     */
    List<String> agencies(org.peermap.source.Mapping thing, Position key) {
        Set<String> found = new LinkedHashSet<>();
        agencyAt(key).ifPresent(found::add);
        thing.entries().forEach(e -> agencyAt(e.key().start()).ifPresent(found::add));
        return List.copyOf(found);
    }

    /** Registers a text value for the name check, and returns it. */
    Scalar scan(Scalar scalar, String what) {
        texts.add(new Text(scalar, what));
        return scalar;
    }

    Context(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.values = new Values(diagnostics);
        for (RelationshipType type : RelationshipType.BUILT_IN) {
            types.put(type.id(), type);
        }
    }

    /** True when the key is a valid id; reports it otherwise. */
    boolean validId(Scalar key, String what) {
        if (ID.matcher(key.value()).matches()) {
            return true;
        }
        diagnostics.error(key.start(), "invalid " + what + " id: " + ID_RULE);
        return false;
    }
}
