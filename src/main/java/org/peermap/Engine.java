package org.peermap;

/** Which Graphviz lays out the maps. */
public enum Engine {
    /** Native dot when it is on the PATH, else the embedded engine. */
    AUTO,
    /** Native Graphviz dot from the PATH. */
    DOT,
    /** Graphviz compiled to JavaScript, inside peermap: needs no install. */
    EMBEDDED
}
