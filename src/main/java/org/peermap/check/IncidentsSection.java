package org.peermap.check;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peermap.model.Incident;
import org.peermap.model.PartialDate;
import org.peermap.source.Mapping;
import org.peermap.source.Node;
import org.peermap.source.Scalar;
import org.peermap.source.Sequence;

/** Checks the {@code incidents} section and builds the incidents. */
final class IncidentsSection {
    static final List<String> FIELDS = HowKnownFields.with(List.of("what", "date", "time", "place", "label",
            "involved", "source", "note"));

    private final Context context;

    IncidentsSection(Context context) {
        this.context = context;
    }

    List<Incident> read(Mapping incidents) {
        List<Incident> result = new ArrayList<>();
        for (Mapping.Entry entry : incidents.entries()) {
            if (!context.validId(entry.key(), "incident")) {
                continue;
            }
            context.values.mapping(entry, "an incident", "a mapping with what, date, involved ...")
                    .flatMap(body -> incident(entry.key(), body))
                    .ifPresent(result::add);
        }
        return result;
    }

    private Optional<Incident> incident(Scalar id, Mapping body) {
        Values v = context.values;
        Fields f = new Fields(body, "an incident", id.start(), FIELDS, context.diagnostics);
        Optional<String> what = f.require("what", "what happened, for example Stabbing")
                .flatMap(e -> freeText(e, f.what("what")));
        Optional<PartialDate> date = f.require("date", "YYYY-MM-DD, or YYYY-MM when the day is not known")
                .flatMap(e -> v.date(e, f.what("date"), true));
        Optional<LocalTime> time = f.get("time").flatMap(e -> v.time(e, f.what("time")));
        Optional<String> place = f.get("place")
                .flatMap(e -> PersonRef.resolvePlace(e.value(), f.what("place"), context));
        Optional<String> label = f.get("label").flatMap(e -> freeText(e, f.what("label")));
        Optional<List<String>> involved = f.require("involved", "a list of the person ids involved")
                .flatMap(e -> involved(e, f.what("involved")));
        // a part's facts are its agency's unless they say otherwise; given by several agencies, by all of them
        List<String> givenBy = context.agencies(body, id.start());
        Optional<String> source = f.get("source").flatMap(e -> context.referencing(e, f.what("source")))
                .or(() -> givenBy.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", givenBy)));
        Optional<String> note = f.get("note").flatMap(e -> freeText(e, f.what("note")));
        org.peermap.model.HowKnown how = HowKnownFields.corroborated(HowKnownFields.read(f, context), givenBy);
        if (what.isEmpty() || date.isEmpty() || involved.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Incident(id.value(), what.get(), date.get(), time, place, label, involved.get(),
                source, note, how));
    }

    private Optional<String> freeText(Mapping.Entry entry, String what) {
        return context.values.scalar(entry, what).map(s -> {
            FreeText.checkReferences(context.scan(s, what), what, false, context);
            return s.value().strip();
        });
    }

    private Optional<List<String>> involved(Mapping.Entry entry, String what) {
        Node value = entry.value();
        List<Node> items;
        if (value instanceof Sequence seq) {
            items = seq.items();
        } else if (value instanceof Scalar s && !s.value().isBlank()) {
            items = List.of(s);
        } else {
            context.values.sequence(entry, what, "a list of person ids, for example [a, b]");
            return Optional.empty();
        }
        if (items.isEmpty()) {
            context.diagnostics.error(value.start(), what + " must name at least one person");
            return Optional.empty();
        }
        Set<String> people = new LinkedHashSet<>();
        boolean ok = true;
        for (Node item : items) {
            Optional<String> id = PersonRef.resolve(item, "each item of " + what, context);
            if (id.isEmpty()) {
                ok = false;
            } else if (!people.add(id.get())) {
                context.diagnostics.error(item.start(), what + " names the same person twice");
                ok = false;
            }
        }
        return ok ? Optional.of(List.copyOf(people)) : Optional.empty();
    }
}
