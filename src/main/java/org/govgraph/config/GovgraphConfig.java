package org.govgraph.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Every setting of a govgraph process, read once from flags and {@code GOVGRAPH_*} variables
 * (see the README's settings table) and passed down through constructors.
 *
 * @param httpHost      address the HTTP server listens on
 * @param httpPort      HTTP port, 0 for any free one
 * @param boltHost      address the embedded database's Bolt connector listens on
 * @param boltPort      Bolt port of the embedded database
 * @param dataDir       directory of the embedded database and its generated password
 * @param neo4jUri      URI of an external Neo4j server or cluster; {@code null} for the embedded one
 * @param neo4jUser     user name on Bolt
 * @param neo4jPassword password on Bolt; {@code null} in embedded mode means generate or reuse one
 * @param database      database name
 * @param loadSeeds     whether {@code serve} loads the bundled seed datasets into an empty graph
 * @param limits        bounds on transactions and uploads
 */
public record GovgraphConfig(
        String httpHost, int httpPort,
        String boltHost, int boltPort,
        Path dataDir,
        String neo4jUri, String neo4jUser, String neo4jPassword, String database,
        boolean loadSeeds,
        Limits limits) {

    /** The shortest password Neo4j accepts by default. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    public GovgraphConfig {
        requirePort("http port", httpPort);
        requirePort("bolt port", boltPort);
        Objects.requireNonNull(dataDir, "data directory");
        Objects.requireNonNull(limits, "limits");
        requireText("http host", httpHost);
        requireText("bolt host", boltHost);
        requireText("neo4j user", neo4jUser);
        requireText("database", database);
        if (neo4jUri != null && neo4jUri.isBlank()) {
            neo4jUri = null;
        }
        if (neo4jPassword != null && neo4jPassword.isEmpty()) {
            neo4jPassword = null;
        }
        if (neo4jUri != null && !neo4jUri.matches("(bolt|neo4j)(\\+s|\\+ssc)?://.+")) {
            throw new IllegalArgumentException("neo4j uri must start with bolt://, neo4j://, bolt+s://, neo4j+s:// "
                    + "(or +ssc), got '" + neo4jUri + "'");
        }
        if (neo4jUri == null && neo4jPassword != null && neo4jPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("neo4j password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** True when govgraph runs its own Neo4j in this process. */
    public boolean embedded() {
        return neo4jUri == null;
    }

    /**
     * Bounds that keep one request or load from exhausting the shared JVM.
     *
     * @param transactionTimeout  longest a transaction may run (embedded database)
     * @param transactionMemory   most memory one transaction may use, in bytes (embedded database)
     * @param totalTransactionMemory most memory all transactions together may use, in bytes (embedded database)
     * @param pageCache           page cache of the embedded database, in bytes
     * @param maxDatasetBytes     largest dataset file accepted by the loader
     * @param consoleTimeout      longest an analyst's console query may run
     * @param consoleMaxRows      most rows a console answer holds (more are cut, and the cut is flagged)
     * @param loadTimeout         longest one write transaction of a load may run (seeds at start-up included);
     *                            {@link Duration#ZERO} for no limit. Separate from {@code transactionTimeout} so
     *                            that a slow machine never fails a load meant to finish, whatever queries may take
     */
    public record Limits(Duration transactionTimeout, long transactionMemory, long totalTransactionMemory,
                         long pageCache, long maxDatasetBytes, Duration consoleTimeout, int consoleMaxRows,
                         Duration loadTimeout) {
        public Limits {
            Objects.requireNonNull(loadTimeout, "load timeout");
            if (loadTimeout.isNegative()) {
                throw new IllegalArgumentException("load timeout must be zero (no limit) or positive");
            }
            Objects.requireNonNull(transactionTimeout, "transaction timeout");
            if (transactionTimeout.isNegative() || transactionTimeout.isZero()) {
                throw new IllegalArgumentException("transaction timeout must be positive");
            }
            if (transactionMemory <= 0 || totalTransactionMemory < transactionMemory) {
                throw new IllegalArgumentException("transaction memory must be positive and at most the total");
            }
            if (pageCache <= 0 || maxDatasetBytes <= 0) {
                throw new IllegalArgumentException("page cache and dataset size limit must be positive");
            }
            Objects.requireNonNull(consoleTimeout, "console timeout");
            if (consoleTimeout.isNegative() || consoleTimeout.isZero() || consoleMaxRows < 1) {
                throw new IllegalArgumentException("console timeout and row cap must be positive");
            }
        }

        /** Whether loads run without a time limit. */
        public boolean loadsUnlimited() {
            return loadTimeout.isZero();
        }

        /** The defaults documented in the README. */
        public static Limits defaults() {
            return new Limits(Duration.ofSeconds(30), 256L << 20, 1L << 30, 512L << 20, 5L << 20, Duration.ofSeconds(15), 5000,
                    Duration.ZERO);
        }
    }

    private static void requirePort(String what, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(what + " must be between 0 and 65535, got " + port);
        }
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
    }
}
