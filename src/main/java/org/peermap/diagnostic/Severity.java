package org.peermap.diagnostic;

/** How serious a diagnostic is. Errors stop a case from being rendered; warnings do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    /** The word printed in a diagnostic line, for example {@code error}. */
    public String word() {
        return word;
    }
}
