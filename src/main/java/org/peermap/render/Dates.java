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

    public static String time(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }
}
