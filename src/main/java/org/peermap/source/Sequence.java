package org.peermap.source;

import java.util.List;
import org.peermap.diagnostic.Position;

/** A YAML sequence (a list), in source order. */
public record Sequence(List<Node> items, Position start) implements Node {

    public Sequence {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
