package org.peermap.model;

/** Where an action stands: open until done or dropped. */
public enum ActionStatus implements Named {
    OPEN("open"),
    DONE("done"),
    DROPPED("dropped");

    private final String word;

    ActionStatus(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
