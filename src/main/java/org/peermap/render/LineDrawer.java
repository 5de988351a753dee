package org.peermap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.peermap.model.Arrow;
import org.peermap.model.RelationshipType;
import org.peermap.render.geometry.Arrows;
import org.peermap.render.geometry.Paths;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * Draws one relationship line along a route, in the shape of its type: single, double (two strokes that
 * stay parallel along the curve), dashed, dotted, zig-zag and wavy, with solid arrowheads. The key's
 * samples are drawn with this same code, so the key shows exactly what the map shows.
 */
public final class LineDrawer {
    static final double STROKE = 1.2;
    static final double DOUBLE_GAP = 3.0;
    static final double DOUBLE_STROKE = 0.8;
    static final double ARROW_LENGTH = 8;
    static final double ARROW_WIDTH = 6.5;
    static final double WAVE_AMPLITUDE = 3;
    static final double WAVE_LENGTH = 8;
    static final double LEAD = 6;
    static final double RING_STEP = 16;
    static final double RING_RADIUS = 2.6;
    private static final double FLATNESS = 0.1;

    private LineDrawer() {}

    /**
     * The shapes of a line of {@code type} along {@code route}, a cubic spline (1 + 3n points) from the
     * {@code from} person's border to the {@code to} person's border.
     */
    public static List<Shape> draw(RelationshipType type, List<Point> route, double sideOffset) {
        return draw(type, route, sideOffset, UnaryOperator.identity());
    }

    /**
     * As above, with the line (flattened, and set aside by {@code sideOffset}) passed through {@code adjust}
     * before it is drawn: for example to keep it clear of people it does not join.
     */
    public static List<Shape> draw(RelationshipType type, List<Point> route, double sideOffset,
            UnaryOperator<List<Point>> adjust) {
        double width = STROKE * type.width();
        List<Point> line = Paths.flatten(route, FLATNESS);
        if (sideOffset != 0) {
            line = Paths.offset(line, sideOffset);
        }
        line = adjust.apply(line);
        boolean arrowAtEnd = type.arrow() == Arrow.FORWARD || type.arrow() == Arrow.BOTH;
        boolean arrowAtStart = type.arrow() == Arrow.BACK || type.arrow() == Arrow.BOTH;
        double length = Paths.length(line);
        int arrows = (arrowAtEnd ? 1 : 0) + (arrowAtStart ? 1 : 0);
        // A short line keeps its arrows, smaller, and leaves at least half its length for its own shape.
        double arrowLength = Math.min(ARROW_LENGTH * Math.max(1, Math.sqrt(type.width())),
                arrows == 0 ? Double.MAX_VALUE : length * 0.5 / arrows / 0.85);
        List<Shape> shapes = new ArrayList<>();
        List<Point> body = line;
        if (arrowAtEnd && arrowLength > 0) {
            shapes.add(arrowhead(line, false, arrowLength, type.colour(), type.width()));
            body = Paths.trimEnd(body, arrowLength * 0.85);
        }
        if (arrowAtStart && arrowLength > 0) {
            shapes.add(arrowhead(line, true, arrowLength, type.colour(), type.width()));
            body = Paths.trimStart(body, arrowLength * 0.85);
        }
        double bodyLength = Paths.length(body);
        // A zig-zag or wave keeps at least one whole wave, however short the line: shorter lead-in and
        // lead-out first, then a shorter wave.
        double lead = Math.max(0, Math.min(LEAD, (bodyLength - WAVE_LENGTH) / 2));
        double wave = Math.max(0.5, Math.min(WAVE_LENGTH, bodyLength - 2 * lead));
        Style stroke = Style.stroke(type.colour(), width);
        switch (type.line()) {
            case SOLID -> shapes.add(0, new Shape.Polyline(body, false, stroke));
            case DASHED -> shapes.add(0, new Shape.Polyline(body, false, stroke.withDash(6, 4)));
            case DOTTED -> shapes.add(0, new Shape.Polyline(body, false,
                    Style.stroke(type.colour(), width * 1.1).withDash(0, 3)));
            case DOUBLE -> {
                Style thin = Style.stroke(type.colour(), DOUBLE_STROKE * type.width());
                double gap = DOUBLE_GAP / 2 * Math.max(1, type.width());
                shapes.add(0, new Shape.Polyline(Paths.offset(body, gap), false, thin));
                shapes.add(0, new Shape.Polyline(Paths.offset(body, -gap), false, thin));
            }
            case ZIGZAG -> shapes.add(0, new Shape.Polyline(
                    Paths.zigzag(body, WAVE_AMPLITUDE, wave, lead, lead), false, stroke));
            case RINGED -> {
                shapes.add(0, new Shape.Polyline(body, false, stroke));
                // rings every RING_STEP, centred along the body, at least one however short the line
                int rings = Math.max(1, (int) Math.floor((bodyLength - 2 * LEAD) / RING_STEP));
                double first = (bodyLength - (rings - 1) * RING_STEP) / 2;
                double radius = RING_RADIUS * Math.max(1, Math.sqrt(type.width()));
                for (int k = 0; k < rings; k++) {
                    shapes.add(new Shape.Ellipse(Paths.pointAt(body, first + k * RING_STEP), radius, radius,
                            Style.stroke(type.colour(), width).withFill("#ffffff")));
                }
            }
            case WAVY -> {
                double wavyLead = Math.max(0, Math.min(LEAD, (bodyLength - WAVE_LENGTH * 1.5) / 2));
                double wavyWave = Math.max(0.5, Math.min(WAVE_LENGTH * 1.5, bodyLength - 2 * wavyLead));
                shapes.add(0, new Shape.Polyline(Paths.wavy(body, WAVE_AMPLITUDE, wavyWave, wavyLead, wavyLead),
                        false, stroke));
            }
        }
        return shapes;
    }

    /**
     * How far the ink of a line of {@code type} reaches either side of its route, in points: the waves of a
     * zig-zag or wavy line, the outer edges of a double line's strokes, else half the stroke.
     */
    public static double reach(RelationshipType type) {
        double width = STROKE * type.width();
        return switch (type.line()) {
            case ZIGZAG, WAVY -> WAVE_AMPLITUDE + width / 2;
            case DOUBLE -> DOUBLE_GAP / 2 * Math.max(1, type.width()) + DOUBLE_STROKE * type.width() / 2;
            case DOTTED -> width * 1.1 / 2;
            case RINGED -> RING_RADIUS * Math.max(1, Math.sqrt(type.width())) + width / 2;
            default -> width / 2;
        };
    }

    private static Shape arrowhead(List<Point> line, boolean atStart, double length, String colour, double width) {
        double total = Paths.length(line);
        Point tip = atStart ? line.get(0) : line.get(line.size() - 1);
        Point direction = atStart
                ? Paths.tangentAt(line, 0).times(-1)
                : Paths.tangentAt(line, total);
        double full = ARROW_LENGTH * Math.max(1, Math.sqrt(width));
        List<Point> triangle = Arrows.arrowhead(tip, direction, length,
                ARROW_WIDTH * Math.max(1, Math.sqrt(width)) * Math.min(1, length / full));
        return new Shape.Polyline(triangle, true, Style.fill(colour).withStroke(colour, 0.6));
    }
}
