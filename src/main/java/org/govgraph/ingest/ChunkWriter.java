package org.govgraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govgraph.store.CypherFile;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes one {@link ChunkRows} inside a transaction it is given, with the statements of {@code cypher/load/}: the
 * shared nodes first (read, folded, written), then the links between them, the inspections, what their earlier
 * files said and their new ones do not (removed), and the facts each inspection owns. Each statement runs once
 * per chunk; a statement with no rows is not sent.
 */
final class ChunkWriter {

    private final Map<SharedNodeKind, CypherFile> shared = new EnumMap<>(SharedNodeKind.class);
    private final CypherFile links = CypherFile.load("load/links");
    private final CypherFile inspections = CypherFile.load("load/inspections");
    private final CypherFile prune = CypherFile.load("load/prune");
    private final CypherFile facts = CypherFile.load("load/facts");
    private final CypherFile statements = CypherFile.load("load/statements");

    ChunkWriter() {
        for (SharedNodeKind kind : SharedNodeKind.values()) {
            shared.put(kind, kind.cypher());
        }
    }

    /** Counts of what a write changed, summed over its statements. */
    static final class Counts {
        long nodesCreated;
        long relationshipsCreated;
        long propertiesSet;
        long nodesDeleted;
        long relationshipsDeleted;

        void add(SummaryCounters c) {
            nodesCreated += c.nodesCreated();
            relationshipsCreated += c.relationshipsCreated();
            propertiesSet += c.propertiesSet();
            nodesDeleted += c.nodesDeleted();
            relationshipsDeleted += c.relationshipsDeleted();
        }

        void add(Counts c) {
            nodesCreated += c.nodesCreated;
            relationshipsCreated += c.relationshipsCreated;
            propertiesSet += c.propertiesSet;
            nodesDeleted += c.nodesDeleted;
            relationshipsDeleted += c.relationshipsDeleted;
        }
    }

    /** Writes the chunk in {@code tx}; returns what it changed. */
    Counts write(TransactionContext tx, ChunkRows rows) {
        Counts counts = new Counts();
        for (SharedNodeKind kind : SharedNodeKind.values()) {
            writeShared(tx, kind, rows.shared.get(kind), counts);
        }
        run(tx, links, 0, "successions", rows.successions, counts);
        run(tx, links, 1, "teams", rows.teamLinks, counts);
        run(tx, links, 2, "roles", rows.roleLinks, counts);
        run(tx, inspections, 0, "inspectorates", rows.inspectorates, counts);
        run(tx, inspections, 1, "inspections", rows.inspections, counts);
        run(tx, inspections, 2, "inspections", rows.inspections, counts);
        run(tx, prune, 0, "inspections", rows.prune, counts);
        run(tx, facts, 0, "judgements", rows.judgements, counts);
        run(tx, facts, 1, "inspectors", rows.inspectors, counts);
        run(tx, facts, 2, "mentions", rows.mentions, counts);
        run(tx, facts, 3, "members", rows.members, counts);
        run(tx, facts, 4, "spells", rows.spells, counts);
        run(tx, statements, 0, "findings", rows.findings, counts);
        run(tx, statements, 1, "recommendations", rows.recommendations, counts);
        return counts;
    }

    private void writeShared(TransactionContext tx, SharedNodeKind kind, Map<String, List<SharedNodeFold.Statement>> nodes,
                             Counts counts) {
        if (nodes.isEmpty()) {
            return;
        }
        CypherFile file = shared.get(kind);
        Map<String, Map<String, Object>> stored = new HashMap<>();
        tx.run(file.statements().get(0), Map.of("ids", List.copyOf(nodes.keySet())))
                .forEachRemaining(r -> stored.put(r.get("id").asString(), r.get("props").asMap()));
        List<Map<String, Object>> rows = new ArrayList<>(nodes.size());
        nodes.forEach((id, said) -> rows.add(Map.of("id", id, "props", SharedNodeFold.fold(kind, stored.get(id), said))));
        counts.add(tx.run(file.statements().get(1), Map.of("rows", rows)).consume().counters());
    }

    private static void run(TransactionContext tx, CypherFile file, int statement, String param,
                            List<Map<String, Object>> rows, Counts counts) {
        if (!rows.isEmpty()) {
            counts.add(tx.run(file.statements().get(statement), Map.of(param, rows)).consume().counters());
        }
    }
}
