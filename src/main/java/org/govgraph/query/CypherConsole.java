package org.govgraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govgraph.store.CypherFile;
import org.govgraph.store.CypherLibrary;
import org.govgraph.store.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyst's Cypher console: runs a query an analyst wrote (or a named query of the library) read-only and
 * bounded. Two layers, each enough on its own against writing: {@link ConsoleGuard} refuses what is not a read
 * before it runs, and the query runs in a READ transaction. The database adds its own bounds (no LOAD CSV from
 * files or URLs, a memory limit per transaction and in total); the console adds a timeout, a row cap with the
 * truncation flagged, and ends the transaction when asked to (the client went away).
 */
public final class CypherConsole {

    private static final Logger LOG = LoggerFactory.getLogger(CypherConsole.class);
    /** The transaction metadata key that marks console queries, so that one can be ended from outside. */
    public static final String REQUEST_KEY = "govgraphConsoleRequest";
    /** The most an answer may weigh (the text of its values, roughly); beyond it rows are cut as beyond the row cap. */
    static final long MAX_ANSWER_CHARS = 20_000_000;
    /** The most console queries that run at once; more wait briefly, then are refused (the server stays free). */
    static final int MAX_CONCURRENT = 4;
    private final java.util.concurrent.Semaphore running = new java.util.concurrent.Semaphore(MAX_CONCURRENT);

    /** Which layers are on; both always are, except in the tests that show each holds without the other. */
    public record Layers(boolean guard, boolean readTransaction) {
        public static Layers all() {
            return new Layers(true, true);
        }
    }

    /** The console's bounds. */
    public record Bounds(Duration timeout, int maxRows) {
        public Bounds {
            if (timeout.isNegative() || timeout.isZero() || maxRows < 1) {
                throw new IllegalArgumentException("console timeout and row cap must be positive");
            }
        }
    }

    /** What an analyst asks: a query (or a library name), its parameters, and run, explain or profile. */
    public record Request(String query, String name, Map<String, Object> params, String mode, Integer maxRows) {
        public Request {
            params = params == null ? Map.of() : params;
            mode = mode == null ? "run" : mode;
            if (!List.of("run", "explain", "profile").contains(mode)) {
                throw new InvalidQueryException("mode must be run, explain or profile, got '" + mode + "'");
            }
            if ((query == null || query.isBlank()) == (name == null || name.isBlank())) {
                throw new InvalidQueryException("give either a query or the name of a library query");
            }
            if (maxRows != null && maxRows < 1) {
                throw new InvalidQueryException("maxRows must be 1 or more");
            }
        }
    }

    /** One step of a plan, with the profile's figures when profiled. */
    public record PlanStep(String operator, Map<String, Object> arguments, List<String> identifiers, Long dbHits,
                           Long rows, List<PlanStep> children) {
    }

    /** The answer: rows and, where they hold nodes and relationships, a graph. */
    public record Result(String query, String mode, List<String> columns, List<List<Object>> rows,
                         List<ConsoleValues.GraphNode> nodes, List<ConsoleValues.GraphRelationship> relationships,
                         int rowCount, boolean truncated, int maxRows, long millis, String queryType, PlanStep plan,
                         List<String> notifications) {
    }

    /** A named query as the library lists it. */
    public record LibraryEntry(String name, String description, List<CypherFile.Param> params, String query) {
    }

