package org.govgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.govgraph.config.GovgraphConfig;
import org.govgraph.http.WebServer;
import org.govgraph.ingest.DatasetLoader;
import org.govgraph.ingest.DatasetReader;
import org.govgraph.ingest.ThemeVocabulary;
import org.govgraph.query.CypherConsole;
import org.govgraph.query.Questions;
import org.govgraph.store.CypherLibrary;
import org.govgraph.store.GraphConnector;
import org.govgraph.store.SchemaInitializer;
import org.govgraph.support.SampleDataset;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * govgraph against an external Neo4j: {@code govgraph db} runs in a second JVM (the built jar), and this JVM
 * reaches it only over Bolt, loading through the app and querying as the app does.
 */
class ExternalNeo4jIT {

    private static final String PASSWORD = "external-test-password";
    private static Process db;
    private static int boltPort;
    private static final List<String> output = new ArrayList<>();

    @BeforeAll
    static void startDbInAnotherJvm() throws Exception {
        Path jar = Path.of(System.getProperty("govgraph.jar", "target/govgraph.jar"));
        assertThat(jar).as("the packaged jar (mvn package runs before the integration tests)").exists();
        Path dir = Files.createTempDirectory("govgraph-external-");
        boltPort = TestGraph.freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        db = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toString(), "db", "--data-dir", dir.toString(),
                "--bolt-port", Integer.toString(boltPort), "--neo4j-password", PASSWORD, "--no-seeds",
                "--page-cache", "64m")
                .redirectErrorStream(true).start();
        var reader = new BufferedReader(new InputStreamReader(db.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while ((line = reader.readLine()) != null) {
            output.add(line);
            if (line.contains("govgraph db is ready")) {
                break;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        assertThat(output).as("output of govgraph db").anyMatch(l -> l.contains("govgraph db is ready"));
        Thread drain = new Thread(() -> reader.lines().forEach(output::add));
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll
    static void stopDb() throws Exception {
        if (db != null) {
            db.destroy(); // SIGTERM: the shutdown hook stops the database cleanly
            assertThat(db.waitFor(60, TimeUnit.SECONDS)).as("db stopped").isTrue();
        }
    }

    private static GovgraphConfig externalConfig() {
        return new GovgraphConfig("127.0.0.1", 0, "127.0.0.1", 7687, Path.of("unused-data-dir"),
                "bolt://127.0.0.1:" + boltPort, "neo4j", PASSWORD, "neo4j", false, GovgraphConfig.Limits.defaults());
    }

    @Test
    void theAppLoadsAndQueriesThroughBoltAndReportsItselfExternal() throws Exception {
        var config = externalConfig();
        var opened = GraphConnector.open(config);
        try (var graph = opened.graph()) {
            new SchemaInitializer(graph).apply();
            var vocabulary = ThemeVocabulary.bundled();
            var loader = new DatasetLoader(graph, new DatasetReader(config.limits().maxDatasetBytes(), vocabulary), vocabulary);
            var app = WebServer.create(config, graph, loader, Questions.over(graph, CypherLibrary.load(),
                new CypherConsole.Bounds(config.limits().consoleTimeout(), config.limits().consoleMaxRows()))).start();
            try {
                var http = HttpClient.newHttpClient();
                var upload = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                                + "/api/datasets?name=testshire-2020-01.yaml"))
                        .POST(HttpRequest.BodyPublishers.ofString(SampleDataset.YAML)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
                var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.body()).contains("\"mode\":\"external\"", "bolt://127.0.0.1:" + boltPort);
            } finally {
                app.stop();
            }
            var rows = graph.readAll("""
                    MATCH (:Inspection {id: 'testshire-2020-01'})-[:FOUND]->(f:Finding)-[:ABOUT]->(b:Board)
                    RETURN b.name AS board, f.text AS text""", Map.of());
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst().get("board").asString()).isEqualTo("Testshire Safeguarding Board");
        }
    }

    @Test
    void theLoadCommandLoadsThroughARunningDatabase() throws Exception {
        Path file = Files.createTempFile("testshire-2022-", ".yaml");
        Files.writeString(file, SampleDataset.YAML.replace("testshire-2020-01", "testshire-2022-01")
                .replace("test-report-2020", "test-report-2022"));
        var out = new java.io.StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new java.io.PrintWriter(out));
        int exit = cli.execute("load", "--neo4j-uri", "bolt://127.0.0.1:" + boltPort, "--neo4j-password", PASSWORD,
                file.toString());
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("inspection testshire-2022-01 of testshire, 2 findings, 1 recommendations");
    }
}
