package org.peermap.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peermap.diagnostic.Position;
import org.peermap.model.HowKnown;
import org.peermap.model.Known;
import org.peermap.model.Provenance;
import org.peermap.model.PartialDate;
import org.peermap.model.Relationship;
import org.peermap.model.RelationshipType;
import org.peermap.source.Mapping;
import org.peermap.source.Node;
import org.peermap.source.Scalar;
import org.peermap.source.Sequence;

/** Checks the {@code relationships} list and builds the relationships. */
final class RelationshipsSection {
    static final List<String> FIELDS = HowKnownFields.with(List.of("between", "from", "to", "type", "source", "note",
            "since"));
    private static final String OWNER = "a relationship";

    private final Context context;
    private final Map<String, Position> seen = new HashMap<>();
    /** The types each pair of people is given, with the agency of the part that gave each ("" the case file). */
    private final Map<String, List<Provenance.Given>> byPair = new java.util.LinkedHashMap<>();
    /** Where in the list each relationship is, by its people and type. */
    private final Map<String, Integer> index = new HashMap<>();

    RelationshipsSection(Context context) {
        this.context = context;
    }

    List<Relationship> read(Sequence list) {
        List<Relationship> result = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof Mapping body)) {
                context.diagnostics.error(item.start(), "each relationship must be a mapping such as"
                        + " {between: [a, b], type: strong}, not " + item.describe());
                continue;
            }
            relationship(body).ifPresent(r -> add(r, body.start(), result));
        }
        return result;
    }

    /**
     * Adds a relationship, or merges it with the same one from another agency's part: one fact with both sources,
     * corroborated unless a {@code known} says otherwise; the same relationship twice in one file is an error.
     */
    private void add(Relationship r, Position at, List<Relationship> result) {
        String people = r.a().compareTo(r.b()) < 0 ? r.a() + " " + r.b() : r.b() + " " + r.a();
        byPair.computeIfAbsent(people, k -> new ArrayList<>()).add(new Provenance.Given(r.type().id(),
                context.agencyAt(at).orElse("")));
        String pair = r.type().id() + " " + (r.directed() || r.a().compareTo(r.b()) < 0 ? r.a() + " " + r.b()
                : r.b() + " " + r.a());
        Position first = seen.putIfAbsent(pair, at);
        if (first == null) {
            index.put(pair, result.size());
            result.add(r);
            return;
        }
        if (first.file().equals(at.file())) {
            context.diagnostics.error(at, "this relationship repeats the one at " + first.from(at, context.file.name())
                    + " (same people, same type)");
            return;
        }
        int i = index.get(pair);
        Relationship before = result.get(i);
        if (before.how().known().isPresent() && r.how().known().isPresent()
                && before.how().known().get() != r.how().known().get()) {
            String file = context.file.name();
            context.diagnostics.error(at, "'known' of this relationship differs from the same relationship at "
                    + first.from(at, file) + "; agree how it is known, or say it in one file");
            context.diagnostics.error(first, "'known' of this relationship differs from the same relationship at "
                    + at.from(first, file) + "; agree how it is known, or say it in one file");
            return;
        }
        Optional<Known> known = before.how().known().or(() -> r.how().known()).or(() -> Optional.of(Known.CORROBORATED));
        Optional<PartialDate> confirmed = latest(before.how().confirmed(), r.how().confirmed());
        Optional<PartialDate> since = before.since().isEmpty() ? r.since() : r.since().isEmpty() ? before.since()
                : Optional.of(before.since().get().compareTo(r.since().get()) <= 0 ? before.since().get()
                        : r.since().get());
        result.set(i, new Relationship(before.a(), before.b(), before.directed(), before.type(),
                joined(before.source(), r.source()), joined(before.note(), r.note()), since,
                new HowKnown(known, confirmed)));
    }

    /**
     * The pairs of people that agencies' parts relate by different types (both kept on the map): for the appendix,
     * so the meeting can talk about it. Types a single file gives one pair are not a difference.
     */
    List<Provenance.Difference> differences() {
        List<Provenance.Difference> all = new ArrayList<>();
        for (Map.Entry<String, List<Provenance.Given>> pair : byPair.entrySet()) {
            List<Provenance.Given> given = pair.getValue();
            boolean differ = given.stream().anyMatch(g -> given.stream().anyMatch(h -> !g.agency().equals(h.agency())
                    && !g.type().equals(h.type())));
            if (differ && !context.agencies.isEmpty()) {
                String[] ab = pair.getKey().split(" ");
                all.add(new Provenance.Difference(ab[0], ab[1], given.stream().distinct().toList()));
            }
        }
        return all;
    }

    private static Optional<PartialDate> latest(Optional<PartialDate> a, Optional<PartialDate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }

    /** Two agencies' words for one fact: both, once each ("Police; School"). */
    static Optional<String> joined(Optional<String> a, Optional<String> b) {
        if (a.isEmpty() || b.isEmpty() || a.get().equals(b.get())) {
            return a.isEmpty() ? b : a;
        }
        return Optional.of(a.get() + "; " + b.get());
    }

    private Optional<Relationship> relationship(Mapping body) {
        Values v = context.values;
        Fields f = new Fields(body, OWNER, body.start(), FIELDS, context.diagnostics);
        RelationshipType type = type(f);
        Optional<String> source = f.get("source").flatMap(e -> context.referencing(e, f.what("source")))
                .or(() -> context.agencyAt(body.start()));
        Optional<String> note = f.get("note").flatMap(e -> v.scalar(e, f.what("note"))).map(s -> {
            FreeText.checkReferences(context.scan(s, f.what("note")), f.what("note"), false, context);
            return s.value().strip();
        });
        Optional<PartialDate> since = f.get("since").flatMap(e -> v.date(e, f.what("since"), true));
        HowKnown how = HowKnownFields.read(f, context);
        Optional<String[]> ends = ends(f, type);
        if (ends.isEmpty() || type == null) {
            return Optional.empty();
        }
        String a = ends.get()[0];
        String b = ends.get()[1];
        boolean directed = f.get("from").isPresent();
        return Optional.of(new Relationship(a, b, directed, type, source, note, since, how));
    }

    private RelationshipType type(Fields f) {
        Optional<Mapping.Entry> entry = f.get("type");
        if (entry.isEmpty()) {
            return context.types.get("connection");
        }
        Optional<Scalar> s = context.values.scalar(entry.get(), f.what("type"));
        if (s.isEmpty()) {
            return null;
        }
        RelationshipType type = context.types.get(s.get().value().strip());
        if (type == null && !context.declaredTypes.contains(s.get().value().strip())) {
            context.diagnostics.error(s.get().start(), f.what("type") + " must be a built-in type (connection,"
                    + " strong, tenuous, harm, protective) or a type defined in 'key'"
                    + Suggest.didYouMean(s.get().value().strip(), context.types.keySet()));
        }
        return type;
    }

    /** The two people, {@code [from, to]} or {@code [a, b]}, or empty after reporting why not. */
    private Optional<String[]> ends(Fields f, RelationshipType type) {
        Optional<Mapping.Entry> between = f.get("between");
        Optional<Mapping.Entry> from = f.get("from");
        Optional<Mapping.Entry> to = f.get("to");
        if (between.isPresent() && (from.isPresent() || to.isPresent())) {
            context.diagnostics.error(from.orElseGet(to::get).key().start(),
                    "a relationship has either 'between' or 'from' and 'to', not both");
            return Optional.empty();
        }
        if (between.isPresent()) {
            if (type != null && type.directed()) {
                context.diagnostics.error(between.get().key().start(), "this type has a direction ("
                        + (type.builtIn() && type.id().equals("harm") ? "harm" : "an arrow in the key")
                        + "): write 'from' (" + (type.id().equals("harm") ? "who harms" : "the arrow's tail")
                        + ") and 'to' (" + (type.id().equals("harm") ? "who is harmed" : "the arrow's head")
                        + ") instead of 'between'");
            }
            return betweenPeople(between.get());
        }
        if (from.isEmpty() && to.isEmpty()) {
            context.diagnostics.error(f.mapping().start(),
                    "a relationship needs 'between: [a, b]', or 'from' and 'to' for a direction");
            return Optional.empty();
        }
        if (from.isEmpty() || to.isEmpty()) {
            Mapping.Entry present = from.orElseGet(to::get);
            context.diagnostics.error(present.key().start(), "'" + present.key().value() + "' needs '"
                    + (from.isEmpty() ? "from" : "to") + "' as well");
            return Optional.empty();
        }
        Optional<String> a = person(from.get(), "'from' of a relationship");
        Optional<String> b = person(to.get(), "'to' of a relationship");
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        if (a.get().equals(b.get())) {
            context.diagnostics.error(to.get().value().start(), "'from' and 'to' name the same person");
            return Optional.empty();
        }
        return Optional.of(new String[] {a.get(), b.get()});
    }

    private Optional<String[]> betweenPeople(Mapping.Entry between) {
        String what = "'between' of a relationship";
        Optional<Sequence> seq = context.values.sequence(between, what, "a list of two person ids, [a, b]");
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        List<Node> items = seq.get().items();
        if (items.size() != 2) {
            context.diagnostics.error(seq.get().start(),
                    what + " must name exactly two people, [a, b]; it names " + items.size());
            return Optional.empty();
        }
        Optional<String> a = personNode(items.get(0), what);
        Optional<String> b = personNode(items.get(1), what);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        if (a.get().equals(b.get())) {
            context.diagnostics.error(items.get(1).start(), what + " names the same person twice");
            return Optional.empty();
        }
        return Optional.of(new String[] {a.get(), b.get()});
    }

    private Optional<String> person(Mapping.Entry entry, String what) {
        return personNode(entry.value(), what);
    }

    Optional<String> personNode(Node node, String what) {
        return PersonRef.resolve(node, what, context);
    }
}
