package org.peermap.legibility;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads the structure of a peermap SVG: the root's viewBox and {@code data-paper}, every {@code <g class>}
 * with its {@code data-} numbers and its shapes, and every {@code <text>}. Parsing uses the JDK's DOM parser
 * with secure processing and no DTDs or external entities. Coordinates are taken as absolute viewBox points
 * (the contract uses no transforms).
 */
final class SvgShapes {

    /** Presentation attributes of one shape, with SVG's initial values where none is given. */
    record Style(String fill, double fillOpacity, String stroke, double strokeOpacity, double strokeWidth,
            float[] dash, String linecap, String linejoin) {}

    /** One drawn shape element: its tag, its raw attributes and its style. */
    record Item(String tag, Map<String, String> attrs, Style style) {

        /** The element as exact Java2D geometry in viewBox points (null for an unknown tag). */
        Shape shape() {
            return shape(0);
        }

        /**
         * The geometry shrunk by {@code inset} points on every side (ellipses and rects only; other shapes are
         * returned as they are). Null when nothing is left.
         */
        Shape shape(double inset) {
            switch (tag) {
                case "ellipse", "circle" -> {
                    double cx = num("cx"), cy = num("cy");
                    double rx = tag.equals("circle") ? num("r") : num("rx");
                    double ry = tag.equals("circle") ? num("r") : num("ry");
                    rx -= inset;
                    ry -= inset;
                    return rx <= 0 || ry <= 0 ? null : new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry);
                }
                case "rect" -> {
                    double x = num("x") + inset, y = num("y") + inset;
                    double w = num("width") - 2 * inset, h = num("height") - 2 * inset;
                    if (w <= 0 || h <= 0) {
                        return null;
                    }
                    double rx = attrs.containsKey("rx") ? num("rx") : attrs.containsKey("ry") ? num("ry") : 0;
                    double ry = attrs.containsKey("ry") ? num("ry") : rx;
                    rx = Math.min(Math.max(0, rx - inset), w / 2);
                    ry = Math.min(Math.max(0, ry - inset), h / 2);
                    return rx == 0 || ry == 0 ? new Rectangle2D.Double(x, y, w, h)
                            : new RoundRectangle2D.Double(x, y, w, h, 2 * rx, 2 * ry);
                }
                case "polyline", "polygon" -> {
                    double[] v = numbers(attrs.getOrDefault("points", ""));
                    Path2D.Double p = new Path2D.Double();
                    for (int i = 0; i + 1 < v.length; i += 2) {
                        if (i == 0) {
                            p.moveTo(v[0], v[1]);
                        } else {
                            p.lineTo(v[i], v[i + 1]);
                        }
                    }
                    if (tag.equals("polygon") && v.length >= 2) {
                        p.closePath();
                    }
                    return p;
                }
                case "path" -> {
                    return path(attrs.getOrDefault("d", ""));
                }
                case "line" -> {
                    Path2D.Double p = new Path2D.Double();
                    p.moveTo(num("x1"), num("y1"));
                    p.lineTo(num("x2"), num("y2"));
                    return p;
                }
                default -> {
                    return null;
                }
            }
        }

        /** The element flattened to polygons and polylines (one per subpath), curves to within 0.02 pt. */
        List<Geometry.Poly> polys(double inset) {
            Shape s = shape(inset);
            return s == null ? List.of() : Geometry.flatten(s, 0.02, tag.equals("polygon") || isArea());
        }

        List<Geometry.Poly> polys() {
            return polys(0);
        }

        /** Rects, ellipses and polygons: shapes with an inside. */
        boolean isArea() {
            return switch (tag) {
                case "rect", "ellipse", "circle", "polygon" -> true;
                default -> false;
            };
        }

