package org.peermap.check;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.peermap.source.Sequence;
import java.util.Map;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.peermap.diagnostic.Diagnostic;
import org.peermap.diagnostic.Diagnostics;
import org.peermap.model.Action;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.PartialDate;
import org.peermap.model.Period;
import org.peermap.model.Person;
import org.peermap.model.Place;
import org.peermap.model.Relationship;
import org.peermap.model.RelationshipType;
import org.peermap.model.Whereabouts;
import org.peermap.source.Mapping;
import org.peermap.source.Node;
import org.peermap.source.Scalar;
import org.peermap.model.Contribution;
import org.peermap.model.Provenance;
import org.peermap.source.PartFiles;
import org.peermap.source.SourceDocument;

/**
 * The check stage: every rule of the case format, applied to the tree the source stage read. All
 * problems are collected; a {@link Case} is built only when there are no errors.
 */
public final class CaseChecker {
    static final List<String> FIELDS = List.of("peermap", "title", "reference", "prepared", "marking", "anonymise",
            "key", "people", "places", "relationships", "whereabouts", "incidents", "narrative", "review", "actions",
            "parts");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final Context context;

    /**
     * True when {@code reference} is a case reference this checker accepts (letters, digits, '-' and '_', at most 64,
     * starting with a letter or digit): for {@code peermap init --reference}.
     */
    public static boolean validReference(String reference) {
        return REFERENCE.matcher(reference).matches();
    }
    private CarefulWords words = CarefulWords.STANDARD;

    private CaseChecker(Context context) {
        this.context = context;
    }

    public static CheckResult check(SourceDocument document) {
        return check(document, CarefulWords.STANDARD);
    }

    /** As {@link #check(SourceDocument)}; {@code language} false leaves out the careful-language warnings. */
    public static CheckResult check(SourceDocument document, boolean language) {
        return check(document, language ? CarefulWords.STANDARD : CarefulWords.OFF);
    }

    /**
     * As {@link #check(SourceDocument)}, warning of the careful-language {@code words} (its warnings about a
     * team's list itself come first).
     */
    public static CheckResult check(SourceDocument document, CarefulWords words) {
        return check(document, List.of(), List.of(), words);
    }

    /**
     * As {@link #check(SourceDocument, CarefulWords)}, for a case read with its {@code parts} (each agency's
     * contribution), merged into one case; {@code reading} holds what reading the parts found (a missing part,
     * one outside the case's folder ...), at its line in {@code parts}.
     */
    public static CheckResult check(SourceDocument document, List<PartFiles.Part> parts, List<Diagnostic> reading,
            CarefulWords words) {
        Diagnostics diagnostics = new Diagnostics(document.file().name());
        diagnostics.addAll(reading);
        diagnostics.addAll(words.problems());
        diagnostics.addAll(document.diagnostics());
        if (!document.complete()) {
            return new CheckResult(Optional.empty(), diagnostics.sorted());
        }
        Node root = document.root().get();
        if (!(root instanceof Mapping top)) {
            diagnostics.error(root.start(), "a case file must be a mapping of fields (peermap: 1, title: ...,"
                    + " reference: ..., people: ...), not " + root.describe());
            return new CheckResult(Optional.empty(), diagnostics.sorted());
        }
        if (top.entry("peermap-part").isPresent()) {
            diagnostics.error(top.entry("peermap-part").get().key().start(), "this is part of a case: run the case"
                    + " file that lists it" + (document.file().name().equals("<stdin>") ? "" : " in its 'parts'"));
            return new CheckResult(Optional.empty(), diagnostics.sorted());
        }
        Context context = new Context(document.file(), diagnostics);
        CaseChecker checker = new CaseChecker(context);
        checker.words = words;
        Mapping merged = parts.isEmpty() ? top : PartsMerge.merge(top, parts, context);
        Optional<Case> checked = checker.top(merged);
        return new CheckResult(diagnostics.hasErrors() ? Optional.empty() : checked, diagnostics.sorted());
    }

