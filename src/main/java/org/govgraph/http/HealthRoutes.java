package org.govgraph.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.govgraph.store.Graph;

/** {@code GET /api/health}: whether the graph answers, and which Neo4j it is. */
final class HealthRoutes {

    private final Graph graph;

    HealthRoutes(Graph graph) {
        this.graph = graph;
    }

    /** The body of a health answer. */
    record Health(String status, Graph.ServerInfo neo4j) {
    }

    void health(Context ctx) {
        try {
            ctx.json(new Health("ok", graph.serverInfo()));
        } catch (RuntimeException e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new ApiError(503, "unavailable",
                    "the graph database does not answer: " + e.getMessage(), java.util.List.of()));
        }
    }
}
