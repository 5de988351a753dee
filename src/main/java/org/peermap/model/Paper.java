package org.peermap.model;

/** The paper sizes a map is drawn for, landscape, in points. */
public enum Paper {
    A4("a4", 841.89, 595.28),
    A3("a3", 1190.55, 841.89);

    /**
     * The most a page grows past its paper, each way, to print a large map at a readable size (4 times A4 is
     * about A0): past that a page would be too large to print or to draw in memory.
     */
    public static final double MOST_GROWTH = 4;

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
