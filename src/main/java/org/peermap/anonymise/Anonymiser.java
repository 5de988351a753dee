package org.peermap.anonymise;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peermap.model.AnonymiseMode;
import org.peermap.model.Case;
import org.peermap.model.Identifying;
import org.peermap.model.Person;
import org.peermap.model.PersonKind;
import org.peermap.model.Place;
import org.peermap.model.PlaceKind;

/** The anonymise stage: decides how every person and place of a case is printed. */
public final class Anonymiser {
    private Anonymiser() {}

    /** The printed forms for {@code mode}. A person's fixed {@code code} always wins over the mode. */
    public static Printed printed(Case c, AnonymiseMode mode) {
        return printed(c, mode, Ages.EXACT);
    }

    /** The printed forms for {@code mode}, with ages printed as {@code ages} says. */
    public static Printed printed(Case c, AnonymiseMode mode, Ages ages) {
        Map<String, String> people = switch (mode) {
            case LETTERS -> letters(c.people(), Identifying.of(c.people(), c.places()));
            case ROLES -> roles(c.people());
            case INITIALS -> initials(c.people(), Identifying.of(c.people(), c.places()));
            case NONE -> names(c.people());
        };
        return new Printed(people, places(c.places(), people, mode == AnonymiseMode.NONE), mode == AnonymiseMode.NONE,
                ages);
    }

    /** Codes to pin for the people who have none, in the order they are listed. */
    public static Map<String, String> codesToPin(List<Person> people, List<Place> places) {
        Identifying names = Identifying.of(people, places);
        List<String> taken = people.stream().flatMap(p -> p.code().stream()).toList();
        List<Person> unpinned = people.stream().filter(p -> p.code().isEmpty()).toList();
        List<String> codes = LetterCodes.next(taken, unpinned.size(), names::clashes);
        Map<String, String> pins = new LinkedHashMap<>();
        for (int i = 0; i < unpinned.size() && i < codes.size(); i++) {
            pins.put(unpinned.get(i).id(), codes.get(i));
        }
        return pins;
    }

    /** Codes in the sequence, skipping those pinned and those that would print a name ({@link Identifying#clashes}). */
    private static Map<String, String> letters(List<Person> people, Identifying names) {
        List<String> fixed = people.stream().flatMap(p -> p.code().stream()).toList();
        Iterator<String> codes = LetterCodes.sequence(fixed, names::clashes);
        Map<String, String> printed = new LinkedHashMap<>();
        for (Person p : people) {
            printed.put(p.id(), p.code().orElseGet(codes::next));
        }
        return printed;
    }

    private static Map<String, String> roles(List<Person> people) {
        Map<PersonKind, Integer> counts = new HashMap<>();
        Map<String, String> printed = new LinkedHashMap<>();
        for (Person p : people) {
            int n = counts.merge(p.kind(), 1, Integer::sum);
            String role = switch (p.kind()) {
                case YOUNG_PERSON -> "YP" + n;
                case ADULT -> "Adult " + n;
                case PROFESSIONAL -> "Professional " + n;
            };
            printed.put(p.id(), role); // pinned codes are letters-mode codes (the spec's line on 'code')
        }
        return printed;
    }

    private static Map<String, String> initials(List<Person> people, Identifying names) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> printed = new LinkedHashMap<>();
        for (Person p : people) {
            String initials = p.name().map(Anonymiser::initialsOf).filter(s -> !s.isEmpty()).orElse("X");
            // initials that are someone's alias or name ("DJ") are numbered from 2, so they never print it alone
            int n = seen.merge(initials, names.isName(initials) ? 2 : 1, (a, b) -> a + 1);
            printed.put(p.id(), n == 1 ? initials : initials + n);
        }
        return printed;
    }

    static String initialsOf(String name) {
        return java.util.Arrays.stream(name.strip().split("[\\s\\-]+"))
                .filter(part -> !part.isEmpty())
                .map(part -> part.substring(0, part.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
    }

    private static Map<String, String> names(List<Person> people) {
        Map<String, String> printed = new LinkedHashMap<>();
        for (Person p : people) {
            printed.put(p.id(), p.name().orElse(p.code().orElse("(no name)")));
        }
        return printed;
    }

    /**
     * Places print their label when they have one; else their name when public (or when names are shown); else
     * their kind and a number in the order they are listed ({@code Estate 1}, {@code Estate 2}).
     */
    private static Map<String, String> places(List<Place> places, Map<String, String> people, boolean names) {
        Map<PlaceKind, Integer> counts = new HashMap<>();
        Map<String, String> plain = new LinkedHashMap<>();
        for (Place place : places) {
            int n = counts.merge(place.kind(), 1, Integer::sum);
            Optional<String> name = place.isPublic() || names ? place.name() : Optional.empty();
            plain.put(place.id(), name.orElse(place.kind().printed() + " " + n));
        }
        // Labels may name people and places whose own labels name no place (the check stage holds that).
        Map<String, String> labelled = new LinkedHashMap<>(plain);
        for (Place place : places) {
            if (place.label().isPresent() && !names) {
                labelled.put(place.id(), Printed.substitute(place.label().get(), people, plain));
            }
        }
        Map<String, String> printed = new LinkedHashMap<>(labelled);
        for (Place place : places) {
            if (place.label().isPresent() && !names) {
                printed.put(place.id(), Printed.substitute(place.label().get(), people, labelled));
            }
        }
        return printed;
    }
}
