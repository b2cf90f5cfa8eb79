package org.govgraph.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.govgraph.http.WebServer;
import org.govgraph.query.CypherConsole;
import org.govgraph.store.CypherLibrary;
import org.govgraph.support.Seeds;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The console as an analyst uses it: rows and graphs, plans, the library, CSV, errors, and a client that leaves. */
class ConsoleIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestGraph db;
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void start() {
        db = TestGraph.get();
        db.clear();
        db.loader.load(Seeds.all());
        var console = new CypherConsole(db.graph, CypherLibrary.load(), CypherConsole.Layers.all(),
                new CypherConsole.Bounds(Duration.ofSeconds(30), 500));
        app = WebServer.create(db.config, db.graph, db.loader, db.questions.withConsole(console)).start();
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> post(Object body, String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/cypher" + query))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(Object body) throws Exception {
        var response = post(body, "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void rowsComeWithColumnsAndPathsComeAsAGraph() throws Exception {
        var result = ok(Map.of("query", "MATCH p = (i:Inspection)-[:OF_AUTHORITY]->(a:Authority {id: $id}) RETURN i.id AS id, p ORDER BY id",
                "params", Map.of("id", "powys")));
        assertThat(result.path("columns").toString()).isEqualTo("[\"id\",\"p\"]");
        assertThat(result.path("rowCount").asInt()).isEqualTo(3);
        assertThat(result.path("rows").get(0).get(0).asString()).isEqualTo("powys-2014");
        assertThat(result.path("nodes").size()).isEqualTo(4);          // three inspections and Powys
        assertThat(result.path("relationships").size()).isEqualTo(3);  // three OF_AUTHORITY
        assertThat(result.path("relationships").get(0).path("type").asString()).isEqualTo("OF_AUTHORITY");
        assertThat(result.path("truncated").asBoolean()).isFalse();
        assertThat(result.path("millis").isNumber()).isTrue();
    }

    @Test
    void returnedNodesAndRelationshipsComeAsRowsAndAsAGraph() throws Exception {
        var nodes = ok(Map.of("query",
                "MATCH (a:Authority) WHERE a.id IN ['powys', 'cumbria', 'neath-port-talbot'] RETURN a ORDER BY a.id"));
        assertThat(nodes.path("rowCount").asInt()).isEqualTo(3);
        var first = nodes.path("rows").get(0).get(0);
        assertThat(first.path("labels").toString()).contains("Authority");
        assertThat(first.path("properties").path("id").asString()).isEqualTo("cumbria");
        assertThat(first.path("properties").path("name").asString()).isEqualTo("Cumbria County Council");
        assertThat(first.path("id").asString()).isNotEmpty();
        assertThat(nodes.path("nodes").size()).isEqualTo(3);
        var rels = ok(Map.of("query",
                "MATCH (i:Inspection {id: 'powys-2017-07'})-[r:OF_AUTHORITY]->(a:Authority) RETURN r, i, a"));
        assertThat(rels.path("rowCount").asInt()).isEqualTo(1);
        assertThat(rels.path("rows").get(0).get(0).path("type").asString()).isEqualTo("OF_AUTHORITY");
        assertThat(rels.path("rows").get(0).get(2).path("properties").path("id").asString()).isEqualTo("powys");
        assertThat(rels.path("relationships").size()).isEqualTo(1);
        assertThat(rels.path("nodes").size()).isEqualTo(2);
    }

    @Test
    void explainAndProfileReturnThePlan() throws Exception {
        var explained = ok(Map.of("query", "MATCH (f:Finding {polarity: 'concern'}) RETURN count(f)", "mode", "explain"));
        assertThat(explained.path("rows").size()).isZero();
        assertThat(explained.path("plan").path("operator").asString()).startsWith("ProduceResults");
        var profiled = ok(Map.of("query", "MATCH (f:Finding {polarity: 'concern'}) RETURN count(f)", "mode", "profile"));
        assertThat(profiled.path("rows").get(0).get(0).asInt()).isPositive();
        assertThat(profiled.path("plan").path("dbHits").isNumber()).isTrue();
    }

    @Test
    void theLibraryListsTheNamedQueriesAndRunsThemWithTheirParameters() throws Exception {
        var library = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/queries")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(library.size()).isGreaterThan(8);
        JsonNode boardLinks = null;
        for (JsonNode entry : library) {
            assertThat(entry.path("name").asString()).doesNotStartWith("load-").isNotEqualTo("schema");
            if (entry.path("name").asString().equals("board-links")) {
                boardLinks = entry;
            }
        }
        assertThat(boardLinks).isNotNull();
        assertThat(boardLinks.path("params").get(0).path("name").asString()).isEqualTo("authority");
        var result = ok(Map.of("name", "board-links", "params", Map.of("authority", "powys")));
        assertThat(result.path("rowCount").asInt()).isPositive();
        assertThat(post(Map.of("name", "load-checks"), "").statusCode()).isEqualTo(404);
    }

    @Test
    void rowsExportAsCsvAndTheCapCanBeLowered() throws Exception {
        var csv = post(Map.of("query", "MATCH (a:Authority) RETURN a.id AS id, a.name AS name ORDER BY id"), "?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("id,name\n").contains("powys,\"Powys County Council\"");
        var capped = ok(Map.of("query", "UNWIND range(1, 100) AS x RETURN x", "maxRows", 7));
        assertThat(capped.path("rowCount").asInt()).isEqualTo(7);
        assertThat(capped.path("truncated").asBoolean()).isTrue();
    }

    @Test
    void mistakesGetClearMessages() throws Exception {
        var syntax = post(Map.of("query", "MATCH (n RETURN n"), "");
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(syntax.body()).path("message").asString()).containsIgnoringCase("invalid input");
        var notJson = post("MATCH (n) RETURN n", "");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).path("message").asString()).contains("JSON");
        var both = post(Map.of("query", "RETURN 1", "name", "entity"), "");
        assertThat(both.statusCode()).isEqualTo(400);
        var badMode = post(Map.of("query", "RETURN 1", "mode", "debug"), "");
        assertThat(badMode.statusCode()).isEqualTo(400);
        var missingParam = post(Map.of("query", "MATCH (a:Authority {id: $id}) RETURN a"), "");
        assertThat(missingParam.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missingParam.body()).path("message").asString()).containsIgnoringCase("parameter");
    }

    @Test
    void aHeavyAnswerIsCutByWeightNotOnlyByRows() throws Exception {
        var result = ok(Map.of("query",
                "WITH reduce(s = 'x', i IN range(1, 20) | s + s) AS big UNWIND range(1, 400) AS i RETURN i, big"));
        assertThat(result.path("truncated").asBoolean()).isTrue();
        assertThat(result.path("rowCount").asInt()).isLessThan(400);
        assertThat(post("null", "").statusCode()).isEqualTo(400);
    }

    @Test
    void aQueryWhoseClientGoesAwayIsEndedOnTheServer() throws Exception {
        String body = JSON.writeValueAsString(Map.of("query",
                "MATCH (a), (b), (c) RETURN count(a.id + b.id + c.id) AS n"));
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (consoleTransactions() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(consoleTransactions()).as("the console query runs").isOne();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (consoleTransactions() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(consoleTransactions()).as("console transactions after the client left").isZero();
    }

    private static long consoleTransactions() {
        // the console's running query (its EXPLAIN check runs in a transaction of its own first)
        return db.count("SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData[$key] IS NOT NULL "
                        + "AND NOT currentQuery STARTS WITH 'EXPLAIN' RETURN count(*)",
                Map.of("key", CypherConsole.REQUEST_KEY));
    }
}
