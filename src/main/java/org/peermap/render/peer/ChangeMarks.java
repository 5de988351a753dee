package org.peermap.render.peer;

import java.util.ArrayList;
import java.util.List;
import org.peermap.render.KeyPanel;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * How a changes map shows what changed: a small "new" tag (white, dark edge, bold word) beside what is new, and
 * what was removed drawn faded, its inks lightened to a pale grey. A word and a lightness, not a colour, so both
 * read on a greyscale print; the key explains them.
 */
final class ChangeMarks {
    static final String WORD = "new";
    static final double TEXT = 10;
    static final double HEIGHT = 13;
    static final String INK = "#1a1a1a";
    /** How far a removed thing's inks go towards white. */
    static final double FADE = 0.62;

    private ChangeMarks() {}

    static double width() {
        return org.peermap.render.Fonts.width(WORD, TEXT, true) + 8;
    }

    /** The "new" tag with its middle at {@code centre}, as a {@code pm-new} group. */
    static List<Shape> tag(Point centre) {
        double w = width();
        return List.of(new Shape.Group("pm-new", List.of(), List.of(
                new Shape.Rect(centre.x() - w / 2, centre.y() - HEIGHT / 2, w, HEIGHT, 3,
                        Style.stroke(INK, 1.1).withFill("#ffffff")),
                new Shape.Text(new Point(centre.x(), centre.y() + TEXT * 0.36), WORD, TEXT, true, Shape.Anchor.MIDDLE,
                        INK))));
    }

    /** The shapes with every ink faded towards white. */
    static List<Shape> faded(List<Shape> shapes) {
        List<Shape> out = new ArrayList<>();
        for (Shape s : shapes) {
            out.add(fade(s));
        }
        return out;
    }

    private static Shape fade(Shape s) {
        if (s instanceof Shape.Polyline p) {
            return new Shape.Polyline(p.points(), p.closed(), fade(p.style()));
        }
        if (s instanceof Shape.Curve c) {
            return new Shape.Curve(c.points(), fade(c.style()));
        }
        if (s instanceof Shape.Ellipse e) {
            return new Shape.Ellipse(e.centre(), e.rx(), e.ry(), fade(e.style()));
        }
        if (s instanceof Shape.Rect r) {
            return new Shape.Rect(r.x(), r.y(), r.width(), r.height(), r.radius(), fade(r.style()));
        }
        if (s instanceof Shape.Text t) {
            return new Shape.Text(t.at(), t.text(), t.size(), t.bold(), t.anchor(), fade(t.colour()));
        }
        Shape.Group g = (Shape.Group) s;
        return new Shape.Group(g.kind(), g.data(), faded(g.shapes()));
    }

    private static Style fade(Style style) {
        return new Style(style.stroke().map(ChangeMarks::fade), style.strokeWidth(), style.dash(), style.roundCaps(),
                style.fill().map(ChangeMarks::fade), style.fillOpacity());
    }

    static String fade(String colour) {
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            return colour;
        }
        StringBuilder out = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            int v = Integer.parseInt(colour.substring(i, i + 2), 16);
            out.append(String.format("%02x", (int) Math.round(v + (255 - v) * FADE)));
        }
        return out.toString();
    }

    /** The key's rows for what the map marks. */
    static List<KeyPanel.Row> keyRows(Changed changed) {
        List<KeyPanel.Row> rows = new ArrayList<>();
        if (!changed.addedPeople().isEmpty() || !changed.addedLines().isEmpty()) {
            rows.add(new KeyPanel.Row(ChangeMarks::tag, "New since the old version", 16));
        }
        if (!changed.removedPeople().isEmpty() || !changed.removedLines().isEmpty()) {
            rows.add(new KeyPanel.Row(mid -> faded(List.of(new Shape.Polyline(List.of(new Point(mid.x() - 20,
                    mid.y()), new Point(mid.x() + 20, mid.y())), false, Style.stroke(Style.BLACK, 1.4)))),
                    "Removed since the old version (drawn faded)", 16));
        }
        return rows;
    }
}
