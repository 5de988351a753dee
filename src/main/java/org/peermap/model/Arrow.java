package org.peermap.model;

/** Where a relationship line has arrowheads; {@code forward} points at the {@code to} person. */
public enum Arrow implements Named {
    NONE("none"),
    FORWARD("forward"),
    BACK("back"),
    BOTH("both");

    private final String word;

    Arrow(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
