package org.govgraph.store;

import java.net.URI;
import org.govgraph.config.GovgraphConfig;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the {@link Graph} a configuration asks for: the embedded database (started here, its Bolt
 * password settled) when no Neo4j URI is set, or the external server or cluster at that URI.
 */
public final class GraphConnector {

    private static final Logger LOG = LoggerFactory.getLogger(GraphConnector.class);

    private GraphConnector() {
    }

    /** The result of opening: the graph and, in embedded mode, the Bolt credentials in force. */
    public record Opened(Graph graph, URI boltUri, String user, String password, boolean passwordGenerated) {
    }

    /** Opens the graph; the caller closes it (which also stops an embedded database). */
    public static Opened open(GovgraphConfig config) {
        if (!config.embedded()) {
            if (config.neo4jPassword() == null) {
                throw new IllegalArgumentException("an external Neo4j needs a password: --neo4j-password or GOVGRAPH_NEO4J_PASSWORD");
            }
            URI uri = URI.create(config.neo4jUri());
            Driver driver = driver(uri, config.neo4jUser(), config.neo4jPassword());
            try {
                driver.verifyConnectivity();
            } catch (RuntimeException e) {
                driver.close();
                throw new IllegalStateException("cannot reach Neo4j at " + uri + ": " + e.getMessage(), e);
            }
            LOG.info("Connected to external Neo4j at {}", uri);
            return new Opened(new Graph(driver, config.database(), Graph.Mode.EXTERNAL, uri, null), uri,
                    config.neo4jUser(), config.neo4jPassword(), false);
        }
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(config);
        try {
            var settled = EmbeddedCredentials.settle(embedded.boltUri(), config.dataDir(), config.neo4jUser(),
                    config.neo4jPassword());
            Driver driver = driver(embedded.boltUri(), settled.user(), settled.password());
            try {
                driver.verifyConnectivity();
            } catch (RuntimeException e) {
                driver.close();
                throw e;
            }
            return new Opened(new Graph(driver, config.database(), Graph.Mode.EMBEDDED, embedded.boltUri(), embedded),
                    embedded.boltUri(), settled.user(), settled.password(), settled.generated());
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    private static Driver driver(URI uri, String user, String password) {
        return GraphDatabase.driver(uri, AuthTokens.basic(user, password),
                Config.builder().withLogging(Logging.slf4j()).build());
    }
}
