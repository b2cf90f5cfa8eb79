package org.govgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import inet.ipaddr.IPAddressString;
import org.govgraph.config.GovgraphConfig;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j community running inside this JVM, with its store under the data directory and a Bolt
 * connector on loopback. Nothing in govgraph uses the embedded API beyond starting and stopping it:
 * all queries go through the driver over Bolt, exactly as they would to an external server.
 *
 * <p>The settings that Neo4j leaves unsafe by default when Bolt is on are set explicitly:
 * authentication on, no file URLs for LOAD CSV and an empty import directory, no URL at all for LOAD CSV
 * (every address on Cypher's IP blocklist), a transaction timeout
 * and memory limits per transaction and in total (the JVM is shared with the web server).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final URI boltUri;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri) {
        this.dbms = dbms;
        this.boltUri = boltUri;
    }

    /** Starts the database described by {@code config}; the caller closes it. */
    public static EmbeddedNeo4j start(GovgraphConfig config) {
        Path home = config.dataDir().resolve("neo4j");
        Path importDir = home.resolve("import");
        try {
            createPrivate(config.dataDir());
            Files.createDirectories(importDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + home, e);
        }
        if (!isLoopback(config.boltHost())) {
            LOG.warn("Bolt listens on {}, beyond this machine, unencrypted: anyone who can reach it can try the "
                    + "password. Prefer loopback and an SSH tunnel (see the README).", config.boltHost());
        }
        long started = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = build(config, home, importDir);
        } catch (RuntimeException e) {
            if (causedBy(e, "filelockexception") || causedBy(e, "lock file") || causedBy(e, "locked by")
                    || causedBy(e, "storelockexception")) {
                throw new DataDirectoryInUseException(config.dataDir(), e);
            }
            if (causedBy(e, "address already in use") || causedBy(e, "bindexception")) {
                throw new IllegalStateException("Bolt port " + config.boltPort() + " on " + config.boltHost()
                        + " is in use by another process: choose another with --bolt-port", e);
            }
            throw e;
        }
        URI uri = URI.create("bolt://" + hostForUri(config.boltHost()) + ":" + config.boltPort());
        LOG.info("Embedded Neo4j started in {} ms, store {}, Bolt on {}",
                (System.nanoTime() - started) / 1_000_000, home, uri);
        return new EmbeddedNeo4j(dbms, uri);
    }

    private static DatabaseManagementService build(GovgraphConfig config, Path home, Path importDir) {
        var limits = config.limits();
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(config.boltHost(), config.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                // LOAD CSV from any URL is refused too: every IPv4 and IPv6 address is blocked for Cypher
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                .setConfig(GraphDatabaseSettings.transaction_timeout, limits.transactionTimeout())
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, limits.transactionMemory())
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, limits.totalTransactionMemory())
                .setConfig(GraphDatabaseSettings.pagecache_memory, limits.pageCache())
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                // Bolt's network quiet periods are most of a default shutdown (about 10 s); govgraph closes its
                // driver first, so a short quiet period loses nothing.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(100))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
                .build();
    }

    /** Whether {@code e} or a cause of it has {@code word} in its class name or message (lower case). */
    private static boolean causedBy(Throwable e, String word) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = (t.getClass().getSimpleName() + " " + t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The address a driver connects to. */
    public URI boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        LOG.info("Embedded Neo4j shut down in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Creates the data directory readable by its owner only (it holds the store and the Bolt password). */
    private static void createPrivate(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    private static String hostForUri(String host) {
        if (host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
