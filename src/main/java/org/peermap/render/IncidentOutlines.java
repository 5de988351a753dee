package org.peermap.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peermap.anonymise.Printed;
import org.peermap.model.Incident;
import org.peermap.render.geometry.Box;
import org.peermap.render.geometry.Hulls;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * The incident outlines of a peer map: a rounded outline around the people involved in each incident,
 * padded about 10 pt from them, with a very light see-through fill so that overlapping outlines stay
 * visible, told apart by dash pattern as well as tint, and labelled in a small tab on the outline's edge
 * that never covers a person.
 */
public final class IncidentOutlines {
    static final double PADDING = 10;
    static final double NESTING = 5;
    static final double LABEL_SIZE = 10;
    static final String STROKE = "#404040";
    static final double STROKE_WIDTH = 0.9;
    /** Okabe-Ito colours, which colour-blind readers can tell apart; used only as faint tints. */
    static final List<String> TINTS = List.of("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7",
            "#F0E442");
    static final List<double[]> DASHES = List.of(new double[0], new double[] {7, 3}, new double[] {2, 2.5},
            new double[] {9, 3, 2, 3});
    static final double FILL_OPACITY = 0.10;

    /** One incident's outline, its label tab and the people it should and should not hold. */
    public record Outline(List<Point> hull, List<Shape> outline, List<Shape> label, Box labelBox) {}

    private IncidentOutlines() {}

    /**
     * Lays out the outline and label of each incident.
     *
     * @param boxes each person's box in map coordinates, by node number
     * @param members for each incident, the node numbers of the people involved
     * @param lines the relationship lines, which a label should not cover either when it can help it
     */
    public static List<Outline> draw(List<Incident> incidents, List<List<Integer>> members, List<Box> boxes,
            List<List<Point>> lines, Printed printed) {
        List<Outline> outlines = new ArrayList<>();
        List<Box> taken = new ArrayList<>(boxes);
        List<Set<Integer>> earlier = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            Set<Integer> these = new HashSet<>(members.get(i));
            long overlaps = earlier.stream().filter(set -> set.stream().anyMatch(these::contains)).count();
            double padding = PADDING + NESTING * Math.min(overlaps, 3);
            List<Box> memberBoxes = members.get(i).stream().map(boxes::get).toList();
            List<Box> others = new ArrayList<>();
            for (int n = 0; n < boxes.size(); n++) {
                if (!these.contains(n)) {
                    others.add(boxes.get(n));
                }
            }
            List<Point> convex = Hulls.paddedHull(memberBoxes, padding, 6);
            List<Point> hull = others.stream().anyMatch(o -> Hulls.intersects(convex, o))
                    ? Bubbles.outline(memberBoxes, others, padding) : convex;
            Style style = Style.stroke(STROKE, STROKE_WIDTH).withDash(DASHES.get(i % DASHES.size()))
                    .withFill(TINTS.get(i % TINTS.size()), FILL_OPACITY);
            List<Shape> outline = List.of(new Shape.Polyline(hull, true, style));
            String text = label(incidents.get(i), printed);
            Box tab = placeTab(hull, text, taken, lines);
            taken.add(tab);
            List<Shape> label = List.of(
                    new Shape.Rect(tab.x(), tab.y(), tab.width(), tab.height(), 2,
                            Style.stroke(STROKE, STROKE_WIDTH).withDash(DASHES.get(i % DASHES.size()))
                                    .withFill("#ffffff")),
                    new Shape.Text(new Point(tab.x() + 4, tab.y() + tab.height() - 4), text, LABEL_SIZE, false,
                            Shape.Anchor.START, Style.BLACK));
            outlines.add(new Outline(hull, outline, label, tab));
            earlier.add(these);
        }
        return outlines;
    }

    /** The default label: date, what, and the place's printed form; or date and the incident's own label. */
    public static String label(Incident incident, Printed printed) {
        String date = incident.date().printed();
        if (incident.label().isPresent()) {
            return date + " " + printed.text(incident.label().get());
        }
        return date + " " + printed.text(incident.what())
                + incident.place().map(p -> " - " + printed.place(p)).orElse("");
    }

    /**
     * The first place on the outline's edge (top, bottom, right, left) where the tab covers no person, no
     * other label and no line; failing that, one that covers no person and no label.
     */
    private static Box placeTab(List<Point> hull, String text, List<Box> taken, List<List<Point>> lines) {
        double width = Fonts.width(text, LABEL_SIZE, false) + 8;
        double height = LABEL_SIZE + 6;
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        Point top = hull.get(0);
        Point bottom = hull.get(0);
        for (Point p : hull) {
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            if (p.y() < minY) {
                minY = p.y();
                top = p;
            }
            if (p.y() > maxY) {
                maxY = p.y();
                bottom = p;
            }
        }
        double midY = (minY + maxY) / 2;
        List<Box> candidates = List.of(
                new Box(top.x() - width / 2, minY - height / 2, width, height),
                new Box(bottom.x() - width / 2, maxY - height / 2, width, height),
                new Box(minX + 8, minY - height / 2, width, height),
                new Box(maxX - width - 8, maxY - height / 2, width, height),
                new Box(maxX - width / 3, midY - height / 2, width, height),
                new Box(minX - width * 2 / 3, midY - height / 2, width, height),
                new Box(top.x() - width / 2, minY - height * 1.6, width, height),
                new Box(bottom.x() - width / 2, maxY + height * 0.6, width, height));
        for (Box candidate : candidates) {
            if (taken.stream().noneMatch(b -> overlaps(b, candidate))
                    && lines.stream().noneMatch(line -> crosses(line, candidate))) {
                return candidate;
            }
        }
        for (Box candidate : candidates) {
            if (taken.stream().noneMatch(b -> overlaps(b, candidate))) {
                return candidate;
            }
        }
        Box above = candidates.get(6);
        for (int step = 0; step < 40; step++) {
            Box moved = new Box(above.x(), above.y() - step * height, width, height);
            if (taken.stream().noneMatch(b -> overlaps(b, moved))) {
                return moved;
            }
        }
        return candidates.get(0);
    }

    /** True when the polyline passes through the box (sampled every 2 pt). */
    static boolean crosses(List<Point> line, Box box) {
        for (int i = 1; i < line.size(); i++) {
            Point a = line.get(i - 1);
            Point b = line.get(i);
            int steps = Math.max(1, (int) Math.ceil(a.distance(b) / 2));
            for (int k = 0; k <= steps; k++) {
                if (box.contains(a.lerp(b, (double) k / steps))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean overlaps(Box a, Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }
}
