package org.govgraph.store;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph as the rest of govgraph sees it: one driver, one database, reads in {@code executeRead}
 * and writes in {@code executeWrite}, whether Neo4j runs embedded in this process or elsewhere.
 * Closing it closes the driver and then, when it owns one, the embedded database.
 */
public final class Graph implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Graph.class);

    /** How the graph is reached. */
    public enum Mode { EMBEDDED, EXTERNAL }

    /** What {@code /api/health} reports about the database. */
    public record ServerInfo(String mode, String uri, String database, String neo4jVersion, String edition) {
    }

    private final Driver driver;
    private final String database;
    private final Mode mode;
    private final URI uri;
    private final AutoCloseable owned;

    Graph(Driver driver, String database, Mode mode, URI uri, AutoCloseable owned) {
        this.driver = driver;
        this.database = database;
        this.mode = mode;
        this.uri = uri;
        this.owned = owned;
    }

    /** Runs {@code work} in a read transaction, retried by the driver on transient errors. */
    public <T> T read(TransactionCallback<T> work) {
        try (var session = driver.session(sessionConfig())) {
            return session.executeRead(work);
        }
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or none. */
    public <T> T write(TransactionCallback<T> work) {
        try (var session = driver.session(sessionConfig())) {
            return session.executeWrite(work);
        }
    }

    /**
     * Runs {@code work} in a read transaction with its own timeout and metadata, fetching records in small batches
     * (an analyst's rows may be large).
     */
    public <T> T read(TransactionCallback<T> work, TransactionConfig config) {
        try (var session = driver.session(smallBatches())) {
            return session.executeRead(work, config);
        }
    }

    /** Runs {@code work} in a write transaction with its own timeout and metadata. */
    public <T> T write(TransactionCallback<T> work, TransactionConfig config) {
        try (var session = driver.session(smallBatches())) {
            return session.executeWrite(work, config);
        }
    }

    /**
     * Ends the running transactions whose metadata holds {@code key: value} (for a console query whose client went
     * away); returns how many were ended.
     */
    public int terminate(String key, String value) {
        try (var session = driver.session(sessionConfig())) {
            var ids = session.run("SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData[$key] = $value "
                    + "RETURN transactionId", Map.of("key", key, "value", value)).list(r -> r.get(0).asString());
            if (ids.isEmpty()) {
                return 0;
            }
            session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids)).consume();
            return ids.size();
        }
    }

    /** Runs one read query and returns its records. */
    public List<Record> readAll(String cypher, Map<String, Object> params) {
        return read(tx -> tx.run(cypher, params).list());
    }

    /** How the graph is reached. */
    public Mode mode() {
        return mode;
    }

    /** Version and edition of the Neo4j behind the driver. */
    public ServerInfo serverInfo() {
        Record component = readAll("CALL dbms.components() YIELD name, versions, edition "
                + "RETURN versions[0] AS version, edition", Map.of()).getFirst();
        return new ServerInfo(mode.name().toLowerCase(java.util.Locale.ROOT), uri.toString(), database,
                component.get("version").asString(), component.get("edition").asString());
    }

    private SessionConfig sessionConfig() {
        return SessionConfig.forDatabase(database);
    }

    /** For analysts' queries, whose rows may be large: records fetched 100 at a time. */
    private SessionConfig smallBatches() {
        return SessionConfig.builder().withDatabase(database).withFetchSize(100).build();
    }

    @Override
    public void close() {
        driver.close();
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                LOG.warn("Closing the embedded database failed", e);
            }
        }
    }
}
