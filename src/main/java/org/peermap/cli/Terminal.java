package org.peermap.cli;

/** Whether standard error is a terminal, as bin/peermap tells the JVM (Java cannot ask for stderr itself). */
final class Terminal {
    static final String PROPERTY = "peermap.stderr.tty";

    private Terminal() {}

    static boolean stderrIsTerminal() {
        return Boolean.getBoolean(PROPERTY);
    }
}