    private Optional<Case> top(Mapping top) {
        Values v = context.values;
        Fields f = new Fields(top, "", top.start(), FIELDS, context.diagnostics);
        f.require("peermap", "the format version, peermap: 1").ifPresent(e -> version(e));
        f.get("parts").ifPresent(e -> v.textList(e, "'parts'"));
        Optional<Scalar> title = f.require("title", "the title printed on the map").flatMap(e -> v.scalar(e, "'title'"))
                .map(s -> context.scan(s, "'title'"));
        Optional<String> reference = f.require("reference", "the case reference, which names the output files")
                .flatMap(this::reference);
        Optional<LocalDate> prepared = f.get("prepared").flatMap(e -> v.date(e, "'prepared'", false))
                .flatMap(PartialDate::toLocalDate);
        context.prepared = prepared;
        String marking = f.get("marking").flatMap(e -> v.scalar(e, "'marking'"))
                .map(s -> context.scan(s, "'marking'").value().strip()).orElse(Case.DEFAULT_MARKING);
        AnonymiseMode mode = f.get("anonymise").flatMap(e -> v.choice(e, "'anonymise'", AnonymiseMode.class))
                .orElse(AnonymiseMode.LETTERS);

        Optional<Mapping> people = f.require("people", "the people on the map, at least one")
                .flatMap(e -> v.mapping(e, "'people'", "a mapping of person ids to their fields"))
                .filter(m -> Limits.within(m.entries().size(), Limits.PEOPLE, "people", m, context));
        Optional<Mapping> places = f.get("places")
                .flatMap(e -> v.mapping(e, "'places'", "a mapping of place ids to their fields"))
                .filter(m -> Limits.within(m.entries().size(), Limits.PLACES, "places", m, context));
        if (tooLarge(f, "people", Limits.PEOPLE) || tooLarge(f, "places", Limits.PLACES)) {
            return Optional.empty(); // the rest would only repeat that the people or places are missing
        }
        people.ifPresent(this::collectPersonIds);
        places.ifPresent(this::collectPlaceIds);
        if (people.isPresent() && people.get().entries().isEmpty()) {
            context.diagnostics.error(people.get().start(), "'people' must list at least one person");
        }
        f.get("key").flatMap(e -> v.mapping(e, "'key'", "a mapping of relationship type ids to their symbols"))
                .filter(m -> Limits.within(m.entries().size(), Limits.KEY, "key entries", m, context))
                .ifPresent(new KeySection(context)::read);

        PeopleSection peopleSection = new PeopleSection(context);
        List<Person> persons = people.map(peopleSection::read).orElse(List.of());
        List<Place> placeList = places.map(new PlacesSection(context)::read).orElse(List.of());
        peopleSection.checkCodes(persons, placeList);
        peopleSection.checkWorkers(persons);
        RelationshipsSection relationshipsSection = new RelationshipsSection(context);
        List<Relationship> relationships = f.get("relationships")
                .flatMap(e -> v.sequence(e, "'relationships'", "a list of relationships (lines starting with '-')"))
                .filter(l -> Limits.within(l.items().size(), Limits.RELATIONSHIPS, "relationships", l, context))
                .map(relationshipsSection::read).orElse(List.of());
        List<Whereabouts> whereabouts = f.get("whereabouts")
                .flatMap(e -> v.sequence(e, "'whereabouts'", "a list of whereabouts (lines starting with '-')"))
                .filter(l -> Limits.within(l.items().size(), Limits.WHEREABOUTS, "whereabouts entries", l, context))
                .map(new WhereaboutsSection(context)::read).orElse(List.of());
        List<Incident> incidents = f.get("incidents")
                .flatMap(e -> v.mapping(e, "'incidents'", "a mapping of incident ids to their fields"))
                .filter(m -> Limits.within(m.entries().size(), Limits.INCIDENTS, "incidents", m, context))
                .map(new IncidentsSection(context)::read).orElse(List.of());
        Optional<LocalDate> review = f.get("review").flatMap(e -> v.date(e, "'review'", false).flatMap(d -> {
            prepared.filter(p -> d.toLocalDate().orElseThrow().isBefore(p)).ifPresent(p -> context.diagnostics
                    .warning(e.value().start(), "'review' is before the map's date ('prepared', " + p + "): is the"
                            + " next review date out of date?"));
            return d.toLocalDate();
        }));
        ActionsSection actionsSection = new ActionsSection(context);
        List<Action> actions = f.get("actions")
                .flatMap(e -> v.sequence(e, "'actions'", "a list of actions (lines starting with '-')"))
                .filter(l -> Limits.within(l.items().size(), Limits.ACTIONS, "actions", l, context))
                .map(actionsSection::read).orElse(List.of());
        java.util.Map<String, org.peermap.model.PersonKind> kinds = new java.util.HashMap<>();
        persons.forEach(p -> kinds.put(p.id(), p.kind()));
        actionsSection.checkWho(kinds);
        Optional<String> narrative = f.get("narrative").flatMap(e -> v.scalar(e, "'narrative'")).map(s -> {
            FreeText.checkReferences(context.scan(s, "'narrative'"), "'narrative'", false, context);
            return s.value().strip();
        });
        title.ifPresent(s -> FreeText.checkReferences(s, "'title'", false, context));

        NameCheck.run(context, persons, placeList);
        IdCheck.run(context);
        InvisibleCheck.run(context);
        BraceCheck.run(context);
        LengthCheck.run(context);
        if (words.on()) {
            LanguageCheck.run(context, words);
        }
        if (!context.diagnostics.hasErrors()) {
            // Only on a file without errors: a relationship dropped for an error would make a false warning.
            people.ifPresent(p -> new Warnings(context).unconnectedPeople(p, relationships, incidents));
            new Warnings(context).likelyDuplicates(persons);
            f.get("key").ifPresent(e -> new Warnings(context).unusedKeyEntries(e, relationships));
            f.get("key").ifPresent(e -> new Warnings(context).lookAlikeKeyEntries(e, relationships));
        }

        if (title.isEmpty() || reference.isEmpty() || persons.isEmpty()) {
            return Optional.empty();
        }
        List<RelationshipType> types = List.copyOf(context.types.values());
        return Optional.of(new Case(title.get().value().strip(), reference.get(), prepared, marking, mode, types,
                persons, placeList, relationships, whereabouts, Incident.numbered(incidents), narrative, Period.ALL,
                review, actions, 0, new Provenance(contributions(), relationshipsSection.differences())));
    }

