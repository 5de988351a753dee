package org.peermap.render.scene;

import java.util.List;

/**
 * A page ready to draw: its size in points and the shapes in painting order. The page carries no text
 * but the shapes' own (no ids, no comments), so what is written is only what the map shows.
 */
public record Scene(double width, double height, List<Shape> shapes) {

    public Scene {
        shapes = List.copyOf(shapes);
    }

    /** Every shape with groups opened, in painting order. */
    public List<Shape> leaves() {
        return leaves(shapes);
    }

    public static List<Shape> leaves(List<Shape> shapes) {
        List<Shape> out = new java.util.ArrayList<>();
        for (Shape s : shapes) {
            if (s instanceof Shape.Group g) {
                out.addAll(leaves(g.shapes()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** The text of every text shape, in painting order: all the words a picture of this scene shows. */
    public List<String> texts() {
        return leaves().stream().filter(s -> s instanceof Shape.Text).map(s -> ((Shape.Text) s).text()).toList();
    }
}
