package org.peermap.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peermap.diagnostic.Position;
import org.peermap.source.Mapping;
import org.peermap.source.Node;
import org.peermap.source.PartFiles;
import org.peermap.source.Scalar;
import org.peermap.source.Sequence;

/**
 * A case and its parts made one ("Contributions from several agencies"): people, places and incidents are merged
 * by id, field by field, list fields joined, and one field given two different values an error at both places;
 * relationships, whereabouts and actions are joined. Every node keeps its own file and position, so what the
 * checker says of a merged case points into the file that holds it.
 */
final class PartsMerge {
    static final List<String> PART_FIELDS = List.of("peermap-part", "agency", "people", "places", "relationships",
            "whereabouts", "incidents", "actions");
    private static final List<String> BY_ID = List.of("people", "places", "incidents");
    private static final Map<String, String> OWNERS = Map.of("people", "this person", "places", "this place",
            "incidents", "this incident");
    private static final List<String> JOINED = List.of("relationships", "whereabouts", "actions");

    private final Context context;

    private PartsMerge(Context context) {
        this.context = context;
    }

    /**
     * The case's top mapping with its {@code parts} merged in; each part's agency is recorded in the context (the
     * default source of its facts).
     */
    static Mapping merge(Mapping top, List<PartFiles.Part> parts, Context context) {
        PartsMerge merge = new PartsMerge(context);
        Map<String, Mapping.Entry> sections = new LinkedHashMap<>();
        top.entries().forEach(e -> sections.put(e.key().value(), e));
        for (PartFiles.Part part : parts) {
            context.diagnostics.addAll(part.document().diagnostics());
            context.parts.put(part.document().file().name(), part.document().file());
            if (!part.document().complete()) {
                continue;
            }
            merge.part(part, sections);
        }
        return new Mapping(new ArrayList<>(sections.values()), top.start());
    }

    private void part(PartFiles.Part part, Map<String, Mapping.Entry> sections) {
        Node root = part.document().root().orElseThrow();
        if (!(root instanceof Mapping body)) {
            context.diagnostics.error(root.start(), "a part must be a mapping of fields (peermap-part: 1, agency: ...,"
                    + " people: ...), not " + root.describe());
            return;
        }
        List<String> allowed = new ArrayList<>(PART_FIELDS);
        for (Mapping.Entry e : body.entries()) {
            String key = e.key().value();
            if (key.equals("parts")) {
                context.diagnostics.error(e.key().start(), "a part may not list further parts; list every part in the"
                        + " case file");
                allowed.add(key);
            } else if (CaseChecker.FIELDS.contains(key) && !PART_FIELDS.contains(key)) {
                context.diagnostics.error(e.key().start(), "'" + key + "' belongs in the case file, not in a part (a"
                        + " part holds " + String.join(", ", PART_FIELDS.subList(2, PART_FIELDS.size())) + ")");
                allowed.add(key);
            } else if (key.equals("peermap")) {
                context.diagnostics.error(e.key().start(), "a part starts 'peermap-part: 1', not 'peermap: 1'");
                allowed.add(key);
            }
        }
        Fields f = new Fields(body, "a part", body.start(), allowed, context.diagnostics);
        f.require("peermap-part", "the format version of a part, peermap-part: 1").flatMap(e -> context.values
                .scalar(e, "'peermap-part'")).filter(s -> !s.value().strip().equals("1")).ifPresent(s -> context
                        .diagnostics.error(s.start(), "'peermap-part' must be 1, the only version of the part format"));
        Optional<String> agency = f.require("agency", "the agency whose contribution this is, such as Police")
                .flatMap(e -> context.text(e, "'agency' of a part"));
        agency.filter(String::isEmpty).ifPresent(a -> context.diagnostics.error(body.start(), "'agency' of a part"
                + " must name the agency"));
        agency.filter(a -> !a.isEmpty()).ifPresent(a -> context.agencies.put(part.document().file().name(), a));
        Map<String, List<String>> given = context.given.computeIfAbsent(part.document().file().name(),
                k -> new LinkedHashMap<>());
        for (String section : BY_ID) {
            f.get(section).ifPresent(e -> {
                if (e.value() instanceof Mapping things) {
                    given.put(section, things.entries().stream().map(t -> t.key().value()).toList());
                }
                byId(section, e, sections);
            });
        }
        for (String section : JOINED) {
            f.get(section).ifPresent(e -> {
                if (e.value() instanceof Sequence items) {
                    given.put(section, items.items().stream().map(i -> "").toList());
                }
                joined(e, sections);
            });
        }
    }

