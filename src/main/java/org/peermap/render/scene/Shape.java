package org.peermap.render.scene;

import java.util.List;
import org.peermap.render.geometry.Point;

/** One thing drawn on a page, in points with y down. Writers for SVG and PNG draw exactly these. */
public sealed interface Shape {

    /** Straight segments through {@code points}; closed shapes join the last point to the first. */
    record Polyline(List<Point> points, boolean closed, Style style) implements Shape {
        public Polyline {
            points = List.copyOf(points);
        }
    }

    /** A Graphviz-style cubic spline: a start point, then three points (two controls, an end) per segment. */
    record Curve(List<Point> points, Style style) implements Shape {
        public Curve {
            points = List.copyOf(points);
            if (points.size() < 4 || (points.size() - 1) % 3 != 0) {
                throw new IllegalArgumentException("a cubic spline has 1 + 3n points");
            }
        }
    }

    record Ellipse(Point centre, double rx, double ry, Style style) implements Shape {}

    /** A rectangle with corners rounded by {@code radius} (0 for square corners). */
    record Rect(double x, double y, double width, double height, double radius, Style style) implements Shape {}

    /** One line of text with its baseline at {@code at}. */
    record Text(Point at, String text, double size, boolean bold, Anchor anchor, String colour) implements Shape {}

    /** Where the text's {@code at} point is along the line. */
    enum Anchor { START, MIDDLE, END }
}
