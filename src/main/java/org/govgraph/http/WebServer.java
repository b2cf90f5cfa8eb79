package org.govgraph.http;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson3;
import java.util.List;
import org.govgraph.config.GovgraphConfig;
import org.govgraph.extract.Extraction;
import org.govgraph.extract.source.ReportInputException;
import org.govgraph.ingest.DatasetException;
import org.govgraph.ingest.DatasetLoader;
import org.govgraph.ingest.LoadFailedException;
import org.govgraph.query.CypherConsole;
import org.govgraph.query.InspectionReports;
import org.govgraph.query.InvalidQueryException;
import org.govgraph.query.NotFoundException;
import org.govgraph.query.Questions;
import org.govgraph.store.Graph;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the unstarted Javalin application from its collaborators; {@code main} starts it and tests
 * start it on port 0. Every error leaves as an {@link ApiError}; every request is logged in one line.
 */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Logger REQUESTS = LoggerFactory.getLogger("govgraph.requests");

    private static final long STOP_TIMEOUT_MILLIS = 10_000;
    private static final String ANSWERED = "govgraph.answered";

    private WebServer() {
    }

    /** The application, not yet started. */
    public static Javalin create(GovgraphConfig config, Graph graph, DatasetLoader loader, Questions questions) {
        var routes = ApiRoutes.table(new HealthRoutes(graph), new DatasetRoutes(loader, config.limits().maxDatasetBytes()),
                new ExtractRoutes(Extraction.withGazetteers(List.of()), new InspectionReports(graph), config.limits().maxDatasetBytes()),
                new QueryRoutes(questions), new ConsoleRoutes(questions.console()), new OpenApiRoutes());
        JsonMapper mapper = JsonMapper.builder().build();
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson3(mapper, false));
            cfg.jetty.host = config.httpHost();
            cfg.jetty.port = config.httpPort();
            // stop() lets requests in flight finish (up to 10 s) instead of cutting their connections
            cfg.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                server.insertHandler(new GracefulHandler());
            });
            // uploads: each file at most the dataset limit, at most MAX_FILES of them; the loader checks each again
            long maxFile = config.limits().maxDatasetBytes();
            cfg.http.maxRequestSize = maxFile + 65_536;
            cfg.jetty.multipartConfig.maxFileSize(maxFile + 1, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, maxFile + 1), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(maxFile * DatasetRoutes.MAX_FILES + 65_536, SizeUnit.BYTES);
            cfg.staticFiles.enableWebjars();
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            cfg.requestLogger.http((ctx, ms) -> REQUESTS.info("{} {} {} {} ms", ctx.method(), ctx.path(),
                    ctx.statusCode(), Math.round(ms)));
            cfg.routes.before("/api/*", WebServer::refuseCrossSiteWrites);
            if (loopback(config.httpHost())) {
                cfg.routes.before("/api/*", WebServer::refuseForeignHosts);
            }
            ApiRoutes.register(cfg.routes, routes);
            cfg.routes.exception(Forbidden.class, (e, ctx) -> ctx.status(HttpStatus.FORBIDDEN)
                    .json(new ApiError(403, "forbidden", e.getMessage(), List.of())));
            cfg.routes.exception(NotFoundException.class, (e, ctx) -> {
                ctx.attribute(ANSWERED, true);
                ctx.status(HttpStatus.NOT_FOUND).json(new ApiError(404, "not found", e.getMessage(), List.of()));
            });
            cfg.routes.exception(CypherConsole.Busy.class, (e, ctx) -> ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .json(new ApiError(503, "busy", e.getMessage(), List.of())));
            cfg.routes.exception(InvalidQueryException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
                    .json(new ApiError(400, "bad request", e.getMessage(), List.of())));
            cfg.routes.exception(DatasetException.class, (e, ctx) -> {
                ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError(400, "invalid dataset",
                        "nothing was loaded: " + e.problems().size() + " problem(s)",
                        e.problems().stream().map(p -> new ApiError.Problem(p.file(), p.line(), p.field(), p.message()))
                                .toList()));
            });
            cfg.routes.exception(LoadFailedException.class, (e, ctx) -> {
                LOG.warn("Load failed: {}", e.getMessage());
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new ApiError(503, "load failed", e.getMessage(), List.of()));
            });
            cfg.routes.exception(CypherConsole.Refused.class, (e, ctx) -> ctx.status(HttpStatus.FORBIDDEN)
                    .json(new ApiError(403, "refused", e.getMessage(), List.of())));
            cfg.routes.exception(CypherConsole.TimedOut.class, (e, ctx) -> ctx.status(HttpStatus.REQUEST_TIMEOUT)
                    .json(new ApiError(408, "timeout", e.getMessage(), List.of())));
            cfg.routes.exception(ReportInputException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
                    .json(new ApiError(400, "bad request", e.getMessage(), List.of())));
            cfg.routes.exception(BadRequest.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
                    .json(new ApiError(400, "bad request", e.getMessage(), List.of())));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                        .json(new ApiError(500, "internal error", "the server failed; see its log", List.of()));
            });
            cfg.routes.error(HttpStatus.NOT_FOUND.getCode(), ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.attribute(ANSWERED) == null) {
                    ctx.json(new ApiError(404, "not found", "no such endpoint: " + ctx.method() + " " + ctx.path(),
                            List.of()));
                }
            });
        });
    }

    /**
     * Writes come only from this server's own pages or from tools that send no browser headers (curl, scripts):
     * a page on another site cannot make a visitor's browser load or replace datasets here.
     */
    static void refuseCrossSiteWrites(io.javalin.http.Context ctx) {
        if (ctx.method() == io.javalin.http.HandlerType.GET || ctx.method() == io.javalin.http.HandlerType.HEAD
                || ctx.method() == io.javalin.http.HandlerType.OPTIONS) {
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new Forbidden("writes are refused from other sites (Sec-Fetch-Site: " + site + ")");
        }
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null && (host == null || !origin.replaceFirst("^https?://", "").equals(host))) {
            throw new Forbidden("writes are refused from other origins (" + origin + ")");
        }
    }

    /**
     * On a loopback server, the Host header must name this machine: a page whose own name was made to point at
     * 127.0.0.1 (DNS rebinding) would otherwise pass the same-origin checks.
     */
    static void refuseForeignHosts(io.javalin.http.Context ctx) {
        String host = ctx.header("Host");
        String name = host == null ? "" : host.replaceFirst(":\\d+$", "").toLowerCase(java.util.Locale.ROOT);
        if (!List.of("localhost", "127.0.0.1", "[::1]", "::1").contains(name)) {
            throw new Forbidden("this server answers to localhost only, not to '" + host + "'");
        }
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    /** A request refused on principle; answered 403 with its message. */
    public static final class Forbidden extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Forbidden(String message) {
            super(message);
        }
    }

    /** A request the client must fix; answered 400 with its message. */
    public static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BadRequest(String message) {
            super(message);
        }
    }
}
