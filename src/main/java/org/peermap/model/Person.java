package org.peermap.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A person on the map. {@code id}, {@code name} and {@code aliases} identify a real person and must
 * never be printed (except names, when the user asks for names explicitly).
 */
public record Person(
        String id,
        Optional<String> name,
        List<String> aliases,
        boolean focus,
        PersonKind kind,
        OptionalInt age,
        Optional<String> gender,
        List<String> agencies,
        Optional<String> plan,
        List<String> risks,
        Optional<String> code) {

    public Person {
        aliases = List.copyOf(aliases);
        agencies = List.copyOf(agencies);
        risks = List.copyOf(risks);
    }
}
