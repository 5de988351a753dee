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
}
