package org.govgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.govgraph.config.GovgraphConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The flags every command shares; each has a {@code GOVGRAPH_*} environment variable and a default. */
final class Settings {

    @Option(names = "--http-host", defaultValue = "${env:GOVGRAPH_HTTP_HOST:-127.0.0.1}",
            description = "Address the web server listens on (env GOVGRAPH_HTTP_HOST, default ${DEFAULT-VALUE}).")
    String httpHost;

    @Option(names = "--http-port", defaultValue = "${env:GOVGRAPH_HTTP_PORT:-8080}",
            description = "Web server port, 0 for any free one (env GOVGRAPH_HTTP_PORT, default ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--bolt-host", defaultValue = "${env:GOVGRAPH_BOLT_HOST:-127.0.0.1}",
            description = "Address the embedded Neo4j's Bolt connector listens on (env GOVGRAPH_BOLT_HOST, default ${DEFAULT-VALUE}).")
    String boltHost;

    @Option(names = "--bolt-port", defaultValue = "${env:GOVGRAPH_BOLT_PORT:-7687}",
            description = "Bolt port of the embedded Neo4j (env GOVGRAPH_BOLT_PORT, default ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--data-dir", defaultValue = "${env:GOVGRAPH_DATA_DIR:-data}",
            description = "Directory of the embedded database and its Bolt password (env GOVGRAPH_DATA_DIR, default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--neo4j-uri", defaultValue = "${env:GOVGRAPH_NEO4J_URI}",
            description = "Use the external Neo4j server or cluster at this bolt:// or neo4j:// URI instead of the embedded one (env GOVGRAPH_NEO4J_URI).")
    String neo4jUri;

    @Option(names = "--neo4j-user", defaultValue = "${env:GOVGRAPH_NEO4J_USER:-neo4j}",
            description = "Bolt user (env GOVGRAPH_NEO4J_USER, default ${DEFAULT-VALUE}).")
    String neo4jUser;

    @Option(names = "--neo4j-password", defaultValue = "${env:GOVGRAPH_NEO4J_PASSWORD}",
            description = "Bolt password. Embedded: protects Bolt; if none is given one is generated at first start, "
                    + "kept in DATA_DIR/credentials.properties and printed (env GOVGRAPH_NEO4J_PASSWORD).")
    String neo4jPassword;

    @Option(names = "--database", defaultValue = "${env:GOVGRAPH_DATABASE:-neo4j}",
            description = "Database name (env GOVGRAPH_DATABASE, default ${DEFAULT-VALUE}).")
    String database;

    @Option(names = "--tx-timeout", defaultValue = "${env:GOVGRAPH_TX_TIMEOUT:-30s}", converter = Sizes.DurationConverter.class,
            description = "Longest a transaction may run in the embedded Neo4j, e.g. 30s, 2m (env GOVGRAPH_TX_TIMEOUT, default ${DEFAULT-VALUE}).")
    Duration txTimeout;

    @Option(names = "--load-timeout", defaultValue = "${env:GOVGRAPH_LOAD_TIMEOUT:-none}", converter = Sizes.DurationConverter.class,
            description = "Longest one write transaction of a load may run, seeds at start-up included; 'none' for no "
                    + "limit, else e.g. 10m. Separate from --tx-timeout (env GOVGRAPH_LOAD_TIMEOUT, default ${DEFAULT-VALUE}).")
    Duration loadTimeout;

    @Option(names = "--tx-memory", defaultValue = "${env:GOVGRAPH_TX_MEMORY:-256m}", converter = Sizes.ByteConverter.class,
            description = "Most memory one transaction may use (env GOVGRAPH_TX_MEMORY, default ${DEFAULT-VALUE}).")
    long txMemory;

    @Option(names = "--tx-memory-total", defaultValue = "${env:GOVGRAPH_TX_MEMORY_TOTAL:-1g}", converter = Sizes.ByteConverter.class,
            description = "Most memory all transactions together may use (env GOVGRAPH_TX_MEMORY_TOTAL, default ${DEFAULT-VALUE}).")
    long txMemoryTotal;

    @Option(names = "--page-cache", defaultValue = "${env:GOVGRAPH_PAGE_CACHE:-512m}", converter = Sizes.ByteConverter.class,
            description = "Page cache of the embedded Neo4j (env GOVGRAPH_PAGE_CACHE, default ${DEFAULT-VALUE}).")
    long pageCache;

    @Option(names = "--max-dataset-size", defaultValue = "${env:GOVGRAPH_MAX_DATASET_SIZE:-5m}", converter = Sizes.ByteConverter.class,
            description = "Largest dataset file accepted (env GOVGRAPH_MAX_DATASET_SIZE, default ${DEFAULT-VALUE}).")
    long maxDatasetSize;

    @Option(names = "--console-timeout", defaultValue = "${env:GOVGRAPH_CONSOLE_TIMEOUT:-15s}", converter = Sizes.DurationConverter.class,
            description = "Longest an analyst's console query may run (env GOVGRAPH_CONSOLE_TIMEOUT, default ${DEFAULT-VALUE}).")
    Duration consoleTimeout;

    @Option(names = "--console-max-rows", defaultValue = "${env:GOVGRAPH_CONSOLE_MAX_ROWS:-5000}",
            description = "Most rows a console answer holds; the cut is flagged (env GOVGRAPH_CONSOLE_MAX_ROWS, default ${DEFAULT-VALUE}).")
    int consoleMaxRows;

    @Option(names = "--seeds", negatable = true, defaultValue = "${env:GOVGRAPH_SEEDS:-true}", fallbackValue = "true",
            description = "Load the bundled seed inspections when the graph holds none (env GOVGRAPH_SEEDS, default ${DEFAULT-VALUE}).")
    boolean seeds;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The configuration; a value that cannot work is a command-line error (exit 2), like a malformed one. */
    GovgraphConfig toConfig() {
        try {
            return new GovgraphConfig(httpHost, httpPort, boltHost, boltPort, dataDir, neo4jUri, neo4jUser, neo4jPassword,
                    database, seeds, new GovgraphConfig.Limits(txTimeout, txMemory, txMemoryTotal, pageCache, maxDatasetSize,
                            consoleTimeout, consoleMaxRows, loadTimeout));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
