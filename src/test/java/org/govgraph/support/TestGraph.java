package org.govgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govgraph.config.GovgraphConfig;
import org.govgraph.ingest.DatasetLoader;
import org.govgraph.ingest.DatasetReader;
import org.govgraph.ingest.ThemeVocabulary;
import org.govgraph.query.CypherConsole;
import org.govgraph.query.Questions;
import org.govgraph.store.CypherLibrary;
import org.govgraph.store.Graph;
import org.govgraph.store.GraphConnector;
import org.govgraph.store.SchemaInitializer;
import org.neo4j.driver.Value;

/**
 * The real embedded Neo4j the integration tests share: started once per test JVM in a temporary data
 * directory with Bolt on a free loopback port, reached through the driver like the application does,
 * and emptied between tests with {@link #clear()}.
 */
public final class TestGraph {

    private static TestGraph instance;

    public final GovgraphConfig config;
    public final GraphConnector.Opened opened;
    public final Graph graph;
    public final DatasetLoader loader;
    public final Questions questions;

    private TestGraph(GovgraphConfig config) {
        this.config = config;
        this.opened = GraphConnector.open(config);
        this.graph = opened.graph();
        new SchemaInitializer(graph).apply();
        var vocabulary = ThemeVocabulary.bundled();
        this.loader = new DatasetLoader(graph, new DatasetReader(config.limits().maxDatasetBytes(), vocabulary), vocabulary);
        this.questions = Questions.over(graph, CypherLibrary.load(),
                new CypherConsole.Bounds(config.limits().consoleTimeout(), config.limits().consoleMaxRows()));
    }

    /** The shared graph, started at first use and stopped when the JVM exits. */
    public static synchronized TestGraph get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("govgraph-it-");
                instance = new TestGraph(config(dir, freePort()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance.graph::close));
        }
        return instance;
    }

    /** A configuration for a test database in {@code dir}, Bolt on {@code boltPort}, HTTP on any free port. */
    public static GovgraphConfig config(Path dir, int boltPort) {
        return new GovgraphConfig("127.0.0.1", 0, "127.0.0.1", boltPort, dir, null, "neo4j", null, "neo4j", false,
                GovgraphConfig.Limits.defaults());
    }

    /** A free TCP port on loopback. */
    public static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every node and relationship (the schema stays). */
    public void clear() {
        graph.write(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
    }

    /** The single number a query returns. */
    public long count(String cypher, Map<String, Object> params) {
        return graph.readAll(cypher, params).getFirst().get(0).asLong();
    }

    public long count(String cypher) {
        return count(cypher, Map.of());
    }

    /** One column of a query's rows, as strings. */
    public List<String> strings(String cypher, Map<String, Object> params) {
        return graph.readAll(cypher, params).stream().map(r -> r.get(0).isNull() ? null : r.get(0).asString()).toList();
    }

    /**
     * A digest of everything in the graph: every node's labels and properties and every relationship's type,
     * ends (by their {@code id} property) and properties. Equal digests mean equal graphs, whatever the
     * internal element ids.
     */
    public String checksum() {
        List<String> lines = new ArrayList<>();
        graph.read(tx -> {
            tx.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(r ->
                    lines.add("N " + sorted(r.get("labels").asList(Value::asString)) + " " + canonical(r.get("props").asMap())));
            tx.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props")
                    .forEachRemaining(r -> lines.add("R " + r.get("type").asString() + " " + r.get("a") + " "
                            + r.get("b") + " " + canonical(r.get("props").asMap())));
            return null;
        });
        lines.sort(null);
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> digest.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return lines.size() + ":" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sorted(List<String> labels) {
        return labels.stream().sorted().toList();
    }

    private static String canonical(Map<String, Object> props) {
        return new TreeMap<>(props).toString();
    }
}
