package org.peermap.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One checked case, immutable. Free-text fields still hold their {@code {id}} references; the
 * anonymise stage replaces them with printed forms.
 */
public record Case(
        String title,
        String reference,
        Optional<LocalDate> prepared,
        String marking,
        AnonymiseMode anonymise,
        List<RelationshipType> types,
        List<Person> people,
        List<Place> places,
        List<Relationship> relationships,
        List<Whereabouts> whereabouts,
        List<Incident> incidents,
        Optional<String> narrative) {

    public static final String DEFAULT_MARKING = "OFFICIAL-SENSITIVE";

    public Case {
        types = List.copyOf(types);
        people = List.copyOf(people);
        places = List.copyOf(places);
        relationships = List.copyOf(relationships);
        whereabouts = List.copyOf(whereabouts);
        incidents = List.copyOf(incidents);
    }
}
