package org.peermap.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.peermap.model.Place;
import org.peermap.model.PlaceKind;
import org.peermap.source.Mapping;
import org.peermap.source.Node;
import org.peermap.source.Scalar;
import org.peermap.source.Sequence;

/** Checks the {@code places} section and builds the places. */
final class PlacesSection {
    static final List<String> FIELDS = List.of("name", "kind", "label", "public", "at", "safe");

    private final Context context;
    private final Map<String, Scalar> labels = new LinkedHashMap<>();

    PlacesSection(Context context) {
        this.context = context;
    }

    List<Place> read(Mapping places) {
        List<Place> result = new ArrayList<>();
        labels.clear();
        for (Mapping.Entry entry : places.entries()) {
            if (!context.validId(entry.key(), "place")) {
                continue;
            }
            context.values.mapping(entry, "a place", "a mapping of the place's fields (name, kind, label ...)")
                    .map(body -> place(entry.key(), body))
                    .ifPresent(result::add);
        }
        refuseNestedPlaceLabels();
        return result;
    }

    /**
     * A place label may name another place, but not one whose own label names a place, so that printed
     * labels never refer in a circle.
     */
    private void refuseNestedPlaceLabels() {
        for (Map.Entry<String, Scalar> label : labels.entrySet()) {
            Matcher m = FreeText.REFERENCE.matcher(label.getValue().value());
            while (m.find()) {
                Scalar other = labels.get(m.group(1).strip());
                if (other != null && namesPlace(other)) {
                    context.diagnostics.error(FreeText.locate(label.getValue(), m.group(),
                            FreeText.occurrence(label.getValue().value(), m.group(), m.start()), context),
                            "a place label may name a place only when that place's own label names no place");
                }
            }
        }
    }

    private boolean namesPlace(Scalar label) {
        Matcher m = FreeText.REFERENCE.matcher(label.value());
        while (m.find()) {
            if (context.placeIds.contains(m.group(1).strip())) {
                return true;
            }
        }
        return false;
    }

    private Place place(Scalar id, Mapping body) {
        Values v = context.values;
        Fields f = new Fields(body, "a place", id.start(), FIELDS, context.diagnostics);
        Optional<Scalar> nameScalar = f.get("name").flatMap(e -> v.scalar(e, f.what("name")));
        Optional<String> name = nameScalar.map(s -> s.value().strip());
        PlaceKind kind = f.get("kind").flatMap(e -> v.choice(e, f.what("kind"), PlaceKind.class))
                .orElse(PlaceKind.OTHER);
        Optional<String> label = f.get("label").flatMap(e -> v.scalar(e, f.what("label"))).map(s -> {
            FreeText.checkReferences(context.scan(s, f.what("label")), f.what("label"), false, context);
            labels.put(id.value(), s);
            return s.value().strip();
        });
        boolean isPublic = f.get("public").flatMap(e -> v.bool(e, f.what("public"))).orElse(false);
        if (isPublic) {
            // a public place's name is printed as written, so it is text like any other
            nameScalar.ifPresent(s -> context.scan(s, f.what("name") + " (a public place's, printed as written)"));
        }
        if (isPublic && kind == PlaceKind.HOME && name.isPresent()) {
            f.get("public").ifPresent(e -> context.diagnostics.warning(e.value().start(), "this home is marked"
                    + " public: true, so its name (an address, where someone lives) is printed on the maps and in the"
                    + " appendix; delete 'public: true' unless it may be read by everyone who sees them"));
        }
        Optional<Place.LatLon> at = f.get("at").flatMap(e -> latLon(e, f.what("at")));
        boolean safe = f.get("safe").flatMap(e -> v.bool(e, f.what("safe"))).orElse(false);
        return new Place(id.value(), name, kind, label, isPublic, at, safe);
    }

    private Optional<Place.LatLon> latLon(Mapping.Entry entry, String what) {
        String expected = "[latitude, longitude], for example [51.5465, -0.0553]";
        Optional<Sequence> seq = context.values.sequence(entry, what, expected);
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        List<Node> items = seq.get().items();
        if (items.size() != 2 || !(items.get(0) instanceof Scalar lat) || !(items.get(1) instanceof Scalar lon)) {
            context.diagnostics.error(seq.get().start(), what + " must be two numbers: " + expected);
            return Optional.empty();
        }
        OptionalDouble latitude = context.values.decimal(lat, "the latitude in " + what, -90, 90, "from -90 to 90");
        OptionalDouble longitude = context.values.decimal(lon, "the longitude in " + what, -180, 180,
                "from -180 to 180");
        if (latitude.isEmpty() || longitude.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Place.LatLon(latitude.getAsDouble(), longitude.getAsDouble()));
    }
}
