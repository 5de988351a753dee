package org.peermap.diff;

import java.util.List;
import java.util.Optional;

/**
 * What changed between two versions of a case, in printed words: sections of lines ("Added: AB, 15 (young
 * person)"), the new narrative when it changed, the kept people whose printed code differs between the versions
 * (their codes are not pinned), and how many people and incidents were added (for a pack's cover).
 */
public record Changes(List<Section> sections, Optional<String> narrative, List<String> recoded, int peopleAdded,
        int incidentsAdded) {

    public Changes {
        sections = List.copyOf(sections);
        recoded = List.copyOf(recoded);
    }

    /** One part of the list: "People", and its lines. */
    public record Section(String title, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** Whether nothing changed at all. */
    public boolean none() {
        return sections.isEmpty() && narrative.isEmpty();
    }

    /** The cover's words: "2 people added, 1 incident added", "changed", or "no change". */
    public String summary() {
        if (none()) {
            return "no change";
        }
        String people = peopleAdded == 0 ? "" : peopleAdded + (peopleAdded == 1 ? " person" : " people") + " added";
        String incidents = incidentsAdded == 0 ? "" : incidentsAdded + (incidentsAdded == 1 ? " incident"
                : " incidents") + " added";
        String both = people.isEmpty() ? incidents : incidents.isEmpty() ? people : people + ", " + incidents;
        return both.isEmpty() ? "changed" : both;
    }
}
