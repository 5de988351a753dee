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
 * The marks of incidents on the time axis: a box holding the date and time (bold), what happened, and
 * the place, sized to its text.
 */
final class Marks {
    private final Map<Incident, List<String>> lines;
    private final Map<Incident, Double> widths;

    private Marks(Map<Incident, List<String>> lines, Map<Incident, Double> widths) {
        this.lines = lines;
        this.widths = widths;
    }

    static Marks of(List<Incident> sorted, Printed printed) {
        Map<Incident, List<String>> lines = new LinkedHashMap<>();
        Map<Incident, Double> widths = new LinkedHashMap<>();
        double size = IncidentMapRenderer.BOX_TEXT;
        for (Incident i : sorted) {
            List<String> text = new ArrayList<>();
            text.add(i.date().printed() + i.time().map(t -> " " + Dates.time(t)).orElse(""));
            String what = printed.text(i.label().orElse(i.what()));
            text.addAll(TextWrap.wrap(what, IncidentMapRenderer.BOX_MAX_WIDTH - 12, size, false));
            i.place().ifPresent(p -> text.add("at " + printed.place(p)));
            double w = IncidentMapRenderer.BOX_MIN_WIDTH;
            for (int k = 0; k < text.size(); k++) {
                w = Math.max(w, Fonts.width(text.get(k), size, k == 0) + 12);
            }
            lines.put(i, text);
            widths.put(i, Math.ceil(Math.min(w, IncidentMapRenderer.BOX_MAX_WIDTH + 12)));
        }
        return new Marks(lines, widths);
    }

    List<Double> widths() {
        return List.copyOf(widths.values());
    }

    double height(Incident i) {
        return lines.get(i).size() * (IncidentMapRenderer.BOX_TEXT + 2.5) + 8;
    }

    double maxHeight() {
        return lines.keySet().stream().mapToDouble(this::height).max().orElse(0);
    }

    List<Shape> draw(Timeline.Slot slot) {
        Incident i = slot.incident();
        double h = height(i);
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape.Rect(slot.x(), -h / 2, slot.width(), h, 3,
                Style.stroke(Style.BLACK, 1).withFill("#ffffff")));
        double baseline = -h / 2 + 4 + IncidentMapRenderer.BOX_TEXT * 0.95;
        List<String> text = lines.get(i);
        for (int k = 0; k < text.size(); k++) {
            shapes.add(new Shape.Text(new Point(slot.x() + 6, baseline), text.get(k), IncidentMapRenderer.BOX_TEXT,
                    k == 0, Shape.Anchor.START, Style.BLACK));
            baseline += IncidentMapRenderer.BOX_TEXT + 2.5;
        }
        return shapes;
    }
}
