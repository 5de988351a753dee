package org.peermap.render;

import java.util.List;
import org.peermap.render.scene.Scene;

/** A drawn page and anything the user should be told about it (a page enlarged, text cut short). */
public record Page(Scene scene, List<String> warnings) {

    public Page {
        warnings = List.copyOf(warnings);
    }
}
