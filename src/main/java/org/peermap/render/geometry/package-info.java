/**
 * Pure geometry for drawing peer maps: points, boxes, Bézier flattening, arc-length walking, parallel
 * offsets, zig-zag and wavy lines, arrowheads and convex outlines. Depends on nothing but the JDK.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Screen coordinates, y down.</b> All coordinates are in points; x grows to the right and y grows
 *       <em>down</em> the page, as in SVG and Java2D.</li>
 *   <li><b>Left of travel is positive.</b> {@link org.peermap.render.geometry.Point#perpendicular()} turns a
 *       vector 90° counter-clockwise <em>as seen on the screen</em>: {@code (x, y) -> (y, -x)}, so travelling
 *       right {@code (1, 0)} its perpendicular is {@code (0, -1)}, up the page. Positive offsets, the first
 *       zig-zag peak and the first half of a positive-amplitude wave lie on this side, the traveller's left
 *       as seen on the screen.</li>
 *   <li><b>Hull orientation.</b> Hulls are returned counter-clockwise in standard mathematical orientation
 *       (positive {@link org.peermap.render.geometry.Hulls#signedArea(java.util.List) shoelace area}), which
 *       looks <em>clockwise</em> on a y-down screen. They start at the vertex with the smallest x (then
 *       smallest y) and do not repeat the first point at the end.</li>
 *   <li><b>Polylines</b> are {@code List<Point>} in drawing order. Returned lists are unmodifiable. A polyline
 *       may contain zero-length segments; every method here tolerates them.</li>
 *   <li><b>Determinism.</b> No method uses randomness, hashing order or the clock: equal inputs give equal
 *       outputs.</li>
 * </ul>
 */
package org.peermap.render.geometry;
