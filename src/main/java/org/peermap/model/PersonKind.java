package org.peermap.model;

/** What kind of person a map shows; each is drawn in its own shape. */
public enum PersonKind implements Named {
    YOUNG_PERSON("young-person"),
    ADULT("adult"),
    PROFESSIONAL("professional");

    private final String word;

    PersonKind(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
