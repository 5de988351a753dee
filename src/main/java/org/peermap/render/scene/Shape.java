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

    /**
     * One line of text with its baseline at {@code at}. A tab or line break in it is a space: a picture draws
     * them with no width, which would join the words on either side.
     */
    record Text(Point at, String text, double size, boolean bold, Anchor anchor, String colour) implements Shape {
        public Text {
            text = text.replaceAll("[\\t\\n\\r\\x0B\\f\\u0085\\u2028\\u2029]", " ");
        }
    }

    /**
     * One drawn thing (a person, a line, an outline ...) and the shapes it is made of, so that the SVG can
     * say what each part is. {@code kind} is a class from a fixed vocabulary ({@code pm-person} ...);
     * {@code data} holds ordinal numbers only (never ids, names, codes or case text).
     */
    record Group(String kind, List<Data> data, List<Shape> shapes) implements Shape {
        public Group {
            if (!kind.matches("pm-[a-z-]+")) {
                throw new IllegalArgumentException("a group's class is pm- and lowercase letters");
            }
            data = List.copyOf(data);
            shapes = List.copyOf(shapes);
        }

        public Group(String kind, List<Shape> shapes) {
            this(kind, List.of(), shapes);
        }
    }

    /**
     * One {@code data-} attribute of a group: a fixed name and a value made of numbers, spaces and p, or
     * one word of a fixed vocabulary.
     */
    record Data(String name, String value) {
        public Data {
            if (!name.matches("[a-z]+") || !value.matches("[0-9p ]*|relationship|whereabouts|added|removed")) {
                throw new IllegalArgumentException("a group's data holds ordinal numbers only");
            }
        }

        public static Data of(String name, int value) {
            return new Data(name, Integer.toString(value));
        }

        public static Data of(String name, java.util.Collection<Integer> values) {
            return new Data(name, values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" ")));
        }
    }

    /** Where the text's {@code at} point is along the line. */
    enum Anchor { START, MIDDLE, END }
}