    /** A query refused by a layer of protection (403). */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /** A query that ran past the console's time limit (408). */
    public static final class TimedOut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TimedOut(String message) {
            super(message);
        }
    }

    private final Graph graph;
    private final CypherLibrary library;
    private final ConsoleGuard guard = new ConsoleGuard();
    private final Layers layers;
    private final Bounds bounds;

    public CypherConsole(Graph graph, CypherLibrary library, Layers layers, Bounds bounds) {
        this.graph = graph;
        this.library = library;
        this.layers = layers;
        this.bounds = bounds;
    }

    /** The named queries an analyst may run: those that read (the loader's and the schema's are left out). */
    public List<LibraryEntry> library() {
        return library.all().stream().filter(CypherConsole::forAnalysts)
                .map(f -> new LibraryEntry(f.name(), f.description(), f.params(), f.statements().getFirst())).toList();
    }

    private static boolean forAnalysts(CypherFile f) {
        return f.statements().size() == 1 && !f.name().startsWith("load-") && !f.name().equals("schema");
    }

    /**
     * Runs a request under every layer that is on.
     *
     * @param requestId marks the transaction so that {@link #cancel(String)} can end it
     */
    public Result run(Request request, String requestId) {
        try {
            if (!running.tryAcquire(2, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new Busy("the console is running " + MAX_CONCURRENT + " queries already: try again in a moment");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("interrupted while waiting for the console");
        }
        try {
            return runGuarded(request, requestId);
        } finally {
            running.release();
        }
    }

    private Result runGuarded(Request request, String requestId) {
        String query = request.query();
        if (query == null) {
            CypherFile file = library.all().stream().filter(f -> f.name().equals(request.name())).filter(CypherConsole::forAnalysts)
                    .findFirst().orElseThrow(() -> new NotFoundException("no library query '" + request.name() + "'"));
            query = file.statements().getFirst();
        }
        int maxRows = Math.min(request.maxRows() == null ? bounds.maxRows() : request.maxRows(), bounds.maxRows());
        if (layers.guard()) {
            var refusal = guard.checkText(query);
            if (refusal.isPresent()) {
                throw new Refused(refusal.get());
            }
        }
        var config = TransactionConfig.builder().withTimeout(bounds.timeout())
                .withMetadata(Map.of(REQUEST_KEY, requestId)).build();
        String finalQuery = stripTrailingSemicolon(query);
        long started = System.nanoTime();
        try {
            if (layers.guard()) {
                var explained = transaction(tx -> tx.run("EXPLAIN " + finalQuery, request.params()).consume(), config);
                Optional<String> refusal = guard.checkPlan(explained);
                if (refusal.isPresent()) {
                    throw new Refused(refusal.get());
                }
            }
            String prefix = switch (request.mode()) {
                case "explain" -> "EXPLAIN ";
                case "profile" -> "PROFILE ";
                default -> "";
            };
            Result result = transaction(tx -> {
                var cursor = tx.run(prefix + finalQuery, request.params());
                var values = new ConsoleValues();
                List<List<Object>> rows = new ArrayList<>();
                boolean truncated = false;
                long weight = 0;
                while (cursor.hasNext()) {
                    if (rows.size() == maxRows || weight > MAX_ANSWER_CHARS) {
                        truncated = true;
                        break;
                    }
                    Record record = cursor.next();
                    List<Object> row = new ArrayList<>(record.size());
                    record.values().forEach(v -> row.add(values.convert(v)));
                    weight += record.values().stream().mapToLong(CypherConsole::weight).sum();
                    rows.add(row);
                }
                var columns = cursor.keys();
                var summary = truncated ? null : cursor.consume();
                PlanStep plan = summary == null ? null : summary.hasProfile() ? step(summary.profile())
                        : summary.hasPlan() ? step(summary.plan()) : null;
                return new Result(finalQuery, request.mode(), columns, rows, values.nodes(), values.relationships(),
                        rows.size(), truncated, maxRows, (System.nanoTime() - started) / 1_000_000,
                        summary == null ? null : String.valueOf(summary.queryType()), plan,
                        summary == null ? List.of() : summary.notifications().stream()
                                .map(n -> n.title() + ": " + n.description()).toList());
            }, config);
            LOG.info("Console query {} ({}): {} rows{} in {} ms", requestId, request.mode(), result.rowCount(),
                    result.truncated() ? " (truncated)" : "", result.millis());
            return result;
        } catch (Failed e) {
            throw translate(e.cause);
        } catch (ClientException e) {
            throw translate(e);
        }
    }

    /** A rough size of a value as text, to bound an answer's weight. */
    private static long weight(org.neo4j.driver.Value v) {
        return switch (v.type().name()) {
            case "STRING" -> v.asString().length();
            case "PATH" -> v.asPath().length() * 64L + 64;
            case "LIST", "MAP" -> weight(v.values()) + 16;
            // a node or relationship is not itself iterable (v.values() throws "NODE is not iterable"): weigh its properties
            case "NODE" -> weight(v.asNode().values()) + 64;
            case "RELATIONSHIP" -> weight(v.asRelationship().values()) + 64;
            default -> 16;
        };
    }

    private static long weight(Iterable<org.neo4j.driver.Value> values) {
        return java.util.stream.StreamSupport.stream(values.spliterator(), false).mapToLong(CypherConsole::weight).sum();
    }

    /** The console is running as many queries as it may (503). */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Busy(String message) {
            super(message);
        }
    }

    /** The console's time limit, for the route that waits on it. */
    public java.time.Duration timeout() {
        return bounds.timeout();
    }

    /** Ends the transaction of a request, if it is still running; returns whether one was ended. */
    public boolean cancel(String requestId) {
        int ended = graph.terminate(REQUEST_KEY, requestId);
        if (ended > 0) {
            LOG.info("Console query {} ended: its client went away", requestId);
        }
        return ended > 0;
    }

    /**
     * Runs {@code work} in a READ transaction (or a write one, when that layer is switched off in tests). A failure
     * leaves the callback wrapped, so that the driver does not retry it: a query that hit the memory limit or the
     * time limit would only hit it again.
     */
    private <T> T transaction(org.neo4j.driver.TransactionCallback<T> work, TransactionConfig config) {
        org.neo4j.driver.TransactionCallback<T> once = tx -> {
            try {
                return work.execute(tx);
            } catch (Neo4jException e) {
                throw new Failed(e);
            }
        };
        return layers.readTransaction() ? graph.read(once, config) : graph.write(once, config);
    }

    /** A database failure carried out of a transaction callback unretried. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Neo4jException cause;

        Failed(Neo4jException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private RuntimeException translate(Neo4jException e) {
        String code = String.valueOf(e.code());
        String message = e.getMessage();
        if (code.contains("AccessMode") || code.contains("ForbiddenDueToTransactionType")
                || code.contains("Security.Forbidden") || code.contains("WriteOnReadOnlyAccessDatabase")) {
            return new Refused("the console only reads: " + message);
        }
        if (code.contains("Transaction") && (code.contains("Timeout") || code.contains("Terminated"))
                || message != null && message.contains("timeout")) {
            return new TimedOut("the query was stopped after " + bounds.timeout().toSeconds() + " s");
        }
        if (message != null && message.contains("IN TRANSACTIONS") && message.contains("implicit transaction")) {
            return new Refused("CALL { ... } IN TRANSACTIONS is not allowed in the console");
        }
        if (code.contains("Memory") || message != null && message.contains("memory")) {
            return new InvalidQueryException("the query needed more memory than a query may use: " + message);
        }
        if (e instanceof TransientException || !(e instanceof ClientException)) {
            return e; // the server's trouble, not the query's: 500 with the details in the log
        }
        return new InvalidQueryException(message == null ? code : message);
    }

    private static String stripTrailingSemicolon(String query) {
        String q = query.strip();
        return q.endsWith(";") ? q.substring(0, q.length() - 1) : q;
    }

    private static PlanStep step(Plan plan) {
        Map<String, Object> args = new LinkedHashMap<>();
        plan.arguments().forEach((k, v) -> args.put(k, v.asObject()));
        Long hits = plan instanceof ProfiledPlan p ? p.dbHits() : null;
        Long rows = plan instanceof ProfiledPlan p ? p.records() : null;
        return new PlanStep(plan.operatorType(), args, plan.identifiers(), hits, rows,
                plan.children().stream().map(CypherConsole::step).toList());
    }

}