        double num(String name) {
            return number(attrs.getOrDefault(name, "0"));
        }
    }

    /** One {@code <text>}: its font size (inherited if not on the element) and its characters. */
    record Text(double fontSize, String content) {}

    /**
     * One {@code <g class="...">}: its class, its {@code data-} attributes (without the prefix), the shapes it
     * holds (in document order, not counting those inside nested classed groups), its nested classed groups
     * and its texts.
     */
    record Group(String cls, Map<String, String> data, List<Item> shapes, List<Group> children, List<Text> texts) {

        /** The space-separated numbers of a data attribute; entries that are not whole numbers are left out. */
        List<Integer> ints(String name) {
            List<Integer> out = new ArrayList<>();
            for (String s : data.getOrDefault(name, "").trim().split("\\s+")) {
                if (s.matches("[0-9]+")) {
                    out.add(Integer.parseInt(s));
                }
            }
            return out;
        }

        /** A data attribute as one whole number, or -1. */
        int integer(String name) {
            String s = data.getOrDefault(name, "").trim();
            return s.matches("[0-9]+") ? Integer.parseInt(s) : -1;
        }

        /** The first shape with the given tags, or null. */
        Item first(String... tags) {
            for (Item i : shapes) {
                for (String t : tags) {
                    if (i.tag().equals(t)) {
                        return i;
                    }
                }
            }
            return null;
        }

        /** Nested classed groups with that class, at any depth. */
        List<Group> all(String cls) {
            List<Group> out = new ArrayList<>();
            collect(children, cls, out);
            return out;
        }
    }

    /** The whole document: viewBox size (NaN when there is none), data-paper (or null), groups, all texts. */
    record Drawing(double width, double height, String paper, List<Group> groups, List<Text> texts) {

        /** Classed groups with that class, at any depth. */
        List<Group> all(String cls) {
            List<Group> out = new ArrayList<>();
            collect(groups, cls, out);
            return out;
        }

        boolean has(String cls) {
            return !all(cls).isEmpty();
        }
    }

    private SvgShapes() {}

    static Drawing parse(byte[] svg) {
        Element root = parseXml(svg).getDocumentElement();
        double w = Double.NaN, h = Double.NaN;
        double[] vb = numbers(root.getAttribute("viewBox"));
        if (vb.length == 4) {
            w = vb[2];
            h = vb[3];
        }
        String paper = root.hasAttribute("data-paper") ? root.getAttribute("data-paper") : null;
        List<Group> groups = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        walk(root, null, groups, texts);
        return new Drawing(w, h, paper, List.copyOf(groups), List.copyOf(texts));
    }

    /** Visits the children of {@code e}; {@code into} is the nearest enclosing classed group (or null). */
    private static void walk(Element e, Group into, List<Group> topGroups, List<Text> allTexts) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c)) {
                continue;
            }
            String tag = c.getLocalName() != null ? c.getLocalName() : c.getTagName();
            if (tag.equals("g") && !c.getAttribute("class").isBlank()) {
                Group g = new Group(c.getAttribute("class").trim(), data(c), new ArrayList<>(), new ArrayList<>(),
                        new ArrayList<>());
                (into == null ? topGroups : into.children()).add(g);
                walk(c, g, topGroups, allTexts);
            } else if (tag.equals("g")) {
                walk(c, into, topGroups, allTexts);
            } else if (tag.equals("text")) {
                Text t = new Text(number(inherited(c, "font-size", "16")), c.getTextContent());
                allTexts.add(t);
                if (into != null) {
                    into.texts().add(t);
                }
            } else if (isShapeTag(tag) && into != null) {
                into.shapes().add(new Item(tag, attributes(c), style(c)));
            }
        }
    }

    private static boolean isShapeTag(String tag) {
        return switch (tag) {
            case "rect", "ellipse", "circle", "polyline", "polygon", "path", "line" -> true;
            default -> false;
        };
    }

    private static void collect(List<Group> groups, String cls, List<Group> out) {
        for (Group g : groups) {
            if (g.cls().equals(cls)) {
                out.add(g);
            }
            collect(g.children(), cls, out);
        }
    }

    private static Map<String, String> data(Element e) {
        Map<String, String> out = new LinkedHashMap<>();
        NamedNodeMap a = e.getAttributes();
        for (int i = 0; i < a.getLength(); i++) {
            String name = a.item(i).getNodeName();
            if (name.startsWith("data-")) {
                out.put(name.substring(5), a.item(i).getNodeValue());
            }
        }
        return out;
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> out = new LinkedHashMap<>();
        NamedNodeMap a = e.getAttributes();
        for (int i = 0; i < a.getLength(); i++) {
            out.put(a.item(i).getNodeName(), a.item(i).getNodeValue());
        }
        return out;
    }

    /** SVG styles are inherited: the attribute on the element or its nearest ancestor, else the default. */
    private static String inherited(Element e, String name, String otherwise) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute(name)) {
                return el.getAttribute(name).trim();
            }
        }
        return otherwise;
    }

    private static Style style(Element e) {
        String dash = inherited(e, "stroke-dasharray", "none");
        float[] d = null;
        if (!dash.equals("none")) {
            double[] v = numbers(dash);
            boolean any = false;
            for (double x : v) {
                any |= x > 0;
            }
            if (v.length > 0 && any) {
                d = new float[v.length % 2 == 0 ? v.length : 2 * v.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = (float) v[i % v.length];
                }
            }
        }
        return new Style(inherited(e, "fill", "black"), number(inherited(e, "fill-opacity", "1")),
                inherited(e, "stroke", "none"), number(inherited(e, "stroke-opacity", "1")),
                number(inherited(e, "stroke-width", "1")), d, inherited(e, "stroke-linecap", "butt"),
                inherited(e, "stroke-linejoin", "miter"));
    }

    /** A path of absolute M, L, C and Z commands (what the renderer writes); other commands are refused. */
    static Path2D.Double path(String d) {
        Path2D.Double p = new Path2D.Double();
        String[] tokens = d.replace(",", " ").replaceAll("([MLCZmlcz])", " $1 ").trim().split("\\s+");
        char cmd = 0;
        int i = 0;
        while (i < tokens.length) {
            String t = tokens[i];
            if (t.isEmpty()) {
                i++;
                continue;
            }
            if (Character.isLetter(t.charAt(0))) {
                cmd = t.charAt(0);
                i++;
                if (cmd == 'Z' || cmd == 'z') {
                    p.closePath();
                }
                continue;
            }
            switch (cmd) {
                case 'M' -> {
                    p.moveTo(number(tokens[i]), number(tokens[i + 1]));
                    i += 2;
                    cmd = 'L';
                }
                case 'L' -> {
                    p.lineTo(number(tokens[i]), number(tokens[i + 1]));
                    i += 2;
                }
                case 'C' -> {
                    p.curveTo(number(tokens[i]), number(tokens[i + 1]), number(tokens[i + 2]), number(tokens[i + 3]),
                            number(tokens[i + 4]), number(tokens[i + 5]));
                    i += 6;
                }
                default -> throw new IllegalArgumentException("path command not supported: " + cmd);
            }
        }
        return p;
    }

    static double[] numbers(String s) {
        String t = s.replace(',', ' ').trim();
        if (t.isEmpty()) {
            return new double[0];
        }
        String[] parts = t.split("\\s+");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = number(parts[i]);
        }
        return out;
    }

    /** A number, ignoring a trailing unit such as "pt" or "px". */
    static double number(String s) {
        String t = s.trim().replaceAll("[a-z%]+$", "");
        return t.isEmpty() ? 0 : Double.parseDouble(t);
    }

    private static Document parseXml(byte[] svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            return b.parse(new ByteArrayInputStream(svg));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a readable SVG: " + e.getMessage(), e);
        }
    }
}
