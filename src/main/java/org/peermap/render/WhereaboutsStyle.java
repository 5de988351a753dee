package org.peermap.render;

import org.peermap.model.WhereaboutsKind;
import org.peermap.render.scene.Style;

/**
 * How a person's link to a place is drawn on the peer map: grey, so that it never reads as a
 * relationship, and each kind in its own dash pattern, so that the kinds differ in greyscale.
 */
public final class WhereaboutsStyle {
    static final String GREY = "#6b6b6b";

    /** How far the widest of these lines reaches either side of its route, in points. */
    public static final double REACH = 1.2;

    private WhereaboutsStyle() {}

    /**
     * Grey, and dash patterns of their own: short dashes and gaps, none of them used by a relationship
     * line (dashes 6/4, dots) or an incident outline (long dashes 12/3 with dots).
     */
    public static Style of(WhereaboutsKind kind) {
        return switch (kind) {
            case LIVES -> Style.stroke(GREY, 2.4);
            case SCHOOL -> Style.stroke(GREY, 1.3).withDash(4, 2, 4, 6);
            case SPENDS_TIME -> Style.stroke(GREY, 1.3).withDash(2, 2);
            case WORKS -> Style.stroke(GREY, 1.3).withDash(2, 2, 2, 2, 8, 2);
            case OTHER -> Style.stroke(GREY, 0.7);
        };
    }

    public static String words(WhereaboutsKind kind) {
        return switch (kind) {
            case LIVES -> "Lives at";
            case SCHOOL -> "Goes to school at";
            case SPENDS_TIME -> "Spends time at";
            case WORKS -> "Works at";
            case OTHER -> "Other link to a place";
        };
    }
}
