package org.peermap.model;

/** How people and places are printed. */
public enum AnonymiseMode implements Named {
    LETTERS("letters"),
    ROLES("roles"),
    INITIALS("initials"),
    NONE("none");

    private final String word;

    AnonymiseMode(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
