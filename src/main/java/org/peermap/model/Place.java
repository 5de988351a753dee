package org.peermap.model;

import java.util.Optional;

/** A place that matters to the case. A place's name is printed only when it is {@code public}. */
public record Place(
        String id,
        Optional<String> name,
        PlaceKind kind,
        Optional<String> label,
        boolean isPublic,
        Optional<LatLon> at,
        boolean safe) {

    /** A place that is not marked safe. */
    public Place(String id, Optional<String> name, PlaceKind kind, Optional<String> label, boolean isPublic,
            Optional<LatLon> at) {
        this(id, name, kind, label, isPublic, at, false);
    }

    /** A latitude and longitude in degrees. */
    public record LatLon(double latitude, double longitude) {}
}