    /** What each part's agency gave the case, in the order the parts are listed. */
    private List<Contribution> contributions() {
        List<Contribution> all = new ArrayList<>();
        for (Map.Entry<String, String> part : context.agencies.entrySet()) {
            Map<String, List<String>> given = context.given.getOrDefault(part.getKey(), Map.of());
            all.add(new Contribution(part.getValue(), given.getOrDefault("people", List.of()),
                    given.getOrDefault("relationships", List.of()).size(), given.getOrDefault("incidents", List.of())));
        }
        return all;
    }

    private static boolean tooLarge(Fields f, String section, int limit) {
        return f.get(section).map(e -> e.value() instanceof Mapping m && m.entries().size() > limit).orElse(false);
    }

    private void version(Mapping.Entry entry) {
        context.values.scalar(entry, "'peermap'").ifPresent(s -> {
            if (!s.value().strip().equals("1")) {
                context.diagnostics.error(s.start(), "'peermap' must be 1: this version of peermap reads"
                        + " case format version 1");
            }
        });
    }

    private Optional<String> reference(Mapping.Entry entry) {
        context.values.scalar(entry, "'reference'").ifPresent(s -> context.scan(s, "'reference'"));
        return context.values.text(entry, "'reference'").filter(ref -> {
            if (REFERENCE.matcher(ref).matches()) {
                return true;
            }
            context.diagnostics.error(entry.value().start(), "'reference' names the output files, so it must use"
                    + " only letters, digits, '-' and '_' (at most 64, starting with a letter or digit),"
                    + " for example CS-0001");
            return false;
        });
    }

    private void collectPersonIds(Mapping people) {
        for (Mapping.Entry entry : people.entries()) {
            context.personIds.add(entry.key().value());
            context.personLines.putIfAbsent(entry.key().value(), entry.key().start());
        }
    }

    private void collectPlaceIds(Mapping places) {
        Set<String> reported = new HashSet<>();
        for (Mapping.Entry entry : places.entries()) {
            String id = entry.key().value();
            if (context.personIds.contains(id) && reported.add(id)) {
                context.diagnostics.error(entry.key().start(), "this place id is already a person's id; people and"
                        + " places need different ids, since {id} in text may name either");
                continue;
            }
            context.placeIds.add(id);
            context.placeLines.putIfAbsent(id, entry.key().start());
        }
    }
}
