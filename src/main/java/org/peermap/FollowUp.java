package org.peermap;

import java.util.List;
import java.util.Optional;

/**
 * What a panel pack's cover and summary say of a case's follow-up: its next review date (printed), how many
 * actions are open, how many of those are overdue against the map's date (never the clock), and each overdue
 * action in printed words (codes for people, as the maps print them).
 */
public record FollowUp(Optional<String> review, int open, int overdue, List<String> overdueActions) {
    public static final FollowUp NONE = new FollowUp(Optional.empty(), 0, 0, List.of());

    public FollowUp {
        overdueActions = List.copyOf(overdueActions);
    }

    /** "review 15/07/2024; 2 open actions, 1 overdue", or "" when the case says neither. */
    public String summary() {
        String actions = open == 0 ? "" : open + (open == 1 ? " open action" : " open actions")
                + (overdue > 0 ? ", " + overdue + " overdue" : "");
        return review.map(r -> "review " + r + (actions.isEmpty() ? "" : "; " + actions)).orElse(actions);
    }
}
