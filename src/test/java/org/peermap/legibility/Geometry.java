package org.peermap.legibility;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;

/** Plane geometry on flattened shapes: polygons (closed) and polylines (open), in viewBox points. */
final class Geometry {

    /** Vertices {@code x[i], y[i]}; a closed one has an edge from the last vertex back to the first. */
    record Poly(double[] x, double[] y, boolean closed) {
        int size() {
            return x.length;
        }

        /** Number of edges: n - 1 for a polyline, n for a polygon. */
        int edges() {
            return closed ? x.length : Math.max(0, x.length - 1);
        }

        /** Edge i as a segment. */
        Line2D.Double edge(int i) {
            int j = (i + 1) % x.length;
            return new Line2D.Double(x[i], y[i], x[j], y[j]);
        }

        Path2D.Double path() {
            Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO);
            for (int i = 0; i < x.length; i++) {
                if (i == 0) {
                    p.moveTo(x[i], y[i]);
                } else {
                    p.lineTo(x[i], y[i]);
                }
            }
            p.closePath();
            return p;
        }

        /** Length of the boundary (closed) or of the line (open). */
        double length() {
            double l = 0;
            for (int i = 0; i < edges(); i++) {
                Line2D.Double e = edge(i);
                l += Math.hypot(e.x2 - e.x1, e.y2 - e.y1);
            }
            return l;
        }
    }

    private Geometry() {}

    /**
     * A shape as polylines, one per subpath, curves flattened to within {@code flatness} points. A subpath
     * that ends with a close, or every subpath when {@code closed} is asked for, becomes a polygon.
     */
    static List<Poly> flatten(Shape s, double flatness, boolean closed) {
        List<Poly> out = new ArrayList<>();
        List<double[]> pts = new ArrayList<>();
        double[] c = new double[6];
        boolean wasClosed = false;
        for (PathIterator it = s.getPathIterator(null, flatness); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                add(out, pts, closed || wasClosed);
                pts = new ArrayList<>();
                wasClosed = false;
                pts.add(new double[] {c[0], c[1]});
            } else if (type == PathIterator.SEG_LINETO) {
                pts.add(new double[] {c[0], c[1]});
            } else if (type == PathIterator.SEG_CLOSE) {
                wasClosed = true;
            }
        }
        add(out, pts, closed || wasClosed);
        return out;
    }

    private static void add(List<Poly> out, List<double[]> pts, boolean closed) {
        if (pts.isEmpty()) {
            return;
        }
        // a closed subpath often repeats its first vertex at the end; drop the repeat
        int n = pts.size();
        if (closed && n > 1 && pts.get(0)[0] == pts.get(n - 1)[0] && pts.get(0)[1] == pts.get(n - 1)[1]) {
            n--;
        }
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = pts.get(i)[0];
            y[i] = pts.get(i)[1];
        }
        out.add(new Poly(x, y, closed));
    }

    /** Whether the point lies inside the polygon (non-zero winding, as SVG fills). */
    static boolean inside(Poly area, double x, double y) {
        return area.path().contains(x, y);
    }

    /**
     * Whether a line (its edges, or a polygon's boundary) meets the inside of {@code area}: a vertex of the line
     * lies inside it, or an edge of the line crosses or touches an edge of it.
     */
    static boolean meets(Poly line, Poly area) {
        Path2D.Double a = area.path();
        java.awt.geom.Rectangle2D box = a.getBounds2D();
        for (int i = 0; i < line.size(); i++) {
            if (a.contains(line.x()[i], line.y()[i])) {
                return true;
            }
        }
        for (int i = 0; i < line.edges(); i++) {
            Line2D.Double e = line.edge(i);
            if (Math.max(e.x1, e.x2) < box.getMinX() || Math.min(e.x1, e.x2) > box.getMaxX()
                    || Math.max(e.y1, e.y2) < box.getMinY() || Math.min(e.y1, e.y2) > box.getMaxY()) {
                continue;
            }
            for (int j = 0; j < area.edges(); j++) {
                if (e.intersectsLine(area.edge(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any of the lines meets the inside of {@code area}. */
    static boolean meets(List<Poly> lines, Poly area) {
        for (Poly l : lines) {
            if (meets(l, area)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two areas share some inside (touching edges only is not an overlap). */
    static boolean overlap(Poly a, Poly b) {
        if (!a.path().getBounds2D().intersects(b.path().getBounds2D())) {
            return false;
        }
        Area i = new Area(a.path());
        i.intersect(new Area(b.path()));
        return !i.isEmpty();
    }

    /** The shortest distance from a point to a polygon's boundary (or to a polyline). */
    static double distance(Poly p, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < p.edges(); i++) {
            best = Math.min(best, p.edge(i).ptSegDist(x, y));
        }
        if (p.size() == 1) {
            best = Math.hypot(p.x()[0] - x, p.y()[0] - y);
        }
        return best;
    }

    /**
     * Points along a polygon's boundary, evenly spaced at about {@code step} points (exactly perimeter / count,
     * the count rounded up), starting at its first vertex: {@code [x0, y0, x1, y1, ...]}.
     */
    static double[] walk(Poly p, double step) {
        double perimeter = p.length();
        int count = Math.max(1, (int) Math.ceil(perimeter / step));
        double d = perimeter / count;
        double[] out = new double[2 * count];
        int edge = 0;
        double start = 0; // distance along the boundary where the current edge starts
        Line2D.Double e = p.edge(0);
        double len = e.getP1().distance(e.getP2());
        for (int k = 0; k < count; k++) {
            double want = k * d;
            while (want - start > len && edge < p.edges() - 1) {
                start += len;
                edge++;
                e = p.edge(edge);
                len = e.getP1().distance(e.getP2());
            }
            double t = len == 0 ? 0 : Math.min(1, Math.max(0, (want - start) / len));
            out[2 * k] = e.x1 + t * (e.x2 - e.x1);
            out[2 * k + 1] = e.y1 + t * (e.y2 - e.y1);
        }
        return out;
    }
}
