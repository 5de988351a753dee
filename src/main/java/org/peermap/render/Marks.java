package org.peermap.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peermap.anonymise.Printed;
import org.peermap.model.Incident;
import org.peermap.render.geometry.Point;
import org.peermap.render.scene.Shape;
import org.peermap.render.scene.Style;

/**
 * The marks of incidents on the time axis: a box whose first line is the incident's number (large and
 * bold, the same number as on the peer map and in the appendix) and its date and time (bold), then what
 * happened, and the place, sized to its text. Compact marks, for crowded maps, have only the date on the
 * first line and start the next with the time.
 */
final class Marks {
    static final double TEXT = IncidentMapRenderer.BOX_TEXT;
    static final double NUMBER_SIZE = 12.5;
    static final double LEAD = 2.5;
    private static final double PAD = 5;
    private static final double NUMBER_GAP = 5;

    private final Map<Incident, List<String>> lines;
    private final Map<Incident, Double> widths;

    private Marks(Map<Incident, List<String>> lines, Map<Incident, Double> widths) {
        this.lines = lines;
        this.widths = widths;
    }

    private static double numberWidth(Incident i) {
        return Fonts.width(Integer.toString(i.number()), NUMBER_SIZE, true);
    }

    /** The marks of {@code sorted}, their text wrapped to {@code width} (the first line is never cut). */
    static Marks of(List<Incident> sorted, Printed printed, double width, boolean compact) {
        Map<Incident, List<String>> lines = new LinkedHashMap<>();
        Map<Incident, Double> widths = new LinkedHashMap<>();
        for (Incident i : sorted) {
            List<String> text = new ArrayList<>();
            String time = i.time().map(Dates::time).orElse("");
            text.add(i.date().printed() + (compact || time.isEmpty() ? "" : " " + time));
            double first = numberWidth(i) + NUMBER_GAP + Fonts.width(text.get(0), TEXT, true);
            double textWidth = Math.max(width, first);
            String what = printed.text(i.label().orElse(i.what()));
            text.addAll(TextWrap.wrap((compact && !time.isEmpty() ? time + " " : "") + what, textWidth, TEXT, false));
            i.place().ifPresent(p -> text.addAll(TextWrap.wrap("at " + printed.place(p), textWidth, TEXT, false)));
            double w = first;
            for (int k = 1; k < text.size(); k++) {
                w = Math.max(w, Fonts.width(text.get(k), TEXT, false));
            }
            lines.put(i, text);
            widths.put(i, Math.ceil(PAD + w + PAD));
        }
        return new Marks(lines, widths);
    }

    /** The widths of the marks of {@code sorted}, in that order. */
    List<Double> widths(List<Incident> sorted) {
        return sorted.stream().map(widths::get).toList();
    }

    double height(Incident i) {
        return 5 + NUMBER_SIZE * 0.76 + (lines.get(i).size() - 1) * (TEXT + LEAD) + 1 + 6;
    }

    double maxHeight(List<Incident> incidents) {
        return incidents.stream().mapToDouble(this::height).max().orElse(0);
    }

    /** The mark of a slot's incident, centred on the axis at height {@code axis}. */
    Shape draw(Timeline.Slot slot, double axis) {
        Incident i = slot.incident();
        double h = height(i);
        double top = axis - h / 2;
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape.Rect(slot.x(), top, slot.width(), h, 3, Style.stroke(Style.BLACK, 1).withFill("#ffffff")));
        double baseline = top + 5 + NUMBER_SIZE * 0.76;
        shapes.add(new Shape.Text(new Point(slot.x() + PAD, baseline), Integer.toString(i.number()), NUMBER_SIZE, true,
                Shape.Anchor.START, Style.BLACK));
        List<String> text = lines.get(i);
        shapes.add(new Shape.Text(new Point(slot.x() + PAD + numberWidth(i) + NUMBER_GAP, baseline), text.get(0), TEXT,
                true, Shape.Anchor.START, Style.BLACK));
        baseline += TEXT + LEAD + 1;
        for (int k = 1; k < text.size(); k++) {
            shapes.add(new Shape.Text(new Point(slot.x() + PAD, baseline), text.get(k), TEXT, false, Shape.Anchor.START,
                    Style.BLACK));
            baseline += TEXT + LEAD;
        }
        if (i.how().marked()) {
            // reported or unverified: the "?" square on the mark's top right corner, as on the peer map
            shapes.addAll(KnownMark.at(new Point(slot.x() + slot.width() - 1, top + 1)));
        }
        return new Shape.Group("pm-event", List.of(Shape.Data.of("incident", i.number())), shapes);
    }
}
