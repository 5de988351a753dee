package org.peermap.model;

/**
 * How a fact is known (case format, "How each fact is known"): in plain words that match the police
 * intelligence grades A-E without asking partners to grade. Separate from what the fact is: a strong
 * relationship can be reported.
 */
public enum Known implements Named {
    DIRECT("direct", "seen or known first hand by the source"),
    CORROBORATED("corroborated", "second hand, confirmed by another source"),
    REPORTED("reported", "second hand, not corroborated"),
    UNVERIFIED("unverified", "origin unknown, or not yet checked"),
    DOUBTFUL("doubtful", "suspected to be wrong or malicious");

    private final String word;
    private final String meaning;

    Known(String word, String meaning) {
        this.word = word;
        this.meaning = meaning;
    }

    @Override
    public String word() {
        return word;
    }

    /** What the word means, for the key and the appendix. */
    public String meaning() {
        return meaning;
    }

    /** Facts that carry a mark on the maps: second hand and not corroborated, or not checked. */
    public boolean marked() {
        return this == REPORTED || this == UNVERIFIED;
    }
}
