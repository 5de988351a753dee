package org.peermap.source;

import org.peermap.diagnostic.Position;

/** A value read from a case file, with the position where it starts. Every scalar is text. */
public sealed interface Node permits Scalar, Mapping, Sequence {

    Position start();

    /** A short word for the kind of value, for messages: "text", "a list", "a mapping". */
    String describe();
}
