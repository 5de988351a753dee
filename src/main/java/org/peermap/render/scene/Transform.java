package org.peermap.render.scene;

import java.util.List;
import org.peermap.render.geometry.Point;

/** Scales shapes by {@code scale} about the origin, then moves them by ({@code dx}, {@code dy}). */
public record Transform(double scale, double dx, double dy) {

    public Point apply(Point p) {
        return new Point(dx + scale * p.x(), dy + scale * p.y());
    }

    public List<Shape> apply(List<Shape> shapes) {
        return shapes.stream().map(this::apply).toList();
    }

    public Shape apply(Shape shape) {
        if (shape instanceof Shape.Polyline p) {
            return new Shape.Polyline(points(p.points()), p.closed(), style(p.style()));
        }
        if (shape instanceof Shape.Curve c) {
            return new Shape.Curve(points(c.points()), style(c.style()));
        }
        if (shape instanceof Shape.Ellipse e) {
            return new Shape.Ellipse(apply(e.centre()), e.rx() * scale, e.ry() * scale, style(e.style()));
        }
        if (shape instanceof Shape.Rect r) {
            return new Shape.Rect(dx + scale * r.x(), dy + scale * r.y(), r.width() * scale, r.height() * scale,
                    r.radius() * scale, style(r.style()));
        }
        if (shape instanceof Shape.Group g) {
            return new Shape.Group(g.kind(), g.data(), apply(g.shapes()));
        }
        Shape.Text t = (Shape.Text) shape;
        return new Shape.Text(apply(t.at()), t.text(), t.size() * scale, t.bold(), t.anchor(), t.colour());
    }

    private List<Point> points(List<Point> points) {
        return points.stream().map(this::apply).toList();
    }

    private Style style(Style s) {
        double[] dash = s.dash();
        for (int i = 0; i < dash.length; i++) {
            dash[i] *= scale;
        }
        return new Style(s.stroke(), s.strokeWidth() * scale, dash, s.roundCaps(), s.fill(), s.fillOpacity());
    }
}
