package org.govgraph.cli;

import org.govgraph.config.GovgraphConfig;
import org.govgraph.ingest.DatasetLoader;
import org.govgraph.ingest.DatasetReader;
import org.govgraph.ingest.LoadSummary;
import org.govgraph.ingest.SeedDatasets;
import org.govgraph.ingest.ThemeVocabulary;
import org.govgraph.query.CypherConsole;
import org.govgraph.query.Questions;
import org.govgraph.store.CypherFile;
import org.govgraph.store.CypherLibrary;
import org.govgraph.store.Graph;
import org.govgraph.store.GraphConnector;
import org.govgraph.store.SchemaInitializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The objects every command needs, made once from the configuration: the graph (embedded or external,
 * schema applied) and the dataset loader. Closing it closes the driver and stops an embedded database.
 */
final class Services implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Services.class);

    final GovgraphConfig config;
    final GraphConnector.Opened opened;
    final Graph graph;
    final DatasetLoader loader;
    final Questions questions;

    private Services(GovgraphConfig config, GraphConnector.Opened opened) {
        this.config = config;
        this.opened = opened;
        this.graph = opened.graph();
        var vocabulary = ThemeVocabulary.bundled();
        this.loader = new DatasetLoader(graph, new DatasetReader(config.limits().maxDatasetBytes(), vocabulary), vocabulary);
        this.questions = Questions.over(graph, CypherLibrary.load(),
                new CypherConsole.Bounds(config.limits().consoleTimeout(), config.limits().consoleMaxRows()));
    }

    static Services open(GovgraphConfig config) {
        var opened = GraphConnector.open(config);
        try {
            new SchemaInitializer(opened.graph()).apply();
            return new Services(config, opened);
        } catch (RuntimeException e) {
            opened.graph().close();
            throw e;
        }
    }

    /** Loads the bundled seed datasets when asked to and the graph holds no inspection yet. */
    void loadSeedsIfEmpty() {
        if (!config.loadSeeds()) {
            return;
        }
        long inspections = graph.readAll(CypherFile.load("count-inspections").statement(), java.util.Map.of())
                .getFirst().get("n").asLong();
        if (inspections > 0) {
            LOG.info("Graph holds {} inspection(s): seed datasets not loaded", inspections);
            return;
        }
        LoadSummary summary = loader.load(SeedDatasets.all(config.limits().maxDatasetBytes()));
        LOG.info("Seed datasets loaded: {} inspection(s)", summary.datasets().size());
    }

    /** Lines telling an analyst how to reach the database over Bolt. */
    String boltInstructions() {
        if (graph.mode() == Graph.Mode.EXTERNAL) {
            return "Neo4j (external): " + opened.boltUri();
        }
        String password = opened.passwordGenerated()
                ? opened.password() + "   (generated now; kept in " + config.dataDir().resolve("credentials.properties") + ")"
                : "see " + config.dataDir().resolve("credentials.properties") + " or --neo4j-password";
        return "Neo4j (embedded) Bolt: " + opened.boltUri() + "   user: " + opened.user() + "   password: " + password;
    }

    /**
     * Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM), then runs {@code first} (e.g. stopping the web
     * server so requests in flight finish) and closes the driver and the embedded database.
     */
    void awaitShutdown(Runnable first) throws InterruptedException {
        var stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down");
            try {
                first.run();
            } finally {
                close();
                stopped.countDown();
            }
        }, "govgraph-shutdown"));
        stopped.await();
    }

    @Override
    public void close() {
        graph.close();
    }
}
