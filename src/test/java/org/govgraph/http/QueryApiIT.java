package org.govgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.govgraph.support.Seeds;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The questions' endpoints over real HTTP: JSON and CSV, errors as 404 and 400, and the OpenAPI document. */
class QueryApiIT {

    private static Javalin app;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void start() {
        var db = TestGraph.get();
        db.clear();
        db.loader.load(Seeds.all());
        app = WebServer.create(db.config, db.graph, db.loader, db.questions).start();
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void theThemesAreListedByNameForPickers() throws Exception {
        var themes = json("/api/themes");
        JsonNode workforce = null;
        for (JsonNode t : themes) {
            if (t.path("id").asString().equals("workforce")) {
                workforce = t;
            }
        }
        // govgraph/themes.yaml names it; the Powys reports have findings on it
        assertThat(workforce).isNotNull();
        assertThat(workforce.path("name").asString()).isEqualTo("Workforce, supervision and caseloads");
        assertThat(workforce.path("statements").asLong()).isPositive();
    }

    @Test
    void everyRouteIsDescribedInTheOpenApiDocumentAndNothingElse() throws Exception {
        var doc = json("/api/openapi.json");
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        List<String> documented = new ArrayList<>();
        doc.path("paths").properties().forEach(e -> e.getValue().properties()
                .forEach(m -> documented.add(m.getKey().toUpperCase() + " " + e.getKey())));
        var db = TestGraph.get();
        List<String> routes = ApiRoutes.table(new HealthRoutes(db.graph), new DatasetRoutes(db.loader, 1),
                        new ExtractRoutes(org.govgraph.extract.Extraction.withGazetteers(List.of()), new org.govgraph.query.InspectionReports(db.graph), 1), new QueryRoutes(db.questions), new ConsoleRoutes(db.questions.console()), new OpenApiRoutes()).stream()
                .map(r -> r.method().name() + " " + r.path()).toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(routes);
        assertThat(get("/api/openapi.yaml").body()).startsWith("openapi: 3.1.0");
    }

    @Test
    void theLeadershipTimelineExportsAsCsvWithItsProvenance() throws Exception {
        var response = get("/api/authorities/powys/leadership?from=2016&to=2018&format=csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        var rows = CsvMapper.builder().build().readerFor(java.util.Map.class).with(CsvSchema.emptySchema().withHeader())
                .<java.util.Map<String, String>>readValues(response.body()).readAll();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("kind")).isEqualTo("head_of_childrens_services");
            assertThat(r.get("duration")).isEqualTo("11 months");
            assertThat(r.get("sources")).contains("powys-2017-07");
            assertThat(r.get("quote")).contains("after 11");
        });
        // counted findings travel with their words
        var gaps = get("/api/authorities/powys/gaps?format=csv").body();
        assertThat(gaps).contains("4.2: There were missed opportunities to include a wider range of partners");
        // an empty console answer still names its columns
        var empty = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/cypher?format=csv"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"MATCH (a:Authority {id: 'none'}) RETURN a.id AS id, a.name AS name\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(empty.body()).isEqualTo("id,name\n");
        // the same through the Accept header
        assertThat(get("/api/authorities/powys/boards", "Accept", "text/csv").body()).startsWith("board,");
    }

    @Test
    void everyQuestionAnswersForEverySeedAuthority() throws Exception {
        for (String authority : List.of("powys", "neath-port-talbot", "cumbria")) {
            json("/api/authorities/" + authority);
            json("/api/authorities/" + authority + "/map");
            json("/api/authorities/" + authority + "/leadership");
            json("/api/authorities/" + authority + "/boards");
            json("/api/authorities/" + authority + "/gaps");
            json("/api/authorities/" + authority + "/themes");
            for (String format : List.of("json", "csv")) {
                assertThat(get("/api/authorities/" + authority + "/map?format=" + format).statusCode()).isEqualTo(200);
            }
        }
        var followUp = json("/api/authorities/neath-port-talbot/follow-up?from=neath-port-talbot-2013-11");
        assertThat(followUp.path("items").size()).isEqualTo(22);
        assertThat(json("/api/turnover?from=2016&to=2018").path("authorities").get(0).path("authority").asString())
                .isEqualTo("powys");
        assertThat(json("/api/compare?authorities=powys,neath-port-talbot&themes=workforce").path("themes").get(0).asString())
                .isEqualTo("workforce");
        assertThat(json("/api/search?q=%22out%20of%20hours%22&authority=neath-port-talbot").path("total").asInt()).isPositive();
        assertThat(json("/api/entities/powys-people-direct").path("label").asString()).isEqualTo("Team");
        assertThat(json("/api/gaps?sectors=police,camhs").path("sectors").size()).isEqualTo(2);
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws Exception {
        // DNS rebinding: a foreign name resolved to 127.0.0.1 must not reach the API
        try (var socket = new java.net.Socket("127.0.0.1", app.port())) {
            socket.getOutputStream().write("GET /api/authorities HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void unknownIdsAnswer404WithAMessage() throws Exception {
        for (String path : List.of("/api/authorities/nowhere", "/api/authorities/nowhere/map",
                "/api/authorities/powys/map?inspection=powys-1999", "/api/entities/no-such-thing",
                "/api/authorities/powys/follow-up?from=powys-2018-10")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(JSON.readTree(response.body()).path("message").asString()).as(path)
                    .isNotBlank().doesNotStartWith("no such endpoint");
        }
    }

    @Test
    void malformedParametersAnswer400NeverA500() throws Exception {
        for (String path : List.of("/api/authorities/powys/map?asOf=2017-13", "/api/authorities/powys/map?asOf=yesterday",
                "/api/authorities/powys/leadership?from=2018&to=2016", "/api/turnover?from=20x6",
                "/api/search?polarity=splendid", "/api/search?size=1000", "/api/search?page=zero",
                "/api/search?q=%22unclosed", "/api/search?sort=relevance", "/api/gaps?sectors=astrology",
                "/api/search?q=police&page=2147483647&size=100", "/api/search?from=2018&to=2016",
                "/api/compare?authorities=powys&themes=astrology", "/api/authorities/powys/themes?themes=astrology",
                "/api/authorities/powys/follow-up", "/api/authorities/powys/diff?from=powys-2018-10&to=powys-2017-07",
                "/api/compare", "/api/authorities/powys/map?format=xml", "/api/authorities/pow%20ys",
                "/api/authorities/powys/map?inspection=powys-2017-07&asOf=2017")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("message").asString()).as(path).isNotBlank();
        }
    }
}
