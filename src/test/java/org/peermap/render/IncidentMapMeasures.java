package org.peermap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.peermap.render.geometry.Paths;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Scene;
import org.peermap.render.scene.Shape;

/**
 * Measures of a drawn incident map, read from its scene's groups alone (as a checker of the SVG would):
 * involvement lines that pass through a person who is not their end, and the smallest text when the
 * page is printed on A4 scaled to fit. Kept apart from the renderer's own geometry on purpose: lines are
 * walked in steps of a quarter point and each step tested against the person's outer shape.
 */
final class IncidentMapMeasures {
    static final double A4_WIDTH = 841.89;
    static final double A4_HEIGHT = 595.28;

    private IncidentMapMeasures() {}

    record Line(int incident, int person, List<Point> points) {}

    /**
     * The people's outer shapes by number (the first drawn, and every copy: a wrapped series draws a person
     * on each time line of theirs), the involvement lines, and the incidents' marks.
     */
    record Parts(Map<Integer, Shape> people, Map<Integer, List<Shape>> copies, List<Line> lines,
            Map<Integer, Shape.Group> events) {}

    static Parts parts(Scene scene) {
        Map<Integer, List<Shape>> copies = new TreeMap<>();
        Map<Integer, Shape.Group> events = new TreeMap<>();
        List<Line> lines = new ArrayList<>();
        collect(scene.shapes(), copies, lines, events);
        Map<Integer, Shape> people = new TreeMap<>();
        copies.forEach((n, shapes) -> people.put(n, shapes.get(0)));
        return new Parts(people, copies, lines, events);
    }

    private static void collect(List<Shape> shapes, Map<Integer, List<Shape>> people, List<Line> lines,
            Map<Integer, Shape.Group> events) {
        for (Shape s : shapes) {
            if (!(s instanceof Shape.Group g)) {
                continue;
            }
            switch (g.kind()) {
                case "pm-person" -> {
                    Shape outer = g.shapes().get(0);
                    if (!(outer instanceof Shape.Ellipse || outer instanceof Shape.Rect)) {
                        throw new AssertionError("a person's first shape is not its outline: " + outer);
                    }
                    people.computeIfAbsent(Integer.parseInt(data(g, "n")), k -> new ArrayList<>()).add(outer);
                }
                case "pm-involvement" -> {
                    String[] ends = data(g, "ends").split(" ");
                    for (Shape part : Scene.leaves(g.shapes())) {
                        List<Point> points = part instanceof Shape.Polyline p ? p.points()
                                : part instanceof Shape.Curve c ? Paths.flatten(c.points(), 0.1) : List.of();
                        lines.add(new Line(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]), points));
                    }
                }
                case "pm-event" -> events.put(Integer.parseInt(data(g, "incident")), g);
                default -> collect(g.shapes(), people, lines, events);
            }
        }
    }

    static String data(Shape.Group g, String name) {
        return g.data().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(g.kind() + " has no data-" + name)).value();
    }

    /** "line K-N through M" for every involvement line and every other person it passes through. */
    static List<String> throughPeople(Scene scene) {
        Parts parts = parts(scene);
        List<String> found = new ArrayList<>();
        for (Line line : parts.lines()) {
            for (Map.Entry<Integer, List<Shape>> person : parts.copies().entrySet()) {
                for (Shape copy : person.getValue()) {
                    if (person.getKey() != line.person() && passesThrough(line.points(), copy, 1)) {
                        found.add("line " + line.incident() + "-" + line.person() + " through " + person.getKey());
                    }
                }
            }
        }
        return found;
    }

    static boolean passesThrough(List<Point> line, Shape outline, double shrink) {
        for (int i = 0; i + 1 < line.size(); i++) {
            Point a = line.get(i);
            Point b = line.get(i + 1);
            int steps = (int) Math.ceil(a.distance(b) / 0.25) + 1;
            for (int k = 0; k <= steps; k++) {
                double t = (double) k / steps;
                if (inside(outline, a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()), shrink)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(Shape outline, double x, double y, double shrink) {
        if (outline instanceof Shape.Ellipse e) {
            double rx = e.rx() - shrink;
            double ry = e.ry() - shrink;
            double dx = (x - e.centre().x()) / rx;
            double dy = (y - e.centre().y()) / ry;
            return rx > 0 && ry > 0 && dx * dx + dy * dy < 1;
        }
        Shape.Rect r = (Shape.Rect) outline;
        return x > r.x() + shrink && x < r.x() + r.width() - shrink && y > r.y() + shrink
                && y < r.y() + r.height() - shrink;
    }

    /** The smallest text on the page when it is printed on {@code paper} landscape, scaled down to fit if larger. */
    static double smallestText(Scene scene, org.peermap.model.Paper paper) {
        double fit = Math.min(1, Math.min(paper.width() / scene.width(), paper.height() / scene.height()));
        return scene.leaves().stream().filter(s -> s instanceof Shape.Text).mapToDouble(s -> ((Shape.Text) s).size())
                .min().orElse(Double.NaN) * fit;
    }

    /** The number of time lines (pm-axis groups). */
    static int timeLines(Scene scene) {
        return count(scene.shapes(), "pm-axis");
    }

    private static int count(List<Shape> shapes, String kind) {
        int n = 0;
        for (Shape s : shapes) {
            if (s instanceof Shape.Group g) {
                n += g.kind().equals(kind) ? 1 : count(g.shapes(), kind);
            }
        }
        return n;
    }

    /**
     * How many times two involvement lines cross (a measure of how hard lines are to follow; lines that
     * only meet at a shared end do not count).
     */
    static int crossings(Scene scene) {
        List<Line> lines = parts(scene).lines();
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                List<Point> a = lines.get(i).points();
                List<Point> b = lines.get(j).points();
                for (int s = 0; s + 1 < a.size(); s++) {
                    for (int t = 0; t + 1 < b.size(); t++) {
                        if (cross(a.get(s), a.get(s + 1), b.get(t), b.get(t + 1))) {
                            n++;
                        }
                    }
                }
            }
        }
        return n;
    }

    private static boolean cross(Point p1, Point p2, Point q1, Point q2) {
        double d1 = orient(q1, q2, p1);
        double d2 = orient(q1, q2, p2);
        double d3 = orient(p1, p2, q1);
        double d4 = orient(p1, p2, q2);
        return d1 * d2 < -1e-6 && d3 * d4 < -1e-6;
    }

    private static double orient(Point a, Point b, Point c) {
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    }

    /** The smallest text on the page when it is printed on A4 landscape, scaled down to fit if larger. */
    static double smallestTextAtA4(Scene scene) {
        double fit = Math.min(1, Math.min(A4_WIDTH / scene.width(), A4_HEIGHT / scene.height()));
        return scene.leaves().stream().filter(s -> s instanceof Shape.Text).mapToDouble(s -> ((Shape.Text) s).size())
                .min().orElse(Double.NaN) * fit;
    }
}