    /** A section of things by id (people, places, incidents): each merged with the same id elsewhere. */
    private void byId(String section, Mapping.Entry entry, Map<String, Mapping.Entry> sections) {
        if (!(entry.value() instanceof Mapping things)) {
            context.diagnostics.error(entry.value().start(), "'" + section + "' must be a mapping of ids, not "
                    + entry.value().describe());
            return;
        }
        Mapping.Entry existing = sections.get(section);
        if (existing == null || !(existing.value() instanceof Mapping have)) {
            if (existing == null) {
                sections.put(section, entry);
            }
            return;
        }
        Map<String, Mapping.Entry> merged = new LinkedHashMap<>();
        have.entries().forEach(e -> merged.put(e.key().value(), e));
        for (Mapping.Entry thing : things.entries()) {
            Mapping.Entry first = merged.get(thing.key().value());
            if (first == null) {
                merged.put(thing.key().value(), thing);
            } else if (first.value() instanceof Mapping a && thing.value() instanceof Mapping b) {
                merged.put(thing.key().value(), new Mapping.Entry(first.key(), fields(a, b, OWNERS.get(section))));
            } else {
                context.diagnostics.error(thing.key().start(), "this id is also defined at " + first.key().start()
                        .from(thing.key().start(), context.file.name()) + ", and one of the two is not a mapping of"
                        + " fields, so they cannot be merged");
            }
        }
        sections.put(section, new Mapping.Entry(existing.key(), new Mapping(new ArrayList<>(merged.values()),
                have.start())));
    }

    /** Two definitions of one thing, field by field: lists joined, one field with two values an error at both. */
    private Mapping fields(Mapping a, Mapping b, String owner) {
        Map<String, Mapping.Entry> merged = new LinkedHashMap<>();
        a.entries().forEach(e -> merged.put(e.key().value(), e));
        for (Mapping.Entry field : b.entries()) {
            String key = field.key().value();
            Mapping.Entry first = merged.get(key);
            if (first == null) {
                merged.put(key, field);
            } else if (first.value() instanceof Sequence x && field.value() instanceof Sequence y) {
                List<Node> items = new ArrayList<>(x.items());
                for (Node item : y.items()) {
                    boolean repeated = item instanceof Scalar s && items.stream().anyMatch(i -> i instanceof Scalar t
                            && t.value().strip().equals(s.value().strip()));
                    if (!repeated) {
                        items.add(item);
                    }
                }
                merged.put(key, new Mapping.Entry(first.key(), new Sequence(items, x.start())));
            } else if (!same(first.value(), field.value())) {
                Position here = field.key().start();
                Position there = first.key().start();
                String file = context.file.name();
                context.diagnostics.error(here, "'" + key + "' of " + owner + " is given a different value at "
                        + there.from(here, file) + "; give it once, or the same in both files");
                context.diagnostics.error(there, "'" + key + "' of " + owner + " is given a different value at "
                        + here.from(there, file) + "; give it once, or the same in both files");
            }
        }
        return new Mapping(new ArrayList<>(merged.values()), a.start());
    }

    /** Whether two values say the same: equal text (spaces at the ends aside), or lists or mappings of such. */
    private static boolean same(Node a, Node b) {
        if (a instanceof Scalar x && b instanceof Scalar y) {
            return x.value().strip().equals(y.value().strip());
        }
        if (a instanceof Sequence x && b instanceof Sequence y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!same(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Mapping x && b instanceof Mapping y) {
            if (x.entries().size() != y.entries().size()) {
                return false;
            }
            for (Mapping.Entry e : x.entries()) {
                Optional<Mapping.Entry> other = y.entry(e.key().value());
                if (other.isEmpty() || !same(e.value(), other.get().value())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** A list section (relationships, whereabouts, actions): the part's items after the case's. */
    private void joined(Mapping.Entry entry, Map<String, Mapping.Entry> sections) {
        String section = entry.key().value();
        if (!(entry.value() instanceof Sequence items)) {
            context.diagnostics.error(entry.value().start(), "'" + section + "' must be a list, not "
                    + entry.value().describe());
            return;
        }
        Mapping.Entry existing = sections.get(section);
        if (existing == null) {
            sections.put(section, entry);
        } else if (existing.value() instanceof Sequence have) {
            List<Node> all = new ArrayList<>(have.items());
            all.addAll(items.items());
            sections.put(section, new Mapping.Entry(existing.key(), new Sequence(all, have.start())));
        }
    }
}
