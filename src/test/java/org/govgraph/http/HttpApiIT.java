package org.govgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.govgraph.support.SampleDataset;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP API over real HTTP, on a server started on a free port over the real embedded Neo4j. */
class HttpApiIT {

    private static TestGraph db;
    private static Javalin app;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void start() {
        db = TestGraph.get();
        app = WebServer.create(db.config, db.graph, db.loader, db.questions).start();
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @BeforeEach
    void empty() {
        db.clear();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void healthNamesTheNeo4jVersionAndThatItIsEmbedded() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(base + "/api/health")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
        var body = json(response);
        assertThat(body.path("status").asString()).isEqualTo("ok");
        assertThat(body.path("neo4j").path("mode").asString()).isEqualTo("embedded");
        assertThat(body.path("neo4j").path("neo4jVersion").asString()).matches("20\\d\\d\\.\\d+\\.\\d+");
        assertThat(body.path("neo4j").path("edition").asString()).isEqualTo("community");
    }

    @Test
    void aDatasetSentAsTheBodyIsLoaded() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(base + "/api/datasets?name=testshire-2020-01.yaml"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(SampleDataset.YAML)));
        assertThat(response.statusCode()).isEqualTo(201);
        var loaded = json(response).path("datasets").get(0);
        assertThat(loaded.path("inspection").asString()).isEqualTo("testshire-2020-01");
        assertThat(loaded.path("findings").asInt()).isEqualTo(2);
        assertThat(db.count("MATCH (:Inspection {id: 'testshire-2020-01'})-[:FOUND]->(f) RETURN count(f)")).isEqualTo(2);
    }

    @Test
    void datasetsSentAsMultipartFilesAreLoadedTogether() throws Exception {
        String boundary = "govgraph-test-boundary";
        String second = SampleDataset.YAML.replace("testshire-2020-01", "testshire-2021-01")
                .replace("test-report-2020", "test-report-2021");
        String body = part(boundary, "a.yaml", SampleDataset.YAML) + part(boundary, "b.yaml", second) + "--" + boundary + "--\r\n";
        var response = send(HttpRequest.newBuilder(URI.create(base + "/api/datasets"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(db.count("MATCH (i:Inspection) RETURN count(i)")).isEqualTo(2);
    }

    @Test
    void aBadDatasetIsRefusedWith400AndEveryProblemAndNothingIsWritten() throws Exception {
        String bad = SampleDataset.with("polarity: strength", "polarity: splendid");
        var response = send(HttpRequest.newBuilder(URI.create(base + "/api/datasets?name=bad.yaml"))
                .POST(HttpRequest.BodyPublishers.ofString(bad, StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).isEqualTo(400);
        var problem = json(response).path("problems").get(0);
        assertThat(problem.path("file").asString()).isEqualTo("bad.yaml");
        assertThat(problem.path("field").asString()).isEqualTo("findings/0/polarity");
        assertThat(problem.path("line").asInt()).isEqualTo(SampleDataset.lineOf("polarity: strength"));
        assertThat(db.count("MATCH (n) RETURN count(n)")).isZero();
    }

    @Test
    void anUploadWithoutAFileNameIsABadRequest() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(base + "/api/datasets"))
                .POST(HttpRequest.BodyPublishers.ofString(SampleDataset.YAML)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("message").asString()).contains("name=FILE.yaml");
    }

    @Test
    void anUnknownEndpointAnswers404InJson() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(base + "/api/no-such-thing")));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("message").asString()).contains("/api/no-such-thing");
    }

    @Test
    void theWebPageIsServed() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(base + "/")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<title>govgraph</title>");
    }

    private static String part(String boundary, String filename, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n" + content + "\r\n";
    }

    @Test
    void aWriteFromAnotherSiteIsRefused() throws Exception {
        var fromElsewhere = send(HttpRequest.newBuilder(URI.create(base + "/api/datasets?name=a.yaml"))
                .header("Origin", "http://evil.example")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(SampleDataset.YAML)));
        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        var fetchMetadata = send(HttpRequest.newBuilder(URI.create(base + "/api/datasets?name=a.yaml"))
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(SampleDataset.YAML)));
        assertThat(fetchMetadata.statusCode()).isEqualTo(403);
        assertThat(db.count("MATCH (n) RETURN count(n)")).isZero();
        var sameOrigin = send(HttpRequest.newBuilder(URI.create(base + "/api/datasets?name=a.yaml"))
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(SampleDataset.YAML)));
        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(201);
    }

    @Test
    void aMalformedMultipartUploadIsABadRequest() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(base + "/api/datasets"))
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("not multipart at all")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("message").asString()).contains("multipart");
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        byte[] big = new byte[(int) (5L << 20) + 10];
        java.util.Arrays.fill(big, (byte) '#');
        // Expect: 100-continue lets the server answer before the body is sent, as a careful client would; without it
        // the server's early answer races the client's upload and a busy machine may see the connection closed first
        var response = send(HttpRequest.newBuilder(URI.create(base + "/api/datasets?name=big.yaml")).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("larger than the limit");
    }
}
