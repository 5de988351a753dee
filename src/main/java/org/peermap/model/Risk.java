package org.peermap.model;

/** The assessed risk level a meeting agreed for a young person. */
public enum Risk implements Named {
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String word;

    Risk(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
