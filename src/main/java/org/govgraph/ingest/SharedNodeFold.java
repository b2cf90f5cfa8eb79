package org.govgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Folds what the inspections of a load state about one shared node into what the graph holds of it, statement by
 * statement in the order the load writes its files, as if each file were written on its own: a statement at
 * least as recent as the node ({@code statedAt}: fieldwork date, then inspection id) wins every value it states
 * and the name; an older one only fills values the node lacks; every other name the node was given is kept as a
 * sorted alias. The result holds every folded property, {@code null} where none is known, so that writing it
 * with {@code SET n += props} leaves exactly the folded node.
 */
final class SharedNodeFold {

    /** What one inspection states about the node: its {@code statedAt} and the properties it gives. */
    record Statement(String statedAt, Map<String, Object> props) {
        Statement {
            Objects.requireNonNull(statedAt, "statedAt");
            Objects.requireNonNull(props, "props");
        }
    }

    private SharedNodeFold() {
    }

    /**
     * The node's properties after {@code statements}, in order, were applied to {@code stored} (the node's
     * properties in the graph, or {@code null} when it is new).
     */
    static Map<String, Object> fold(SharedNodeKind kind, Map<String, Object> stored, List<Statement> statements) {
        Map<String, Object> node = new HashMap<>();
        if (stored != null) {
            node.putAll(stored);
        }
        for (Statement s : statements) {
            String statedAt = (String) node.get("statedAt");
            boolean newer = statedAt == null || s.statedAt().compareTo(statedAt) >= 0;
            List<String> names = new ArrayList<>();
            if (kind.aliased) {
                names.addAll(strings(node.get("aliases")));
                if (node.get(kind.nameField) != null) {
                    names.add((String) node.get(kind.nameField));
                }
                names.addAll(strings(s.props().get("aliases")));
                names.add((String) s.props().get(kind.nameField));
            }
            if (kind.nameField != null && newer) {
                node.put(kind.nameField, s.props().get(kind.nameField));
            }
            for (String field : kind.fields) {
                Object mine = node.get(field);
                Object theirs = s.props().get(field);
                node.put(field, newer ? (theirs != null ? theirs : mine) : (mine != null ? mine : theirs));
            }
            if (newer) {
                node.put("statedAt", s.statedAt());
            }
            if (kind.aliased) {
                names.removeIf(Objects::isNull);
                var aliases = new TreeSet<>(names);
                if (node.get(kind.nameField) != null) {
                    aliases.remove((String) node.get(kind.nameField));
                }
                node.put("aliases", List.copyOf(aliases));
            }
        }
        Map<String, Object> props = new HashMap<>();
        if (kind.nameField != null) {
            props.put(kind.nameField, node.get(kind.nameField));
        }
        for (String field : kind.fields) {
            props.put(field, node.get(field));
        }
        props.put("statedAt", node.get("statedAt"));
        if (kind.aliased) {
            props.put("aliases", node.get("aliases"));
        }
        return props;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) value) {
            out.add((String) o);
        }
        return out;
    }
}
