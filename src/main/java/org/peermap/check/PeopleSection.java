package org.peermap.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.peermap.diagnostic.Position;
import org.peermap.model.Identifying;
import org.peermap.model.Person;
import org.peermap.model.Place;
import org.peermap.model.PersonKind;
import org.peermap.model.Risk;
import org.peermap.source.Mapping;
import org.peermap.source.Scalar;

/** Checks the {@code people} section and builds the people. */
final class PeopleSection {
    static final List<String> FIELDS = HowKnownFields.with(List.of("name", "aliases", "focus", "kind", "age",
            "gender", "agencies", "plan", "risks", "code", "source", "strengths", "risk", "worker"));
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,3}");

    private final Context context;
    private final Map<String, Position> codes = new HashMap<>();
    /** Each 'worker' named, where, and by whom, checked once everyone's kind is known. */
    private final List<WorkerAt> workers = new ArrayList<>();

    private record WorkerAt(String person, String worker, Position at) {}

    PeopleSection(Context context) {
        this.context = context;
    }

    List<Person> read(Mapping people) {
        List<Person> result = new ArrayList<>();
        for (Mapping.Entry entry : people.entries()) {
            if (!context.validId(entry.key(), "person")) {
                continue;
            }
            Optional<Mapping> body = context.values.mapping(entry, "a person",
                    "a mapping of the person's fields (name, age, kind ...)");
            body.flatMap(b -> person(entry.key(), b)).ifPresent(result::add);
        }
        return result;
    }

    private Optional<Person> person(Scalar id, Mapping body) {
        Values v = context.values;
        Fields f = new Fields(body, "a person", id.start(), FIELDS, context.diagnostics);
        Optional<String> name = f.get("name").flatMap(e -> v.text(e, f.what("name")));
        List<String> aliases = texts(f, "aliases");
        boolean focus = f.get("focus").flatMap(e -> v.bool(e, f.what("focus"))).orElse(false);
        PersonKind kind = f.get("kind").flatMap(e -> v.choice(e, f.what("kind"), PersonKind.class))
                .orElse(PersonKind.YOUNG_PERSON);
        OptionalInt age = f.get("age").map(e -> v.wholeNumber(e, f.what("age"), 0, 120)).orElse(OptionalInt.empty());
        Optional<String> gender = f.get("gender").flatMap(e -> context.text(e, f.what("gender")));
        List<String> agencies = texts(f, "agencies");
        Optional<String> plan = f.get("plan").flatMap(e -> context.text(e, f.what("plan")));
        List<String> risks = texts(f, "risks");
        Optional<String> code = f.get("code").flatMap(e -> code(e, f.what("code")));
        // a part's facts are its agency's unless they say otherwise; given by several agencies, by all of them
        List<String> givenBy = context.agencies(body, id.start());
        Optional<String> source = f.get("source").flatMap(e -> context.referencing(e, f.what("source")))
                .or(() -> givenBy.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", givenBy)));
        List<String> strengths = f.get("strengths").flatMap(e -> v.textList(e, f.what("strengths")))
                .map(list -> list.stream().map(s -> {
                    FreeText.checkReferences(context.scan(s, f.what("strengths")), f.what("strengths"), false, context);
                    return s.value().strip();
                }).toList()).orElse(List.of());
        Optional<Risk> risk = f.get("risk").flatMap(e -> v.choice(e, f.what("risk"), Risk.class));
        List<String> workerIds = new ArrayList<>();
        f.get("worker").ifPresent(e -> {
            List<org.peermap.source.Node> items = e.value() instanceof org.peermap.source.Sequence seq ? seq.items()
                    : List.of(e.value());
            for (org.peermap.source.Node item : items) {
                PersonRef.resolve(item, f.what("worker"), context).ifPresent(w -> {
                    workerIds.add(w);
                    workers.add(new WorkerAt(id.value(), w, item.start()));
                });
            }
        });
        Person.Practice practice = new Person.Practice(source, HowKnownFields.corroborated(HowKnownFields.read(f,
                context), givenBy), strengths, risk,
                workerIds);
        return Optional.of(new Person(id.value(), name, aliases, focus, kind, age, gender, agencies, plan, risks,
                code, practice));
    }

    private List<String> texts(Fields f, String field) {
        boolean scanned = !field.equals("aliases");
        return f.get(field).flatMap(e -> context.values.textList(e, f.what(field)))
                .map(list -> list.stream().map(s -> (scanned ? context.scan(s, f.what(field)) : s).value().strip())
                        .toList())
                .orElse(List.of());
    }

    /**
     * A pinned code that is also a name, part, alias or initials of anyone in the case would print that
     * name: an error at the code ({@link Identifying#clashes}).
     */
    /** Each 'worker' must be a professional in the case, and not the person themself. */
    void checkWorkers(List<Person> people) {
        Map<String, PersonKind> kinds = new HashMap<>();
        people.forEach(p -> kinds.put(p.id(), p.kind()));
        for (WorkerAt n : workers) {
            if (n.worker().equals(n.person())) {
                context.diagnostics.error(n.at(), "'worker' of a person names that same person; name the"
                        + " professionals who work with them");
            } else if (kinds.containsKey(n.worker()) && kinds.get(n.worker()) != PersonKind.PROFESSIONAL) {
                context.diagnostics.error(n.at(), "'worker' of a person must name a professional (a person with"
                        + " kind: professional); the person named is " + (kinds.get(n.worker()) == PersonKind.ADULT
                                ? "an adult" : "a young person"));
            }
        }
    }

    void checkCodes(List<Person> people, List<Place> places) {
        Identifying names = Identifying.of(people, places);
        for (Person p : people) {
            p.code().filter(names::clashes).ifPresent(code -> context.diagnostics.error(codes.get(code),
                    "'code' of a person is also a name, a part of one, an alias or the initials of someone in this"
                            + " case, so the map would print it; choose another (peermap codes pins free ones)"));
        }
    }

    private Optional<String> code(Mapping.Entry entry, String what) {
        Optional<Scalar> s = context.values.scalar(entry, what);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String code = s.get().value().strip();
        if (!CODE.matcher(code).matches()) {
            context.diagnostics.error(s.get().start(),
                    what + " must be 2 to 4 capital letters or digits, starting with a letter (for example CD)");
            return Optional.empty();
        }
        Position first = codes.putIfAbsent(code, s.get().start());
        if (first != null) {
            context.diagnostics.error(s.get().start(),
                    what + " is already given to the person at " + first.from(s.get().start(), context.file.name())
                            + "; codes must be unique");
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
