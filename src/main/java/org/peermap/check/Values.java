package org.peermap.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peermap.diagnostic.Diagnostics;
import org.peermap.model.Named;
import org.peermap.model.PartialDate;
import org.peermap.source.Mapping;
import org.peermap.source.Node;
import org.peermap.source.Scalar;
import org.peermap.source.Sequence;

/**
 * Types the text values of a case file. Every method reports what is wrong at the value and returns
 * empty; messages name the field and what was expected, never the value itself.
 */
final class Values {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern WHOLE = Pattern.compile("[+]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final String DATE_FORMS = "YYYY-MM-DD, or YYYY-MM when the day is not known, for example 2019-05-11";

    private final Diagnostics diagnostics;

    Values(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** A non-empty text value. */
    Optional<Scalar> scalar(Mapping.Entry entry, String what) {
        Node value = entry.value();
        if (value instanceof Scalar s) {
            if (s.value().isBlank()) {
                diagnostics.error(s.isEmpty() && !s.quoted() ? entry.key().start() : s.start(),
                        what + " has no value");
                return Optional.empty();
            }
            return Optional.of(s);
        }
        diagnostics.error(value.start(), what + " must be text, not " + value.describe());
        return Optional.empty();
    }

    Optional<String> text(Mapping.Entry entry, String what) {
        return scalar(entry, what).map(s -> s.value().strip());
    }

    Optional<Mapping> mapping(Mapping.Entry entry, String what, String expected) {
        return shaped(entry, Mapping.class, what, expected);
    }

    Optional<Sequence> sequence(Mapping.Entry entry, String what, String expected) {
        return shaped(entry, Sequence.class, what, expected);
    }

    /** The value when it has the expected shape; else an error saying what was expected and found. */
    private <T extends Node> Optional<T> shaped(Mapping.Entry entry, Class<T> shape, String what, String expected) {
        if (shape.isInstance(entry.value())) {
            return Optional.of(shape.cast(entry.value()));
        }
        if (entry.value() instanceof Scalar s && s.isEmpty() && !s.quoted()) {
            diagnostics.error(entry.key().start(), what + " has no value; expected " + expected);
        } else {
            diagnostics.error(entry.value().start(),
                    what + " must be " + expected + ", not " + entry.value().describe());
        }
        return Optional.empty();
    }

    /**
     * A list of text values. A single text value is read as a list of one, as people write
     * {@code agencies: YOT}.
     */
    Optional<List<Scalar>> textList(Mapping.Entry entry, String what) {
        Node value = entry.value();
        if (value instanceof Scalar) {
            return scalar(entry, what).map(List::of);
        }
        if (!(value instanceof Sequence seq)) {
            diagnostics.error(value.start(), what + " must be a list of text, for example [a, b], not "
                    + value.describe());
            return Optional.empty();
        }
        List<Scalar> items = new ArrayList<>();
        boolean ok = true;
        for (Node item : seq.items()) {
            if (item instanceof Scalar s && !s.value().isBlank()) {
                items.add(s);
            } else {
                diagnostics.error(item.start(), "each item of " + what + " must be text, not "
                        + (item instanceof Scalar ? "an empty value" : item.describe()));
                ok = false;
            }
        }
        return ok ? Optional.of(items) : Optional.empty();
    }

    Optional<Boolean> bool(Mapping.Entry entry, String what) {
        return scalar(entry, what).flatMap(s -> {
            switch (s.value()) {
                case "true":
                    return Optional.of(true);
                case "false":
                    return Optional.of(false);
                default:
                    diagnostics.error(s.start(), what + " must be true or false");
                    return Optional.empty();
            }
        });
    }

    OptionalInt wholeNumber(Mapping.Entry entry, String what, int min, int max) {
        Optional<Scalar> s = scalar(entry, what);
        if (s.isEmpty()) {
            return OptionalInt.empty();
        }
        String text = s.get().value().strip();
        if (WHOLE.matcher(text).matches()) {
            int n = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
            if (n >= min && n <= max) {
                return OptionalInt.of(n);
            }
        }
        diagnostics.error(s.get().start(), what + " must be a whole number from " + min + " to " + max);
        return OptionalInt.empty();
    }

    OptionalDouble decimal(Scalar s, String what, double min, double max, String range) {
        String text = s.value().strip();
        if (DECIMAL.matcher(text).matches()) {
            double d = Double.parseDouble(text);
            if (d >= min && d <= max) {
                return OptionalDouble.of(d);
            }
        }
        diagnostics.error(s.start(), what + " must be a number " + range);
        return OptionalDouble.empty();
    }

    /** One of a fixed set of words, with a suggestion when the value is close to one. */
    <E extends Enum<E> & Named> Optional<E> choice(Mapping.Entry entry, String what, Class<E> type) {
        return scalar(entry, what).flatMap(s -> {
            Optional<E> parsed = Named.parse(type, s.value().strip());
            if (parsed.isEmpty()) {
                List<String> words = Named.words(type);
                diagnostics.error(s.start(), what + " must be one of: " + String.join(", ", words)
                        + Suggest.didYouMean(s.value().strip(), words));
            }
            return parsed;
        });
    }

    /** A date, {@code YYYY-MM-DD}, or also {@code YYYY-MM} when {@code monthAllowed}. */
    Optional<PartialDate> date(Mapping.Entry entry, String what, boolean monthAllowed) {
        Optional<Scalar> s = scalar(entry, what);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String forms = monthAllowed ? DATE_FORMS : "YYYY-MM-DD, for example 2019-11-20";
        Matcher m = DATE.matcher(s.get().value().strip());
        if (!m.matches() || (m.group(3) == null && !monthAllowed)) {
            diagnostics.error(s.get().start(), what + " must be a date written " + forms);
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (year < 1900 || year > 2100) {
            diagnostics.error(s.get().start(), what + " has a year outside 1900-2100");
            return Optional.empty();
        }
        if (month < 1 || month > 12) {
            diagnostics.error(s.get().start(), what + " has a month outside 01-12; expected " + forms);
            return Optional.empty();
        }
        if (m.group(3) == null) {
            return Optional.of(PartialDate.ofMonth(year, month));
        }
        try {
            return Optional.of(PartialDate.of(LocalDate.of(year, month, Integer.parseInt(m.group(3)))));
        } catch (DateTimeException e) {
            diagnostics.error(s.get().start(), what + " is not a real date: that month has no such day");
            return Optional.empty();
        }
    }

    /** A time of day, {@code HH:MM}. */
    Optional<LocalTime> time(Mapping.Entry entry, String what) {
        Optional<Scalar> s = scalar(entry, what);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(s.get().value().strip());
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour <= 23 && minute <= 59) {
                return Optional.of(LocalTime.of(hour, minute));
            }
        }
        diagnostics.error(s.get().start(), what + " must be a time of day written HH:MM, from 00:00 to 23:59");
        return Optional.empty();
    }
}
