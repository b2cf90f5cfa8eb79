package org.govgraph.store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code cypher/schema.cypher} (constraints and indexes, each {@code IF NOT EXISTS}) at start-up.
 * Running it again changes nothing; only constraints and indexes it actually created are logged.
 */
public final class SchemaInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaInitializer.class);

    private final Graph graph;
    private final CypherFile schema;

    public SchemaInitializer(Graph graph) {
        this(graph, CypherFile.load("schema"));
    }

    SchemaInitializer(Graph graph, CypherFile schema) {
        this.graph = graph;
        this.schema = schema;
    }

    /** Applies the schema and waits for the indexes to come online; returns the names it created. */
    public Set<String> apply() {
        Set<String> before = names();
        for (String statement : schema.statements()) {
            graph.write(tx -> tx.run(statement).consume());
        }
        graph.write(tx -> tx.run("CALL db.awaitIndexes(300)").consume());
        Set<String> created = new HashSet<>(names());
        created.removeAll(before);
        if (!created.isEmpty()) {
            LOG.info("Schema: created {}", created.stream().sorted().toList());
        }
        return created;
    }

    private Set<String> names() {
        Set<String> names = new HashSet<>();
        for (String query : List.of("SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name")) {
            graph.readAll(query, Map.of()).forEach(r -> names.add(r.get("name").asString()));
        }
        return names;
    }
}
