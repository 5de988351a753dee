package org.peermap.render.peer;

import java.util.Set;
import org.peermap.model.Relationship;

/**
 * What a changes map marks (peermap diff): the people and relationships that are new since the old version, drawn
 * with a "new" tag, and those removed since, drawn faded in their place. {@link #NONE} on every other map.
 */
public record Changed(Set<String> addedPeople, Set<String> removedPeople, Set<Relationship> addedLines,
        Set<Relationship> removedLines) {
    public static final Changed NONE = new Changed(Set.of(), Set.of(), Set.of(), Set.of());

    public Changed {
        addedPeople = Set.copyOf(addedPeople);
        removedPeople = Set.copyOf(removedPeople);
        addedLines = Set.copyOf(addedLines);
        removedLines = Set.copyOf(removedLines);
    }

    /** Whether this is a changes map. */
    public boolean any() {
        return this != NONE && !(addedPeople.isEmpty() && removedPeople.isEmpty() && addedLines.isEmpty()
                && removedLines.isEmpty());
    }
}
