package org.peermap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peermap.model.PartialDate;
import org.peermap.model.Whereabouts;
import org.peermap.model.WhereaboutsKind;
import org.peermap.source.Mapping;
import org.peermap.source.Node;
import org.peermap.source.Sequence;

/** Checks the {@code whereabouts} list: which people are linked to which places. */
final class WhereaboutsSection {
    static final List<String> FIELDS = HowKnownFields.with(List.of("person", "place", "as", "source", "since"));

    private final Context context;

    WhereaboutsSection(Context context) {
        this.context = context;
    }

    List<Whereabouts> read(Sequence list) {
        List<Whereabouts> result = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof Mapping body)) {
                context.diagnostics.error(item.start(), "each whereabouts entry must be a mapping such as"
                        + " {person: a, place: b, as: lives}, not " + item.describe());
                continue;
            }
            whereabouts(body).ifPresent(result::add);
        }
        return result;
    }

    private Optional<Whereabouts> whereabouts(Mapping body) {
        Values v = context.values;
        Fields f = new Fields(body, "a whereabouts entry", body.start(), FIELDS, context.diagnostics);
        Optional<String> person = f.require("person", "a person id")
                .flatMap(e -> PersonRef.resolve(e.value(), f.what("person"), context));
        Optional<String> place = f.require("place", "a place id")
                .flatMap(e -> PersonRef.resolvePlace(e.value(), f.what("place"), context));
        WhereaboutsKind as = f.get("as").flatMap(e -> v.choice(e, f.what("as"), WhereaboutsKind.class))
                .orElse(WhereaboutsKind.SPENDS_TIME);
        Optional<String> source = f.get("source").flatMap(e -> context.referencing(e, f.what("source")))
                .or(() -> context.agencyAt(body.start()));
        Optional<PartialDate> since = f.get("since").flatMap(e -> v.date(e, f.what("since"), true));
        org.peermap.model.HowKnown how = HowKnownFields.read(f, context);
        if (person.isEmpty() || place.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Whereabouts(person.get(), place.get(), as, source, since, how));
    }
}
