package org.peermap.model;

/** The shape of a relationship line. Shapes, not colours, tell the types apart on a greyscale print. */
public enum LineStyle implements Named {
    SOLID("solid"),
    DOUBLE("double"),
    DASHED("dashed"),
    DOTTED("dotted"),
    ZIGZAG("zigzag"),
    WAVY("wavy"),
    /** A single line with small open rings along it: protection, unlike every other line in greyscale. */
    RINGED("ringed");

    private final String word;

    LineStyle(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
