package org.govgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/extract} over real HTTP: a draft for review, bad input refused by name, nothing written. */
class ExtractApiIT {

    private static TestGraph db;
    private static Javalin app;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        db = TestGraph.get();
        db.clear();
        app = WebServer.create(db.config, db.graph, db.loader, db.questions).start();
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> post(String path, byte[] body, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReportBecomesADraftAndNothingIsWritten() throws Exception {
        byte[] report;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reports/003_8c1e3e0d1dda4a4f.txt")) {
            report = in.readAllBytes();
        }
        String before = db.checksum();
        var response = post("/api/extract?name=powys-2014.txt", report, "Content-Type", "text/plain");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode draft = JsonMapper.builder().build().readTree(response.body());
        // "Inspection of Powys County Council", August 2014, fieldwork "between January and May 2014", five questions
        assertThat(draft.at("/inspection/id").asString()).isEqualTo("powys-2014-01");
        assertThat(draft.at("/authorities/0/name").asString()).isEqualTo("Powys County Council");
        assertThat(draft.at("/inspection/published").asString()).isEqualTo("2014-08");
        assertThat(draft.get("findings").findValuesAsString("ref")).contains("Question 1, positives, bullet 1",
                "Question 5, areas for improvement, bullet 1");
        assertThat(draft.at("/extraction/format").asString()).isEqualTo("text, UTF-8");
        assertThat(db.checksum()).as("nothing written").isEqualTo(before);
    }

    @Test
    void badInputIsRefusedWithTheFileAndTheProblem() throws Exception {
        var empty = post("/api/extract?name=empty.txt", new byte[0], "Content-Type", "text/plain");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("empty.txt: the file is empty").doesNotContain("Exception");
        var noName = post("/api/extract", "text".getBytes(), "Content-Type", "text/plain");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("name the report");
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7);
        }
        var noise = post("/api/extract?name=noise.bin", binary, "Content-Type", "application/octet-stream");
        assertThat(noise.statusCode()).isEqualTo(400);
        assertThat(noise.body()).contains("noise.bin: this is neither text nor a PDF");
        var crossSite = post("/api/extract?name=a.txt", "Inspection".getBytes(), "Content-Type", "text/plain",
                "Origin", "https://elsewhere.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
    }
}
