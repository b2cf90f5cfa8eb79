package org.govgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns the values of a console result into JSON-ready ones, and gathers the nodes and relationships met on
 * the way into a graph that can be drawn.
 */
final class ConsoleValues {

    /** A node of the result graph. */
    public record GraphNode(String id, List<String> labels, Map<String, Object> properties) {
    }

    /** A relationship of the result graph. */
    public record GraphRelationship(String id, String type, String start, String end, Map<String, Object> properties) {
    }

    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final Map<String, GraphRelationship> relationships = new LinkedHashMap<>();

    Object convert(Value value) {
        var type = TypeSystem.getDefault();
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.hasType(type.NODE())) {
            return node(value.asNode());
        }
        if (value.hasType(type.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        }
        if (value.hasType(type.PATH())) {
            Path path = value.asPath();
            List<Object> nodeList = new ArrayList<>();
            path.nodes().forEach(n -> nodeList.add(node(n)));
            List<Object> relList = new ArrayList<>();
            path.relationships().forEach(r -> relList.add(relationship(r)));
            return Map.of("nodes", nodeList, "relationships", relList);
        }
        if (value.hasType(type.LIST())) {
            return value.asList(this::convert);
        }
        if (value.hasType(type.MAP())) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.keys().forEach(k -> map.put(k, convert(value.get(k))));
            return map;
        }
        if (value.hasType(type.BOOLEAN()) || value.hasType(type.INTEGER()) || value.hasType(type.FLOAT())
                || value.hasType(type.STRING())) {
            return value.asObject();
        }
        if (value.hasType(type.BYTES())) {
            return java.util.Base64.getEncoder().encodeToString(value.asByteArray());
        }
        return value.toString(); // dates, times, durations, points: their Cypher text
    }

    private GraphNode node(Node n) {
        return nodes.computeIfAbsent(n.elementId(), id -> {
            List<String> labels = new ArrayList<>();
            n.labels().forEach(labels::add);
            return new GraphNode(id, labels, properties(n.asMap(v -> v)));
        });
    }

    private GraphRelationship relationship(Relationship r) {
        return relationships.computeIfAbsent(r.elementId(), id -> new GraphRelationship(id, r.type(),
                r.startNodeElementId(), r.endNodeElementId(), properties(r.asMap(v -> v))));
    }

    private Map<String, Object> properties(Map<String, Value> props) {
        Map<String, Object> out = new LinkedHashMap<>();
        props.forEach((k, v) -> out.put(k, convert(v)));
        return out;
    }

    List<GraphNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /** Relationships whose two ends are both in the graph. */
    List<GraphRelationship> relationships() {
        return relationships.values().stream()
                .filter(r -> nodes.containsKey(r.start()) && nodes.containsKey(r.end())).toList();
    }
}
