package org.peermap.source;

import java.util.List;
import java.util.Optional;
import org.peermap.diagnostic.Position;

/** A YAML mapping whose keys are text, in source order. Duplicate keys were refused while reading. */
public record Mapping(List<Entry> entries, Position start) implements Node {

    /** One key and its value. */
    public record Entry(Scalar key, Node value) {}

    public Mapping {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().value().equals(key)).findFirst();
    }

    @Override
    public String describe() {
        return "a mapping (key: value lines)";
    }
}
