package org.govgraph.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/** The API's routes in one table: registered by {@link WebServer}, and checked against the OpenAPI document. */
final class ApiRoutes {

    /** One route. */
    record Route(HandlerType method, String path, Handler handler) {
    }

    private ApiRoutes() {
    }

    static List<Route> table(HealthRoutes health, DatasetRoutes datasets, ExtractRoutes extract, QueryRoutes queries,
                             ConsoleRoutes console, OpenApiRoutes openApi) {
        return List.of(
                new Route(HandlerType.GET, "/api/health", health::health),
                new Route(HandlerType.GET, "/api/openapi.yaml", openApi::yaml),
                new Route(HandlerType.GET, "/api/openapi.json", openApi::json),
                new Route(HandlerType.POST, "/api/datasets", datasets::upload),
                new Route(HandlerType.POST, "/api/extract", extract::draft),
                new Route(HandlerType.GET, "/api/authorities", queries::authorities),
                new Route(HandlerType.GET, "/api/authorities/{id}", queries::authority),
                new Route(HandlerType.GET, "/api/authorities/{id}/map", queries::map),
                new Route(HandlerType.GET, "/api/authorities/{id}/leadership", queries::leadership),
                new Route(HandlerType.GET, "/api/authorities/{id}/boards", queries::boards),
                new Route(HandlerType.GET, "/api/authorities/{id}/gaps", queries::authorityGaps),
                new Route(HandlerType.GET, "/api/authorities/{id}/themes", queries::themes),
                new Route(HandlerType.GET, "/api/authorities/{id}/follow-up", queries::followUp),
                new Route(HandlerType.GET, "/api/authorities/{id}/diff", queries::diff),
                new Route(HandlerType.GET, "/api/turnover", queries::turnover),
                new Route(HandlerType.GET, "/api/themes", queries::themeList),
                new Route(HandlerType.GET, "/api/gaps", queries::gaps),
                new Route(HandlerType.GET, "/api/compare", queries::compare),
                new Route(HandlerType.GET, "/api/search", queries::search),
                new Route(HandlerType.GET, "/api/entities/{id}", queries::entity),
                new Route(HandlerType.POST, "/api/cypher", console::run),
                new Route(HandlerType.GET, "/api/queries", console::library));
    }

    static void register(RoutesConfig routes, List<Route> table) {
        table.forEach(r -> routes.addHttpHandler(r.method(), r.path(), r.handler()));
    }
}
