package org.govgraph.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.govgraph.http.WebServer;
import org.govgraph.query.CypherConsole;
import org.govgraph.store.CypherLibrary;
import org.govgraph.support.Seeds;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console refuses every hostile query with a 4xx and a clear message, with all its layers on and with each
 * layer switched off in turn: the other layer (and the database's own settings) still hold. Afterwards the
 * graph is the same to the last property, the canary HTTP server saw no request, and the server is healthy.
 */
class ConsoleSecurityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger canaryHits = new AtomicInteger();
    private static HttpServer canary;
    private static TestGraph db;
    private static String checksum;

    @BeforeAll
    static void start() throws Exception {
        db = TestGraph.get();
        db.clear();
        db.loader.load(Seeds.all());
        checksum = db.checksum();
        canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        canary.createContext("/", exchange -> {
            canaryHits.incrementAndGet();
            byte[] body = "a,b\n1,2\n".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        canary.start();
    }

    @AfterAll
    static void nothingChangedAndNothingWasReached() {
        canary.stop(0);
        assertThat(canaryHits).as("requests the canary HTTP server received").hasValue(0);
        assertThat(db.checksum()).as("graph checksum after the hostile suite").isEqualTo(checksum);
        assertThat(db.graph.serverInfo().neo4jVersion()).isNotBlank();
    }

    /** A server whose console has the given layers on, and the hostile suite against it. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Suite {
        private Javalin app;
        private String base;

        abstract CypherConsole.Layers layers();

        @BeforeAll
        void startServer() {
            var console = new CypherConsole(db.graph, CypherLibrary.load(), layers(),
                    new CypherConsole.Bounds(Duration.ofSeconds(4), 1000));
            app = WebServer.create(db.config, db.graph, db.loader, db.questions.withConsole(console)).start();
            base = "http://127.0.0.1:" + app.port();
        }

        @AfterAll
        void stopServer() {
            app.stop();
        }

        Stream<HostileQueries.Hostile> hostile() {
            return HostileQueries.all(canary.getAddress().getPort()).stream();
        }

        HttpResponse<String> post(String query) throws Exception {
            String body = JSON.writeValueAsString(Map.of("query", query));
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/cypher")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        boolean everyQueryMustBeRefused() {
            return layers().guard();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("hostile")
        void isRefused(HostileQueries.Hostile hostile) throws Exception {
            var response = post(hostile.query());
            if (hostile.guardOnly() && !everyQueryMustBeRefused()) {
                // only the guard stops it; without the guard it may read, and the graph is checked afterwards
                assertThat(response.statusCode()).as(response.body()).isIn(200, 400, 403);
                return;
            }
            assertThat(response.statusCode()).as(hostile.label() + ": " + response.body()).isBetween(400, 499);
            var error = JSON.readTree(response.body());
            assertThat(error.path("message").asString()).as(hostile.label()).isNotBlank();
            assertThat(db.checksum()).as("graph after " + hostile.label()).isEqualTo(checksum);
        }

        @Test
        void aMillionRowResultIsCutAtTheCapAndSaysSo() throws Exception {
            var response = post("UNWIND range(1, 1000000) AS x RETURN x");
            assertThat(response.statusCode()).isEqualTo(200);
            var result = JSON.readTree(response.body());
            assertThat(result.path("truncated").asBoolean()).isTrue();
            assertThat(result.path("rowCount").asInt()).isEqualTo(1000);
            assertThat(result.path("rows").size()).isEqualTo(1000);
        }

        @Test
        void anHonestReadStillWorks() throws Exception {
            var response = post("MATCH (a:Authority {id: 'powys'})<-[:OF_AUTHORITY]-(i:Inspection) RETURN i.id ORDER BY i.id");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("powys-2014", "powys-2017-07", "powys-2018-10");
            var health = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class WithEveryLayer extends Suite {
        @Override
        CypherConsole.Layers layers() {
            return CypherConsole.Layers.all();
        }
    }

    @Nested
    class WithoutTheGuard extends Suite {
        @Override
        CypherConsole.Layers layers() {
            return new CypherConsole.Layers(false, true);
        }
    }

    @Nested
    class WithoutTheReadTransaction extends Suite {
        @Override
        CypherConsole.Layers layers() {
            return new CypherConsole.Layers(true, false);
        }
    }
}
