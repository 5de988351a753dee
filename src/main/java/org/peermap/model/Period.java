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

    /** True when a relationship or whereabouts known since {@code date} is shown: not after the as-at date. */
    public boolean shows(PartialDate date) {
        return asAt.map(a -> date.compareTo(a) <= 0).orElse(true);
    }

    /** True when an incident of that date is shown. */
    public boolean showsIncident(PartialDate date) {
        return asAt.map(a -> date.compareTo(a) <= 0).orElse(true)
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
        asAt.ifPresent(a -> s.append("As at ").append(a.printed()));
        if (from.isPresent() || to.isPresent()) {
            s.append(s.length() == 0 ? "" : ", ").append("incidents ")
                    .append(from.map(f -> "from " + f.printed()).orElse(""))
                    .append(from.isPresent() && to.isPresent() ? " " : "")
                    .append(to.map(t -> "to " + t.printed()).orElse(""));
        }
        return Optional.of(s.toString());
    }
}
