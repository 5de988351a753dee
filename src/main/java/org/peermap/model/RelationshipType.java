package org.peermap.model;

import java.util.List;

/** A relationship type: a built-in one, or one defined (or restyled) in the case's key. */
public record RelationshipType(
        String id,
        String label,
        LineStyle line,
        Arrow arrow,
        String colour,
        double width,
        boolean builtIn) {

    public static final String BLACK = "#000000";
    public static final double DEFAULT_WIDTH = 1.0;

    /** The types every case has, as the practice draws them by hand. */
    public static final List<RelationshipType> BUILT_IN = List.of(
            new RelationshipType("connection", "Connection", LineStyle.SOLID, Arrow.NONE, BLACK, DEFAULT_WIDTH, true),
            new RelationshipType("strong", "Strong connection", LineStyle.DOUBLE, Arrow.NONE, BLACK, DEFAULT_WIDTH,
                    true),
            new RelationshipType("tenuous", "Tenuous or untested connection", LineStyle.DASHED, Arrow.NONE, BLACK,
                    DEFAULT_WIDTH, true),
            new RelationshipType("harm", "Harm or exploitation (arrow shows direction of harm)", LineStyle.ZIGZAG,
                    Arrow.FORWARD, BLACK, DEFAULT_WIDTH, true),
            new RelationshipType("protective", "Protective or trusted", LineStyle.RINGED, Arrow.NONE,
                    BLACK, DEFAULT_WIDTH, true));

    /** The built-in type with this id, or null. */
    public static RelationshipType builtIn(String id) {
        return BUILT_IN.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    /** True when lines of this type need a direction ({@code from} and {@code to}). */
    public boolean directed() {
        return arrow != Arrow.NONE;
    }
}
