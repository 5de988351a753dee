package org.peermap.model;

import java.util.Optional;

/**
 * Which part of a case's history a map shows: all of it, the case as it stood on a date ({@code asAt}),
 * or the incidents between two dates ({@code from}, {@code to}, both included).
 */
public record Period(Optional<PartialDate> asAt, Optional<PartialDate> from, Optional<PartialDate> to) {

    public static final Period ALL = new Period(Optional.empty(), Optional.empty(), Optional.empty());

    public boolean isAll() {
        return asAt.isEmpty() && from.isEmpty() && to.isEmpty();
    }

    /**
     * True when a relationship or whereabouts known since {@code date} is shown: known by the as-at date. A date
     * known only by its month may be any day of it, so it counts as known by the as-at date only when that is
     * the month's end (or later); an as-at date given as a month means its end.
     */
    public boolean shows(PartialDate date) {
        return asAt.map(a -> latest(date).compareTo(latest(a)) <= 0).orElse(true);
    }

    /** The last day a date could be: itself, or the end of its month when only the month is known. */
    private static java.time.LocalDate latest(PartialDate date) {
        java.time.YearMonth month = java.time.YearMonth.of(date.year(), date.month());
        return date.day().isPresent() ? month.atDay(date.day().getAsInt()) : month.atEndOfMonth();
    }

    /** True when an incident of that date is shown. */
    public boolean showsIncident(PartialDate date) {
        return shows(date)
                && from.map(f -> date.compareTo(f) >= 0 || sameMonth(date, f)).orElse(true)
                && to.map(t -> date.compareTo(t) <= 0 || sameMonth(date, t)).orElse(true);
    }

    private static boolean sameMonth(PartialDate a, PartialDate b) {
        return a.year() == b.year() && a.month() == b.month() && (a.day().isEmpty() || b.day().isEmpty());
    }

    /** How the title block states the period, for example {@code As at 11/05/2019}. */
    public Optional<String> describe() {
        if (isAll()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder();
        asAt.ifPresent(a -> s.append("As at ").append(a.printed()).append(a.day().isPresent()
                && a.day().getAsInt() < java.time.YearMonth.of(a.year(), a.month()).lengthOfMonth()
                ? " (anything dated only by its month counts from the month's end)" : ""));
        if (from.isPresent() || to.isPresent()) {
            s.append(s.length() == 0 ? "" : ", ").append("incidents ")
                    .append(from.map(f -> "from " + f.printed()).orElse(""))
                    .append(from.isPresent() && to.isPresent() ? " " : "")
                    .append(to.map(t -> "to " + t.printed()).orElse(""));
        }
        return Optional.of(s.toString());
    }
}
