package org.peermap.render.peer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peermap.anonymise.Printed;
import org.peermap.layout.Graph;
import org.peermap.model.Case;
import org.peermap.model.Incident;
import org.peermap.model.Person;
import org.peermap.model.PersonKind;
import org.peermap.model.Relationship;
import org.peermap.model.Whereabouts;
import org.peermap.render.PersonNode;
import org.peermap.render.PlaceDrawer;

/**
 * The peer map as a graph for Graphviz: one node per person (sized to its label), one edge per pair of
 * people who have any relationship (several relationships between the same two people share the route
 * and are drawn side by side), and one group per incident.
 */
public final class PeerGraph {
    private final List<Person> people;
    private final List<PersonNode> nodes;
    private final Map<String, Integer> index;
    private final Map<Relationship, Route> routes;
    private final Graph graph;

    /** Where a relationship runs: which graph edge, whether against its direction, and its slot side by side. */
    public record Route(int edge, boolean reversed, int slot, int slots) {}

    /** A place drawn on the peer map (with {@code --places}): its printed label and node number. */
    /** A place on the map; {@code safe} when the case marks it a safe or protective place. */
    public record PlaceNode(String label, int node, int number, boolean safe) {}

    /** A whereabouts line: which graph edge it runs along. */
    public record Link(Whereabouts whereabouts, int edge) {}

    private final List<PlaceNode> placeNodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    private PeerGraph(Case c, Printed printed, boolean places, boolean geo, java.util.Set<Integer> unoutlined,
            boolean compact, boolean practice) {
        people = c.people();
        nodes = new ArrayList<>();
        index = new HashMap<>();
        for (Person p : people) {
            index.put(p.id(), nodes.size());
            nodes.add(compact ? PersonNode.compact(p, printed) : PersonNode.of(p, printed, c.incidents().stream()
                    .filter(i -> i.involved().contains(p.id())).map(Incident::number).toList(), practice));
        }
        Map<Long, List<Relationship>> byPair = new LinkedHashMap<>();
        for (Relationship r : c.relationships()) {
            int a = index.get(r.a());
            int b = index.get(r.b());
            byPair.computeIfAbsent(key(Math.min(a, b), Math.max(a, b)), k -> new ArrayList<>()).add(r);
        }
        routes = new LinkedHashMap<>();
        List<Graph.Edge> edges = new ArrayList<>();
        for (Map.Entry<Long, List<Relationship>> pair : byPair.entrySet()) {
            int from = (int) (pair.getKey() >> 32);
            int to = (int) (pair.getKey() & 0xffffffffL);
            int edge = edges.size();
            edges.add(new Graph.Edge(from, to, 1.0));
            List<Relationship> rs = pair.getValue();
            for (int slot = 0; slot < rs.size(); slot++) {
                Relationship r = rs.get(slot);
                routes.put(r, new Route(edge, index.get(r.a()) != from, slot, rs.size()));
            }
        }
        List<Graph.Node> extra = new ArrayList<>();
        if (places) {
            Geography pins = new Geography(c.places());
            Map<String, Integer> placeIndex = new HashMap<>();
            for (Whereabouts w : c.whereabouts()) {
                if (!index.containsKey(w.person())) {
                    continue;
                }
                Integer node = placeIndex.get(w.place());
                if (node == null) {
                    node = nodes.size() + extra.size();
                    placeIndex.put(w.place(), node);
                    String label = printed.place(w.place());
                    boolean safe = c.places().stream().anyMatch(p -> p.id().equals(w.place()) && p.safe());
                    placeNodes.add(new PlaceNode(label, node, placeNumber(c, w.place()), safe));
                    extra.add(new Graph.Node(PlaceDrawer.width(label), PlaceDrawer.HEIGHT, false,
                            geo ? pins.pin(w.place()) : java.util.Optional.empty()));
                }
                links.add(new Link(w, edges.size()));
                edges.add(new Graph.Edge(index.get(w.person()), node, geo ? 2.0 : 1.6));
            }
        }
        List<Graph.Group> groups = new ArrayList<>();
        for (Incident incident : c.incidents()) {
            if (unoutlined.contains(incident.number())) {
                continue;
            }
            groups.add(new Graph.Group(incident.involved().stream().map(index::get).toList()));
        }
        List<Graph.Node> graphNodes = new ArrayList<>(nodes.stream()
                .map(n -> new Graph.Node(n.width(), n.height(), n.kind() == PersonKind.YOUNG_PERSON)
                        .withMargin(IncidentOutlines.room((int) n.incidents().stream()
                                .filter(k -> !unoutlined.contains(k)).count()))).toList());
        graphNodes.addAll(extra);
        graph = new Graph(graphNodes, edges, groups);
    }

    public static PeerGraph of(Case c, Printed printed) {
        return new PeerGraph(c, printed, false, false, java.util.Set.of(), false, true);
    }

    /**
     * The graph of a page on which the incidents {@code unoutlined} get no outline (a view's page, where
     * only some of their people are): no room is kept for them and their people are not pulled together.
     * With {@code practice}, young people's shapes hold their risk level and workers when the case gives them.
     */
    public static PeerGraph of(Case c, Printed printed, boolean places, boolean geo,
            java.util.Set<Integer> unoutlined, boolean practice) {
        return new PeerGraph(c, printed, places || geo, geo, unoutlined, false, practice);
    }

    /**
     * The graph with the places people are linked to by whereabouts, as their own nodes; with {@code geo},
     * places that have coordinates are pinned where they lie relative to each other (a schematic, north
     * up), and people settle beside their places.
     */
    public static PeerGraph withPlaces(Case c, Printed printed, boolean geo) {
        return new PeerGraph(c, printed, true, geo, java.util.Set.of(), false, true);
    }

    /**
     * The graph of an overview of a large group: every person as a small node with their label alone, the
     * relationships, and no incidents (they have pages of their own).
     */
    public static PeerGraph overview(Case c, Printed printed) {
        return new PeerGraph(c, printed, false, false, java.util.Set.of(), true, false);
    }

    /** The same people, lines and places laid out as {@code other} (the same graph with other starting points). */
    public PeerGraph withGraph(Graph other) {
        return new PeerGraph(this, other);
    }

    private PeerGraph(PeerGraph from, Graph graph) {
        this.people = from.people;
        this.nodes = from.nodes;
        this.index = from.index;
        this.routes = from.routes;
        this.graph = graph;
        this.placeNodes.addAll(from.placeNodes);
        this.links.addAll(from.links);
    }

    public Graph graph() {
        return graph;
    }

    /**
     * Whether no layout of these shapes can fit {@code paper} at 8 pt when Graphviz keeps {@code room} points clear
     * round each: too many people for the paper, whatever the layout.
     */
    public boolean cannotFit(org.peermap.model.Paper paper, double room) {
        return PeerPage.cannotFit(paper, graph.nodes(), room);
    }

    public List<PersonNode> nodes() {
        return nodes;
    }

    public List<PlaceNode> places() {
        return placeNodes;
    }

    public List<Link> links() {
        return links;
    }

    public int node(String personId) {
        return index.get(personId);
    }

    public Route route(Relationship r) {
        return routes.get(r);
    }

    private static int placeNumber(Case c, String id) {
        for (int i = 0; i < c.places().size(); i++) {
            if (c.places().get(i).id().equals(id)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("a whereabouts names a place the check stage should have refused");
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }
}
