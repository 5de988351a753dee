package org.peermap;

/**
 * Which part of a case a peer map shows: all of it, a person and everyone near them, or one incident.
 * The person and the incident are as the user typed them (an id, a printed code, an incident's number or
 * id); {@link Views} finds them in the case.
 */
public sealed interface View {
    /** The whole case. */
    View WHOLE = new Whole();

    /** The whole case (and, when it is too large for one legible page, a page per incident beside it). */
    record Whole() implements View {}

    /**
     * A person and everyone within {@code steps} steps of them, a step being a relationship or an incident
     * both were involved in.
     */
    record Focus(String person, int steps) implements View {}

    /** One incident's people, their links to each other and to the people they are linked to outside it. */
    record OneIncident(String incident) implements View {}
}
