package org.govgraph.http;

import static org.govgraph.http.Export.row;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.govgraph.query.CypherConsole;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/cypher}: an analyst's read-only query, answered as rows and a graph (JSON) or as CSV, with
 * its plan on request; {@code GET /api/queries}: the library of named queries. A query whose client goes away
 * is ended at once on the server.
 */
final class ConsoleRoutes {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long PROBE_MILLIS = 200;

    private final CypherConsole console;

    ConsoleRoutes(CypherConsole console) {
        this.console = console;
    }

    void library(Context ctx) {
        Export.respond(ctx, console.library(), entries -> entries.stream().map(e -> row("name", e.name(),
                "description", e.description(), "params", e.params().stream().map(p -> p.name() + " " + p.type()).toList(),
                "query", e.query())).toList(), "queries");
    }

    void run(Context ctx) throws InterruptedException {
        CypherConsole.Request request;
        try {
            request = JSON.readValue(ctx.body(), CypherConsole.Request.class);
        } catch (JacksonException e) {
            throw new WebServer.BadRequest("the body must be JSON {\"query\": \"...\", \"params\": {...}, "
                    + "\"mode\": \"run|explain|profile\"}: " + e.getOriginalMessage());
        }
        if (request == null) {
            throw new WebServer.BadRequest("the body must be a JSON object {\"query\": \"...\"}");
        }
        String requestId = UUID.randomUUID().toString();
        var client = ClientConnection.of(ctx);
        long deadline = System.nanoTime() + console.timeout().plusSeconds(10).toNanos();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var answer = executor.submit(() -> console.run(request, requestId));
            while (true) {
                if (System.nanoTime() > deadline) {
                    // the database did not end it in time (a query it cannot even answer): end it, and say so
                    console.cancel(requestId);
                    answer.cancel(true);
                    throw new CypherConsole.TimedOut("the query was stopped after " + console.timeout().toSeconds() + " s");
                }
                try {
                    var result = answer.get(PROBE_MILLIS, TimeUnit.MILLISECONDS);
                    respond(ctx, result);
                    return;
                } catch (TimeoutException stillRunning) {
                    if (!client.open()) {
                        console.cancel(requestId);
                        answer.cancel(true);
                        return;
                    }
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
    }

    private static void respond(Context ctx, CypherConsole.Result result) {
        Export.respond(ctx, result, r -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (var values : r.rows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < r.columns().size(); i++) {
                    Object v = values.get(i);
                    row.put(r.columns().get(i), v instanceof Map<?, ?> || v instanceof List<?> l && !l.stream().allMatch(x -> x instanceof String)
                            ? JSON.writeValueAsString(v) : v);
                }
                rows.add(row);
            }
            return rows;
        }, result.columns(), "query");
    }

}
