package org.peermap.render.peer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peermap.layout.Layout;
import org.peermap.model.Place;

/**
 * A schematic projection of places' coordinates, offline (no map tiles): longitude to x, latitude to y
 * (north up), scaled so the places spread over about {@link #SPREAD} points, keeping their relative
 * positions. Nothing of the coordinates is printed.
 */
final class Geography {
    static final double SPREAD = 240;

    private final Map<String, Layout.XY> pins = new HashMap<>();

    Geography(List<Place> places) {
        List<Place> located = places.stream().filter(p -> p.at().isPresent()).toList();
        if (located.size() < 2) {
            return;
        }
        double meanLat = located.stream().mapToDouble(p -> p.at().get().latitude()).average().orElse(0);
        double shrink = Math.cos(Math.toRadians(meanLat));
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Place p : located) {
            double x = p.at().get().longitude() * shrink;
            double y = p.at().get().latitude();
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double extent = Math.max(maxX - minX, maxY - minY);
        if (extent <= 0) {
            return;
        }
        for (Place p : located) {
            double x = (p.at().get().longitude() * shrink - minX) / extent * SPREAD;
            double y = (p.at().get().latitude() - minY) / extent * SPREAD;
            pins.put(p.id(), new Layout.XY(x, y));
        }
    }

    Optional<Layout.XY> pin(String placeId) {
        return Optional.ofNullable(pins.get(placeId));
    }
}
