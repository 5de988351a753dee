package org.peermap.source;

import org.peermap.diagnostic.Position;

/**
 * A scalar value exactly as written (never typed by YAML rules), with its span in the source.
 *
 * @param value the text after YAML unescaping and folding
 * @param start where the scalar starts (after any indicator such as a quote or {@code |})
 * @param startOffset code point offset of the scalar's first source character
 * @param endOffset code point offset just after the scalar's last source character
 * @param quoted true for single- or double-quoted scalars
 * @param block true for literal ({@code |}) and folded ({@code >}) block scalars
 */
public record Scalar(String value, Position start, int startOffset, int endOffset, boolean quoted, boolean block)
        implements Node {

    /** True for a plain scalar with nothing in it, which YAML reads as "no value". */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String describe() {
        return isEmpty() ? "no value" : "text";
    }
}
