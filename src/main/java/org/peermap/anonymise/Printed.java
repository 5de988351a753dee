package org.peermap.anonymise;

import java.util.Map;
import java.util.regex.Matcher;
import org.peermap.model.References;

/**
 * How the people and places of one case are printed: codes such as {@code AB} instead of names, and
 * place labels such as {@code Estate 1} instead of non-public place names. Everything a later stage
 * prints about a person or place comes from here.
 */
public final class Printed {

    private final Map<String, String> people;
    private final Map<String, String> places;
    private final boolean containsNames;
    private final Ages ages;

    Printed(Map<String, String> people, Map<String, String> places, boolean containsNames, Ages ages) {
        this.people = Map.copyOf(people);
        this.places = Map.copyOf(places);
        this.containsNames = containsNames;
        this.ages = ages;
    }

    /** A person's age as it may be printed: exact, a band, or nothing. */
    public java.util.Optional<String> age(org.peermap.model.Person person) {
        return ages.print(person.age());
    }

    /** Whether {@code id} is a person of this case. */
    public boolean hasPerson(String id) {
        return people.containsKey(id);
    }

    /** The printed form of a person, for example {@code AB}. */
    public String person(String id) {
        String printed = people.get(id);
        if (printed == null) {
            throw new IllegalArgumentException("not a person of this case");
        }
        return printed;
    }

    /** The printed form of a place, for example {@code Estate 1}. */
    public String place(String id) {
        String printed = places.get(id);
        if (printed == null) {
            throw new IllegalArgumentException("not a place of this case");
        }
        return printed;
    }

    /** True when real names are printed (mode {@code none}): every output must then say so. */
    public boolean containsNames() {
        return containsNames;
    }

    /** Free text with every {@code {id}} replaced by the printed form of that person or place. */
    public String text(String freeText) {
        return substitute(freeText, people, places);
    }

    static String substitute(String freeText, Map<String, String> people, Map<String, String> places) {
        Matcher m = References.PATTERN.matcher(freeText);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group(1).strip();
            String printed = people.containsKey(id) ? people.get(id) : places.get(id);
            if (printed == null) {
                throw new IllegalArgumentException("a reference the check stage should have refused");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(printed));
        }
        m.appendTail(out);
        return out.toString();
    }
}
