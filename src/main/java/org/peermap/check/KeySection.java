package org.peermap.check;

import java.util.List;
import java.util.Optional;
import org.peermap.model.Arrow;
import org.peermap.model.LineStyle;
import org.peermap.model.RelationshipType;
import org.peermap.source.Mapping;
import org.peermap.source.Scalar;

/** Checks the {@code key} section: custom relationship types, and built-in ones relabelled or restyled. */
final class KeySection {
    static final List<String> FIELDS = List.of("label", "line", "arrow", "colour", "width");

    private final Context context;

    KeySection(Context context) {
        this.context = context;
    }

    /** Adds each key entry to the context's types, replacing a built-in type of the same id. */
    void read(Mapping key) {
        for (Mapping.Entry entry : key.entries()) {
            context.declaredTypes.add(entry.key().value());
            if (!context.validId(entry.key(), "key type")) {
                continue;
            }
            context.values.mapping(entry, "a key entry", "a mapping with label, line, arrow, colour or width")
                    .flatMap(body -> type(entry.key(), body))
                    .ifPresent(type -> context.types.put(type.id(), type));
        }
    }

    private Optional<RelationshipType> type(Scalar id, Mapping body) {
        Values v = context.values;
        RelationshipType base = RelationshipType.builtIn(id.value());
        Fields f = new Fields(body, "a key entry", id.start(), FIELDS, context.diagnostics);
        Optional<String> label = base == null
                ? f.require("label", "the words shown in the key").flatMap(e -> context.text(e, f.what("label")))
                : f.get("label").flatMap(e -> context.text(e, f.what("label")));
        LineStyle line = f.get("line").flatMap(e -> v.choice(e, f.what("line"), LineStyle.class))
                .orElse(base == null ? LineStyle.SOLID : base.line());
        Arrow arrow = f.get("arrow").flatMap(e -> v.choice(e, f.what("arrow"), Arrow.class))
                .orElse(base == null ? Arrow.NONE : base.arrow());
        String colour = f.get("colour").flatMap(e -> colour(e, f.what("colour")))
                .orElse(base == null ? RelationshipType.BLACK : base.colour());
        double width = f.get("width").flatMap(e -> width(e, f.what("width")))
                .orElse(base == null ? RelationshipType.DEFAULT_WIDTH : base.width());
        if (label.isEmpty() && base == null) {
            return Optional.empty();
        }
        return Optional.of(new RelationshipType(id.value(), label.orElseGet(() -> base.label()), line, arrow, colour, width,
                base != null));
    }

    private Optional<String> colour(Mapping.Entry entry, String what) {
        if (entry.value() instanceof Scalar s && s.isEmpty() && !s.quoted()) {
            context.diagnostics.error(entry.key().start(), what + " has no value (an unquoted # starts a comment:"
                    + " write the colour in quotes, for example colour: \"#1f77b4\")");
            return Optional.empty();
        }
        return context.values.scalar(entry, what).flatMap(s -> {
            Optional<String> parsed = CssColours.parse(s.value());
            if (parsed.isEmpty()) {
                context.diagnostics.error(s.start(), what + " must be a CSS colour name (for example navy) or #rrggbb"
                        + Suggest.didYouMean(s.value().strip(), CssColours.names()));
            }
            return parsed;
        });
    }

    private Optional<Double> width(Mapping.Entry entry, String what) {
        return context.values.scalar(entry, what).flatMap(s -> {
            var d = context.values.decimal(s, what, 0, 10, "of points, more than 0 and at most 10");
            if (d.isPresent() && d.getAsDouble() == 0) {
                context.diagnostics.error(s.start(), what + " must be a number of points, more than 0 and at most 10");
                return Optional.empty();
            }
            return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
        });
    }
}
