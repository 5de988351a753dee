package org.peermap.model;

/** The paper sizes a map is drawn for, landscape, in points. */
public enum Paper {
    A4("a4", 841.89, 595.28),
    A3("a3", 1190.55, 841.89);

    private final String key;
    private final double width;
    private final double height;

    Paper(String key, double width, double height) {
        this.key = key;
        this.width = width;
        this.height = height;
    }

    public String key() {
        return key;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
