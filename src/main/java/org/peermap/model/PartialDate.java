package org.peermap.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date that may be known only to the month ({@code 2019-05}) or to the day ({@code 2019-05-11}).
 * A month-only date sorts before the days of that month.
 */
public record PartialDate(int year, int month, OptionalInt day) implements Comparable<PartialDate> {

    private static final Comparator<PartialDate> ORDER = Comparator
            .comparingInt(PartialDate::year)
            .thenComparingInt(PartialDate::month)
            .thenComparingInt(d -> d.day().orElse(0));

    public PartialDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month out of range");
        }
        if (day.isPresent()) {
            LocalDate.of(year, month, day.getAsInt()); // throws when the day does not exist
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), OptionalInt.of(date.getDayOfMonth()));
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, OptionalInt.empty());
    }

    /** The full date when the day is known. */
    public Optional<LocalDate> toLocalDate() {
        return day.isPresent() ? Optional.of(LocalDate.of(year, month, day.getAsInt())) : Optional.empty();
    }

    /** The last day the date may mean: itself, or for a month the month's last day. */
    public LocalDate lastDay() {
        return toLocalDate().orElseGet(() -> java.time.YearMonth.of(year, month).atEndOfMonth());
    }

    /** Day first, as UK practice reads dates: {@code 11/05/2019}, or {@code 05/2019} for a month. */
    public String printed() {
        String monthYear = String.format(java.util.Locale.ROOT, "%02d/%04d", month, year);
        return day.isPresent() ? String.format(java.util.Locale.ROOT, "%02d/", day.getAsInt()) + monthYear : monthYear;
    }

    /** As written in a case file: {@code 2019-05-11} or {@code 2019-05}. */
    public String iso() {
        String yearMonth = String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
        return day.isPresent() ? yearMonth + String.format(java.util.Locale.ROOT, "-%02d", day.getAsInt()) : yearMonth;
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }
}
