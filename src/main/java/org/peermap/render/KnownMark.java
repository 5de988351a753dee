package org.peermap.render;

import java.util.List;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * The mark of a fact that is {@code reported} or {@code unverified}: a small white square with a dark edge
 * and a "?", on the middle of its line or at the corner of its person. A square, so it reads as unlike the
 * rings of a protective line, the dark incident badges and the "+N" box, also in greyscale; the key says what
 * it means, and the appendix's Sources say who reported it. In the structured SVG it is a {@code pm-known} group inside
 * the line's or person's group.
 */
public final class KnownMark {
    /** Side in map units: its "?" prints at 8 pt at the smallest map scale (0.8). */
    public static final double SIDE = 12;
    static final double TEXT = 10;
    static final String INK = "#262626";
    /** What the key says of it. */
    public static final String WORDS = "Reported or not yet checked";

    private KnownMark() {}

    /** The key's row for the facts left off as doubtful: "2 doubted facts are left off; the appendix lists them". */
    public static KeyPanel.Row doubtedRow(int doubted) {
        return new KeyPanel.Row(mid -> List.of(), doubted == 1 ? "1 doubted fact is left off; the appendix lists it"
                : doubted + " doubted facts are left off; the appendix lists them", 12);
    }

    /** The mark of a person's shape, at its top right corner (an ellipse's corner is on its edge, inside its box). */
    public static List<Shape> atCorner(PersonNode node, Point centre) {
        double k = node.kind() == org.peermap.model.PersonKind.YOUNG_PERSON ? Math.sqrt(0.5) : 1;
        return at(new Point(centre.x() + node.width() / 2 * k, centre.y() - node.height() / 2 * k));
    }

    /** The mark centred on {@code centre}. */
    public static List<Shape> at(Point centre) {
        return List.of(new Shape.Group("pm-known", List.of(), List.of(new Shape.Rect(centre.x() - SIDE / 2, centre.y() - SIDE / 2, SIDE, SIDE, 1.5,
                        Style.stroke(INK, 0.9).withFill("#ffffff")),
                new Shape.Text(new Point(centre.x(), centre.y() + TEXT * 0.36), "?", TEXT, true, Shape.Anchor.MIDDLE,
                        INK))));
    }
}
