package org.peermap.output;

import java.util.Objects;

/** One file to write: a plain file name (no folders) and its bytes. */
public record OutputFile(String name, byte[] bytes) {

    public OutputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("an output name is a plain file name");
        }
    }
}
