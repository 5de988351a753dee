/**
 * The peer map: the graph sent to Graphviz ({@code PeerGraph}), the incident outlines kept only under the
 * legibility rules ({@code IncidentOutlines}, {@code OutlineGeometry}, {@code Bubbles}), the list of
 * incidents, and the page that holds them ({@code PeerPage}, {@code PeerMapRenderer}). Symbols, the key,
 * the title block and the writers it shares with the incident map stay in {@code org.peermap.render}.
 */
package org.peermap.render.peer;
