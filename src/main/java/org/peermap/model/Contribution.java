package org.peermap.model;

import java.util.List;

/**
 * What one agency's part gave a case made from several files: the people it told of (their ids), how many
 * relationships, and the incidents (their ids). A person or incident several agencies told of is in each.
 */
public record Contribution(String agency, List<String> people, int relationships, List<String> incidents) {
    public Contribution {
        people = List.copyOf(people);
        incidents = List.copyOf(incidents);
    }
}
