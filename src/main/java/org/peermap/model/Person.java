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
        Optional<String> code,
        Practice practice) {

    public Person {
        aliases = List.copyOf(aliases);
        agencies = List.copyOf(agencies);
        risks = List.copyOf(risks);
    }

    /** A person with none of the practice extensions (strengths, risk level, workers, source). */
    public Person(String id, Optional<String> name, List<String> aliases, boolean focus, PersonKind kind,
            OptionalInt age, Optional<String> gender, List<String> agencies, Optional<String> plan, List<String> risks,
            Optional<String> code) {
        this(id, name, aliases, focus, kind, age, gender, agencies, plan, risks, code, Practice.NONE);
    }

    /**
     * What the practice extensions say of a person: where what is known of them came from and how it is known,
     * their strengths (printed text, may hold {id}), the risk level the meeting agreed, and the ids of the
     * professionals working with them.
     */
    public record Practice(Optional<String> source, HowKnown how, List<String> strengths, Optional<Risk> risk,
            List<String> workers) {
        public static final Practice NONE = new Practice(Optional.empty(), HowKnown.UNSAID, List.of(),
                Optional.empty(), List.of());

        public Practice {
            strengths = List.copyOf(strengths);
            workers = List.copyOf(workers);
        }
    }
}
