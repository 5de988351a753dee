package org.peermap.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peermap.model.Incident;
import org.peermap.model.PartialDate;

/**
 * Where incidents go along a time axis: in date order, with the distance between two incidents growing
 * with the time between them, so that gaps are visible, up to {@link #BREAK_DAYS}; a longer gap is
 * drawn at a fixed width with a marked break, so that five incidents over two years still fit a page.
 */
final class Timeline {
    /** Gaps longer than this are compressed and marked with a break. */
    static final double BREAK_DAYS = 45;
    /** Points per day of a gap below the break. */
    static final double POINTS_PER_DAY = 1.4;
    /** The width a break takes. */
    static final double BREAK_WIDTH = 30;
    /** The size of the words saying how long a break is. */
    static final double LABEL_SIZE = IncidentMapRenderer.BOX_TEXT;

    /** An incident's place on the axis: its left edge, and its width. */
    record Slot(Incident incident, double x, double width) {
        double centre() {
            return x + width / 2;
        }
    }

    /** A compressed gap: where its mark goes, and how long it was. */
    record Break(double x, long days) {}

    private final List<Slot> slots = new ArrayList<>();
    private final List<Break> breaks = new ArrayList<>();
    private final double width;

    /**
     * @param sorted incidents in date order
     * @param widths the width of each incident's mark
     * @param gap the least space between two marks
     */
    Timeline(List<Incident> sorted, List<Double> widths, double gap) {
        this(sorted, widths, gap, POINTS_PER_DAY);
    }

    /**
     * @param pointsPerDay how much room a day of a gap shorter than a break takes (less on a crowded page)
     */
    Timeline(List<Incident> sorted, List<Double> widths, double gap, double pointsPerDay) {
        double x = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                double days = days(sorted.get(i - 1), sorted.get(i));
                x += gap;
                if (days > BREAK_DAYS) {
                    double breakWidth = Math.max(BREAK_WIDTH, Fonts.width(duration(Math.round(days)), LABEL_SIZE, false)
                            - gap + 6);
                    breaks.add(new Break(x + breakWidth / 2 - gap / 2, Math.round(days)));
                    x += breakWidth;
                } else {
                    x += days * pointsPerDay;
                }
            }
            slots.add(new Slot(sorted.get(i), x, widths.get(i)));
            x += widths.get(i);
        }
        width = x;
    }

    List<Slot> slots() {
        return slots;
    }

    List<Break> breaks() {
        return breaks;
    }

    double width() {
        return width;
    }

    /** Days between two incidents; a month-only date counts as the middle of its month. */
    static double days(Incident a, Incident b) {
        return Math.max(0, time(b) - time(a));
    }

    private static double time(Incident i) {
        PartialDate d = i.date();
        double day = d.day().isPresent()
                ? LocalDate.of(d.year(), d.month(), d.day().getAsInt()).toEpochDay()
                : LocalDate.of(d.year(), d.month(), 1).toEpochDay() + 14;
        return day + i.time().map(t -> t.toSecondOfDay() / 86400.0).orElse(0.5);
    }

    /** "3 months", "7 weeks", "1 year 2 months": how long a break stands for, in words. */
    static String duration(long days) {
        if (days < 70) {
            return Math.round(days / 7.0) + " weeks";
        }
        long months = Math.round(days / 30.44);
        if (months < 12) {
            return months + " months";
        }
        long years = months / 12;
        long rest = months % 12;
        return years + (years == 1 ? " year" : " years") + (rest == 0 ? "" : " " + rest + (rest == 1 ? " month"
                : " months"));
    }
}
