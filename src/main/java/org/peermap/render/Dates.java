package org.peermap.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/** Dates and times as UK practice reads them: {@code 11/05/2019}, {@code 22:10}. */
public final class Dates {
    private Dates() {}

    public static String printed(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }

    /** A date as short as it can be read: {@code 11/05/19}, or {@code 09/19} when the day is not known. */
    public static String shortDate(org.peermap.model.PartialDate date) {
        String yy = String.format(Locale.ROOT, "%02d", Math.floorMod(date.year(), 100));
        return date.day().isPresent()
                ? String.format(Locale.ROOT, "%02d/%02d/", date.day().getAsInt(), date.month()) + yy
                : String.format(Locale.ROOT, "%02d/", date.month()) + yy;
    }

    public static String time(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }
}
