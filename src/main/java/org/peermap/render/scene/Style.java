package org.peermap.render.scene;

import java.util.Optional;

/**
 * How a shape is stroked and filled. Colours are {@code #rrggbb}. A dash pattern is in points; a
 * pattern with a zero-length dash and round caps draws dots.
 */
public record Style(Optional<String> stroke, double strokeWidth, double[] dash, boolean roundCaps,
        Optional<String> fill, double fillOpacity) {

    public static final String BLACK = "#000000";
    private static final double[] SOLID = new double[0];

    public Style {
        dash = dash.clone();
    }

    public static Style stroke(String colour, double width) {
        return new Style(Optional.of(colour), width, SOLID, true, Optional.empty(), 1);
    }

    public static Style fill(String colour) {
        return new Style(Optional.empty(), 0, SOLID, true, Optional.of(colour), 1);
    }

    public Style withFill(String colour) {
        return new Style(stroke, strokeWidth, dash, roundCaps, Optional.of(colour), 1);
    }

    /** The same style with a see-through fill: {@code opacity} from 0 (invisible) to 1 (solid). */
    public Style withFill(String colour, double opacity) {
        return new Style(stroke, strokeWidth, dash, roundCaps, Optional.of(colour), opacity);
    }

    public Style withStroke(String colour, double width) {
        return new Style(Optional.of(colour), width, dash, roundCaps, fill, fillOpacity);
    }

    public Style withDash(double... pattern) {
        return new Style(stroke, strokeWidth, pattern, roundCaps, fill, fillOpacity);
    }

    @Override
    public double[] dash() {
        return dash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Style s && stroke.equals(s.stroke) && strokeWidth == s.strokeWidth
                && java.util.Arrays.equals(dash, s.dash) && roundCaps == s.roundCaps && fill.equals(s.fill)
                && fillOpacity == s.fillOpacity;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(stroke, strokeWidth, java.util.Arrays.hashCode(dash), roundCaps, fill, fillOpacity);
    }

    @Override
    public String toString() {
        return "Style[" + stroke + ", " + strokeWidth + ", " + java.util.Arrays.toString(dash) + ", " + fill + ", " + fillOpacity + "]";
    }
}
