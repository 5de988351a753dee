package org.peermap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peermap.model.Action;
import org.peermap.model.ActionStatus;
import org.peermap.model.PartialDate;
import org.peermap.model.PersonKind;
import org.peermap.source.Mapping;
import org.peermap.source.Node;
import org.peermap.source.Scalar;
import org.peermap.source.Sequence;

/**
 * Checks the {@code actions} list and builds the actions: what is to be done (required), who does it (an
 * agency, written as text, or the id of a professional in the case), by when, its status and the people it
 * is about.
 */
final class ActionsSection {
    static final List<String> FIELDS = List.of("what", "who", "by", "status", "about");
    private static final String OWNER = "an action";

    private final Context context;
    /** Each 'who' that is a person's id, where, checked once everyone's kind is known. */
    private final List<Who> named = new ArrayList<>();

    private record Who(String person, Scalar at) {}

    ActionsSection(Context context) {
        this.context = context;
    }

    List<Action> read(Sequence list) {
        List<Action> result = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof Mapping body)) {
                context.diagnostics.error(item.start(), "each action must be a mapping such as {what: \"Home visit\","
                        + " who: Social care, by: 2024-06-01}, not " + item.describe());
                continue;
            }
            action(body).ifPresent(result::add);
        }
        return result;
    }

    private Optional<Action> action(Mapping body) {
        Values v = context.values;
        Fields f = new Fields(body, OWNER, body.start(), FIELDS, context.diagnostics);
        Optional<String> what = f.require("what", "what is to be done, for example \"Home visit to {jordan}'s"
                + " parents\"").flatMap(e -> context.referencing(e, f.what("what")));
        Optional<String> who = Optional.empty();
        Optional<String> whoPerson = Optional.empty();
        Optional<Mapping.Entry> whoEntry = f.get("who");
        if (whoEntry.isPresent()) {
            Optional<Scalar> s = v.scalar(whoEntry.get(), f.what("who"));
            if (s.isPresent() && context.personIds.contains(s.get().value().strip())) {
                whoPerson = Optional.of(s.get().value().strip());
                named.add(new Who(whoPerson.get(), s.get()));
            } else if (s.isPresent()) {
                who = whoEntry.flatMap(e -> context.referencing(e, f.what("who")));
            }
        }
        Optional<PartialDate> by = f.get("by").flatMap(e -> v.date(e, f.what("by"), true));
        ActionStatus status = f.get("status").flatMap(e -> v.choice(e, f.what("status"), ActionStatus.class))
                .orElse(ActionStatus.OPEN);
        List<String> about = new ArrayList<>();
        boolean aboutOk = true;
        Optional<Mapping.Entry> aboutEntry = f.get("about");
        if (aboutEntry.isPresent()) {
            Node value = aboutEntry.get().value();
            List<Node> items = value instanceof Sequence seq ? seq.items() : List.of(value);
            for (Node item : items) {
                Optional<String> id = PersonRef.resolve(item, f.what("about"), context);
                id.ifPresent(about::add);
                aboutOk &= id.isPresent();
            }
        }
        if (what.isEmpty() || !aboutOk) {
            return Optional.empty();
        }
        return Optional.of(new Action(what.get(), who, whoPerson, by, status, about));
    }

    /** A 'who' that names a person must name a professional: an agency is written as text. */
    void checkWho(java.util.Map<String, PersonKind> kinds) {
        for (Who w : named) {
            PersonKind kind = kinds.get(w.person());
            if (kind != null && kind != PersonKind.PROFESSIONAL) {
                context.diagnostics.error(w.at().start(), "'who' of an action names " + (kind == PersonKind.ADULT
                        ? "an adult" : "a young person") + "; write the agency that does it (Police, School ...)"
                        + " or the id of a professional (a person with kind: professional)");
            }
        }
    }
}
