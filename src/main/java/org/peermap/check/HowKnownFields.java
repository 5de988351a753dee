package org.peermap.check;

import java.util.List;
import java.util.Optional;
import org.peermap.model.HowKnown;
import org.peermap.model.Known;
import org.peermap.model.PartialDate;

/** The fields {@code known} and {@code confirmed} that every fact may carry beside its {@code source}. */
final class HowKnownFields {
    static final List<String> FIELDS = List.of("known", "confirmed");

    private HowKnownFields() {}

    /** The allowed fields of a fact, with {@code known} and {@code confirmed} after them. */
    static List<String> with(List<String> fields) {
        return java.util.stream.Stream.concat(fields.stream(), FIELDS.stream()).toList();
    }

    /** How a fact given by {@code agencies} is known: corroborated when two or more gave it, unless it says. */
    static HowKnown corroborated(HowKnown how, List<String> agencies) {
        return how.known().isPresent() || agencies.size() < 2 ? how
                : new HowKnown(Optional.of(Known.CORROBORATED), how.confirmed());
    }

    static HowKnown read(Fields f, Context context) {
        Optional<Known> known = f.get("known").flatMap(e -> context.values.choice(e, f.what("known"), Known.class));
        Optional<PartialDate> confirmed = f.get("confirmed").flatMap(e -> {
            Optional<PartialDate> date = context.values.date(e, f.what("confirmed"), true);
            date.ifPresent(d -> context.prepared.filter(p -> PartialDate.of(p).compareTo(d) < 0
                    && !(d.day().isEmpty() && d.year() == p.getYear() && d.month() == p.getMonthValue()))
                    .ifPresent(p -> context.diagnostics.warning(e.value().start(), f.what("confirmed")
                            + " is after the map's date ('prepared', " + p + "): a fact is confirmed before the"
                            + " map is made; check the date")));
            return date;
        });
        return new HowKnown(known, confirmed);
    }
}
