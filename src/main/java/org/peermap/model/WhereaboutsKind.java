package org.peermap.model;

/** How a person is linked to a place. */
public enum WhereaboutsKind implements Named {
    LIVES("lives"),
    SCHOOL("school"),
    SPENDS_TIME("spends-time"),
    WORKS("works"),
    OTHER("other");

    private final String word;

    WhereaboutsKind(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    /** The words between a person and a place: "AB lives at Estate 1". */
    public String phrase() {
        return switch (this) {
            case LIVES -> "lives at";
            case SCHOOL -> "goes to school at";
            case SPENDS_TIME -> "spends time at";
            case WORKS -> "works at";
            case OTHER -> "is linked to";
        };
    }
}
