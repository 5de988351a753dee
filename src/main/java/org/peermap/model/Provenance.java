package org.peermap.model;

import java.util.List;

/**
 * Where a case made from several agencies' parts came from: what each agency contributed, and where agencies
 * differ (the same two people joined by different types of relationship by different agencies, both kept).
 * {@link #NONE} for a case from one file.
 */
public record Provenance(List<Contribution> contributions, List<Difference> differences) {
    public static final Provenance NONE = new Provenance(List.of(), List.of());

    public Provenance {
        contributions = List.copyOf(contributions);
        differences = List.copyOf(differences);
    }

    /**
     * Two people whom agencies relate differently: each type (its id) with the agencies that gave it, in order.
     */
    public record Difference(String a, String b, List<Given> given) {
        public Difference {
            given = List.copyOf(given);
        }
    }

    /** One agency's type of relationship for a pair. */
    public record Given(String type, String agency) {}
}
