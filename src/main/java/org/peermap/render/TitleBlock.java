package org.peermap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.PartialDate;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * The page frame every map shares: the protective marking in capitals centred at the top and the bottom,
 * the title, and a line with the reference, the date prepared and the period shown.
 */
public final class TitleBlock {
    public static final double MARGIN = 28;
    static final double TITLE_SIZE = 14;
    static final double LINE_SIZE = 9;
    static final double MARKING_SIZE = 9;
    /** Where the content under the title block starts. */
    public static final double CONTENT_TOP = 74;
    /** Room kept at the bottom for the marking. */
    public static final double BOTTOM = 30;
    static final String NAMES_WARNING = "CONTAINS NAMES - NOT FOR CIRCULATION";

    private TitleBlock() {}

    public static List<Shape> draw(double pageWidth, double pageHeight, String title, String details, String marking,
            boolean containsNames) {
        List<Shape> shapes = new ArrayList<>();
        String mark = marking(marking, containsNames);
        List<Shape> markings = List.of(
                new Shape.Text(new Point(pageWidth / 2, 20), mark, MARKING_SIZE, true, Shape.Anchor.MIDDLE,
                        Style.BLACK),
                new Shape.Text(new Point(pageWidth / 2, pageHeight - 12), mark, MARKING_SIZE, true,
                        Shape.Anchor.MIDDLE, Style.BLACK));
        shapes.add(new Shape.Text(new Point(MARGIN, 44), fit(title, pageWidth - 2 * MARGIN, TITLE_SIZE, true),
                TITLE_SIZE, true, Shape.Anchor.START, Style.BLACK));
        shapes.add(new Shape.Text(new Point(MARGIN, 60), fit(details, pageWidth - 2 * MARGIN, LINE_SIZE, false),
                LINE_SIZE, false, Shape.Anchor.START, Style.BLACK));
        shapes.add(new Shape.Polyline(List.of(new Point(MARGIN, 66), new Point(pageWidth - MARGIN, 66)), false,
                Style.stroke("#808080", 0.6)));
        return List.of(new Shape.Group("pm-marking", markings), new Shape.Group("pm-title", shapes));
    }

    /** The marking as every page prints it: in capitals, with the names warning when names are shown. */
    public static String marking(String marking, boolean containsNames) {
        return marking.toUpperCase(Locale.ROOT) + (containsNames ? " - " + NAMES_WARNING : "");
    }

    /**
     * The text, cut with an ellipsis when it is wider than {@code width}: after the last whole word that fits
     * (never inside a word shorter than {@link org.peermap.model.Identifying#LONG_WORD}, which would show a
     * part of it, perhaps a name, the check never saw alone), or just the ellipsis.
     */
    public static String fit(String text, double width, double size, boolean bold) {
        if (text.isEmpty() || TextWrap.fits(text, width, size, bold)) {
            return text;
        }
        int room = Fonts.fitting(text, Math.max(0, width - Fonts.width("...", size, bold)), size, bold);
        // cut after a whole word, so that no cut word shows a shorter one (a name) the check never saw alone
        for (int end = Math.min(room, text.length() - 1); end > 0; end--) {
            char c = text.charAt(end);
            if (c == ' ' || c == '-' || c == '/' || c == ',') {
                String kept = text.substring(0, end).strip();
                if (!kept.isEmpty()) {
                    return kept + "...";
                }
            }
        }
        String first = text.strip().split("[\\s/,-]", 2)[0];
        if (first.codePointCount(0, first.length()) < org.peermap.model.Identifying.LONG_WORD) {
            return "..."; // not even the first word fits, and it is too short to have been searched inside
        }
        return text.substring(0, room).strip() + "...";
    }


    /**
     * The gap between the parts of the details line: no-break spaces, which SVG viewers keep (they
     * collapse runs of ordinary spaces into one).
     */
    public static final String SEPARATOR = "\u00a0\u00a0\u00a0\u00a0 ";

    /** Reference, date prepared and the period the incidents span. */
    public static String details(Case c) {
        StringBuilder s = new StringBuilder("Reference " + c.reference());
        c.prepared().ifPresent(d -> s.append(SEPARATOR).append("Prepared ").append(Dates.printed(d)));
        Optional<PartialDate> first = c.incidents().stream().map(Incident::date).min(Comparator.naturalOrder());
        Optional<PartialDate> last = c.incidents().stream().map(Incident::date).max(Comparator.naturalOrder());
        c.period().describe().ifPresent(p -> s.append(SEPARATOR).append(p));
        if (first.isPresent()) {
            s.append(SEPARATOR).append("Incidents shown ").append(first.get().printed());
            if (!last.get().equals(first.get())) {
                s.append(" to ").append(last.get().printed());
            }
        }
        return s.toString();
    }
}
