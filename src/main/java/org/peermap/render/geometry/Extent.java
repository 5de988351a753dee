package org.peermap.render.geometry;

import java.util.List;

/** The least and greatest x and y of some points: a line's bounding box, kept as its edges (no width to add). */
public record Extent(double minX, double minY, double maxX, double maxY) {

    /** The extent of {@code points}; of no points, one that meets nothing. */
    public static Extent of(List<Point> points) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Extent(minX, minY, maxX, maxY);
    }
}
