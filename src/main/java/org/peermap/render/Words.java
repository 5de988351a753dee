package org.peermap.render;

import org.peermap.model.PersonKind;
import org.peermap.model.RelationshipType;

/** The words the outputs use for the format's fixed values. */
final class Words {
    private Words() {}

    /** A person's link to a place, as words between their code and the place: "lives at". */
    static String whereabouts(org.peermap.model.WhereaboutsKind as) {
        return as.phrase();
    }

    static String kind(PersonKind kind) {
        return switch (kind) {
            case YOUNG_PERSON -> "Young person";
            case ADULT -> "Adult";
            case PROFESSIONAL -> "Professional";
        };
    }

    /** How a line type is drawn, in words, for the appendix's key. */
    static String line(RelationshipType t) {
        String shape = switch (t.line()) {
            case SOLID -> "a single line";
            case DOUBLE -> "a double line";
            case DASHED -> "a broken (dashed) line";
            case DOTTED -> "a dotted line";
            case ZIGZAG -> "a zig-zag line";
            case WAVY -> "a wavy line";
            case RINGED -> "a line with small rings along it";
        };
        String arrow = switch (t.arrow()) {
            case NONE -> "";
            case FORWARD -> " with an arrow at the second person (from -> to)";
            case BACK -> " with an arrow at the first person (from <- to)";
            case BOTH -> " with arrows at both ends";
        };
        String colour = t.colour().equals(RelationshipType.BLACK) ? "" : " in colour " + t.colour();
        return "drawn as " + shape + arrow + colour;
    }
}
