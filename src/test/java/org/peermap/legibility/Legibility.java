package org.peermap.legibility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Measures the legibility of peermap SVGs (../shared/design/legibility.md) and prints one Markdown table.
 *
 * <pre>
 * java -cp target/test-classes:target/classes org.peermap.legibility.Legibility MAP:VARIANT=file.svg ...
 * </pre>
 *
 * One row per file, the targets in the first row. The kind of map (peer or incident) is told by the SVG's
 * classes, else by the file name ({@code -peer-map.svg}, {@code -incident-map.svg}). A cell that misses its target ends in {@code MISS}; "n/a"
 * means the SVG lacks the structure the measure reads (a miss too), "-" that the measure does not apply to
 * that kind of map. Exit status 0 when every target is met, 1 when any is missed, 2 on a usage error.
 */
public final class Legibility {
    static final String MISS = "MISS";
    private static final String INFO = "(info)";

    /** One column: its heading, its target, the kinds of map it applies to, its cell text, and its test. */
    private record Column(String heading, String target, Predicate<Measures.Kind> applies,
            Function<Measures, Object> value, Predicate<Measures> met) {}

    private static final Predicate<Measures.Kind> PEER = k -> k == Measures.Kind.PEER || k == Measures.Kind.UNKNOWN;
    private static final Predicate<Measures.Kind> INCIDENT = k -> k == Measures.Kind.INCIDENT
            || k == Measures.Kind.UNKNOWN;
    private static final Predicate<Measures.Kind> ANY = k -> true;

    private static final List<Column> COLUMNS = List.of(
            count("strays", PEER, Measures::strays),
            count("cut", PEER, Measures::cut),
            count("lines through people", PEER, Measures::linesThroughPeople),
            new Column("tab distance (pt)", "<= 12", PEER, Legibility::tabCell,
                    m -> m.tabsUnmatched() == 0 && m.tabDistance() <= Measures.TAB_DISTANCE),
            count("tab clashes", PEER, Measures::tabClashes),
            count("parallel runs", PEER, Measures::parallelRuns),
            count("key look-alikes", ANY, Measures::keyLookAlikes),
            new Column("smallest text (pt)", ">= 8", ANY, m -> m.smallestText() == null ? null
                    : String.format(Locale.ROOT, "%.1f", m.smallestText()),
                    m -> m.smallestText() >= Measures.SMALLEST_TEXT - 1e-9),
            count("involvement through people", INCIDENT, Measures::involvementThroughPeople),
            new Column("badges", "all", PEER, m -> m.badgesShown() == null ? null
                    : m.badgesShown() + "/" + m.badgesTotal(), m -> m.badgesShown().equals(m.badgesTotal())),
            new Column("outlines drawn/listed", INFO, PEER, m -> m.outlinesDrawn() == null ? null
                    : m.outlinesDrawn() + "/" + m.incidentsListed(), m -> true),
            new Column("page (mm)", INFO, ANY, Legibility::pageCell, m -> true));

    private Legibility() {}

    /** Every measure of one SVG; its kind of map is told by its classes alone. */
    static Measures measure(byte[] svg) {
        return measure(svg, Measures.Kind.UNKNOWN);
    }

    /** Every measure of one SVG; {@code otherwise} is its kind of map when no class tells. */
    static Measures measure(byte[] svg, Measures.Kind otherwise) {
        return Measures.of(SvgShapes.parse(svg), otherwise);
    }

    /**
     * The kind of map a peermap file name says: {@code -peer-map.svg}, {@code -incident-map.svg} or a grid
     * page, {@code -grid.svg}, {@code -grid-2.svg} ...
     */
    static Measures.Kind kindOfName(String fileName) {
        return fileName.endsWith("-peer-map.svg") ? Measures.Kind.PEER
                : fileName.endsWith("-incident-map.svg") ? Measures.Kind.INCIDENT
                : fileName.matches(".*-grid(-[0-9]+)?\\.svg") ? Measures.Kind.GRID : Measures.Kind.UNKNOWN;
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: Legibility MAP[:VARIANT]=file.svg ...");
            System.exit(2);
        }
        List<String> rows = new ArrayList<>();
        boolean missed = false;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                System.err.println("not MAP[:VARIANT]=file.svg: " + arg);
                System.exit(2);
            }
            String label = arg.substring(0, eq);
            int colon = label.indexOf(':');
            String map = colon < 0 ? label : label.substring(0, colon);
            String variant = colon < 0 ? "" : label.substring(colon + 1);
            String row;
            try {
                Path file = Path.of(arg.substring(eq + 1));
                row = row(map, variant, measure(Files.readAllBytes(file), kindOfName(file.getFileName().toString())));
            } catch (IOException | RuntimeException e) {
                row = "| " + map + " | " + variant + " | unreadable: " + String.valueOf(e.getMessage()).replace('|', '/')
                        + " " + MISS + " |" + " |".repeat(COLUMNS.size() - 1);
            }
            missed |= row.contains(" " + MISS + " |");
            rows.add(row);
        }
        System.out.println(header());
        System.out.println(target());
        rows.forEach(System.out::println);
        System.exit(missed ? 1 : 0);
    }

    /** One table row: the map, the variant, then a cell per measure. */
    static String row(String map, String variant, Measures m) {
        StringBuilder row = new StringBuilder("| " + map + " | " + variant + " |");
        for (Column c : COLUMNS) {
            row.append(' ').append(cell(c, m)).append(" |");
        }
        return row.toString();
    }

    /** A cell: "-" if the measure does not apply, "n/a MISS" if it could not be taken, else its value. */
    private static String cell(Column c, Measures m) {
        if (!c.applies().test(m.kind())) {
            return "-";
        }
        Object v = c.value().apply(m);
        if (v == null) {
            return c.target().equals(INFO) ? "n/a" : "n/a " + MISS;
        }
        return c.met().test(m) ? v.toString() : v + " " + MISS;
    }

    static String header() {
        StringBuilder h = new StringBuilder("| map | variant |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (Column c : COLUMNS) {
            h.append(' ').append(c.heading()).append(" |");
            rule.append("---:|");
        }
        return h + "\n" + rule;
    }

    static String target() {
        StringBuilder t = new StringBuilder("| **target** | |");
        for (Column c : COLUMNS) {
            t.append(' ').append(c.target()).append(" |");
        }
        return t.toString();
    }

    private static Column count(String heading, Predicate<Measures.Kind> applies, Function<Measures, Integer> f) {
        return new Column(heading, "0", applies, f::apply, m -> f.apply(m) == 0);
    }

    private static String tabCell(Measures m) {
        if (m.tabDistance() == null) {
            return null;
        }
        String s = m.tabs() == 0 ? "no tabs" : String.format(Locale.ROOT, "%.1f", m.tabDistance());
        return m.tabsUnmatched() == 0 ? s : s + " (" + m.tabsUnmatched() + " unmatched)";
    }

    private static String pageCell(Measures m) {
        if (Double.isNaN(m.widthMm())) {
            return null;
        }
        return String.format(Locale.ROOT, "%.0f x %.0f", m.widthMm(), m.heightMm())
                + (m.paper() == null ? "" : " " + m.paper());
    }
}
