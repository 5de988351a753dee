package org.peermap.render;

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

    private PeerGraph(Case c, Printed printed) {
        people = c.people();
        nodes = new ArrayList<>();
        index = new HashMap<>();
        for (Person p : people) {
            index.put(p.id(), nodes.size());
            nodes.add(PersonNode.of(p, printed));
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
        List<Graph.Group> groups = new ArrayList<>();
        for (Incident incident : c.incidents()) {
            groups.add(new Graph.Group(incident.involved().stream().map(index::get).toList()));
        }
        List<Graph.Node> graphNodes = nodes.stream()
                .map(n -> new Graph.Node(n.width(), n.height(), n.kind() == PersonKind.YOUNG_PERSON)).toList();
        graph = new Graph(graphNodes, edges, groups);
    }

    public static PeerGraph of(Case c, Printed printed) {
        return new PeerGraph(c, printed);
    }

    public Graph graph() {
        return graph;
    }

    public List<PersonNode> nodes() {
        return nodes;
    }

    public int node(String personId) {
        return index.get(personId);
    }

    public Route route(Relationship r) {
        return routes.get(r);
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }
}
