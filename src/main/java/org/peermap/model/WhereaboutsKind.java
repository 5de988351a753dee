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
}
