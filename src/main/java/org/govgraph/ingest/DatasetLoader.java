package org.govgraph.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govgraph.store.CypherFile;
import org.govgraph.store.Graph;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a batch of dataset files: every file is read and checked completely, then checked against the graph
 * (earlier inspections they follow up, ids already used for another kind of node), and only then written, in
 * chunks of whole inspections of about {@link #DEFAULT_CHUNK_ROWS} rows, each statement of {@code cypher/load/}
 * running once per chunk over all its rows. The chunks are written in one transaction (all or nothing: uploads,
 * seeds, the default for a batch that fits one chunk) or committed one by one ({@link Commit#BY_CHUNK}, for
 * national loads too large for one transaction: a failure keeps the chunks committed before it, each holding
 * whole inspections, and loading the same files again finishes the load).
 */
public final class DatasetLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetLoader.class);

    /** Rows a chunk holds at most, unless one inspection alone holds more (then it is a chunk of its own). */
    public static final int DEFAULT_CHUNK_ROWS = 5000;

    /** How a load's chunks are committed. */
    public enum Commit {
        /** In one transaction: the whole batch or nothing. */
        ALL_AT_ONCE,
        /** Chunk by chunk, each in its own transaction: what a failure leaves is committed chunks of whole inspections. */
        BY_CHUNK
    }

    /**
     * How one load runs.
     *
     * @param commit   one transaction, or one per chunk
     * @param progress told after each chunk
     */
    public record Options(Commit commit, LoadProgress progress) {
        public Options {
            java.util.Objects.requireNonNull(commit, "commit");
            progress = progress == null ? LoadProgress.NONE : progress;
        }

        /** One transaction, no progress: what uploads and the seeds use. */
        public static Options allOrNothing() {
            return new Options(Commit.ALL_AT_ONCE, LoadProgress.NONE);
        }
    }

    private final Graph graph;
    private final DatasetReader reader;
    private final ThemeVocabulary vocabulary;
    private final TransactionConfig writeConfig;
    private final int chunkRows;
    private final ChunkWriter writer = new ChunkWriter();
    private final CypherFile loadChecks = CypherFile.load("load-checks");

    /** A loader whose writes have no time limit, in chunks of {@link #DEFAULT_CHUNK_ROWS} rows. */
    public DatasetLoader(Graph graph, DatasetReader reader, ThemeVocabulary vocabulary) {
        this(graph, reader, vocabulary, Duration.ZERO, DEFAULT_CHUNK_ROWS);
    }

    /**
     * @param loadTimeout longest one write transaction may run; {@link Duration#ZERO} for no limit (the database's
     *                    own default for queries does not apply to loads)
     * @param chunkRows   rows a chunk holds at most
     */
    public DatasetLoader(Graph graph, DatasetReader reader, ThemeVocabulary vocabulary, Duration loadTimeout, int chunkRows) {
        if (chunkRows < 1) {
            throw new IllegalArgumentException("chunk rows must be positive, got " + chunkRows);
        }
        this.graph = graph;
        this.reader = reader;
        this.vocabulary = vocabulary;
        this.chunkRows = chunkRows;
        this.writeConfig = TransactionConfig.builder().withTimeout(loadTimeout)
                .withMetadata(Map.of("app", "govgraph-load")).build();
    }

    /**
     * Checks and loads every source in one transaction, or none.
     *
     * @throws DatasetException listing every problem found, when anything is wrong; the graph is unchanged
     * @throws LoadFailedException when the database failed while writing; the graph is unchanged
     */
    public LoadSummary load(List<DatasetSource> sources) {
        return load(sources, Options.allOrNothing());
    }

    /**
     * Checks every source, then writes them as {@code options} say.
     *
     * @throws DatasetException listing every problem found, when anything is wrong; nothing was written
     * @throws LoadFailedException when the database failed while writing, saying what was committed
     */
    public LoadSummary load(List<DatasetSource> sources, Options options) {
        long started = System.nanoTime();
        if (sources.isEmpty()) {
            throw new DatasetException(List.of(DatasetProblem.ofFile("(none)", "no dataset files given")));
        }
        List<DatasetProblem> problems = new ArrayList<>();
        Map<String, Dataset> byFile = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        List<DatasetSource> unique = new ArrayList<>();
        for (DatasetSource source : sources) {
            if (!names.add(source.name())) {
                problems.add(DatasetProblem.ofFile(source.name(), "two files of the batch have this name: rename one"));
            } else {
                unique.add(source);
            }
        }
        for (var result : readAll(unique)) {
            problems.addAll(result.problems());
            if (result.ok()) {
                byFile.put(result.source().name(), result.dataset());
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(checkBatch(byFile));
        }
        if (!problems.isEmpty()) {
            LOG.warn("Load refused, nothing written: {} problem(s) in {} file(s), first: {}", problems.size(),
                    sources.size(), problems.getFirst());
            throw new DatasetException(problems);
        }
        long checked = System.nanoTime();
        List<Map.Entry<String, Dataset>> ordered = followUpsLast(byFile);
        List<List<Map.Entry<String, Dataset>>> chunks = chunks(ordered);
        ChunkWriter.Counts counts = options.commit() == Commit.BY_CHUNK && chunks.size() > 1
                ? writeByChunk(chunks, options.progress())
                : writeAtOnce(chunks, options.progress());
        var summary = new LoadSummary(ordered.stream().map(e -> LoadSummary.Loaded.of(e.getKey(), e.getValue())).toList(),
                counts.nodesCreated, counts.relationshipsCreated, counts.propertiesSet, counts.nodesDeleted,
                counts.relationshipsDeleted, (System.nanoTime() - started) / 1_000_000);
        LOG.info("Loaded {} dataset(s) {} in {} ms ({} ms reading and checking, {} chunk(s)): {} nodes and {} "
                        + "relationships created, {} properties set, {} nodes and {} relationships deleted",
                summary.datasets().size(), brief(summary.datasets().stream().map(LoadSummary.Loaded::inspection).toList()),
                summary.millis(), (checked - started) / 1_000_000, chunks.size(), summary.nodesCreated(),
                summary.relationshipsCreated(), summary.propertiesSet(), summary.nodesDeleted(),
                summary.relationshipsDeleted());
        return summary;
    }

    /** Reads and checks every file, on every core (each file is read on its own; the results keep their order). */
    private List<DatasetReader.Result> readAll(List<DatasetSource> sources) {
        return sources.size() < 4 ? sources.stream().map(reader::read).toList()
                : sources.parallelStream().map(reader::read).toList();
    }

    /** Consecutive runs of whole datasets of at most {@code chunkRows} rows (a larger dataset alone). */
    private List<List<Map.Entry<String, Dataset>>> chunks(List<Map.Entry<String, Dataset>> ordered) {
        List<List<Map.Entry<String, Dataset>>> chunks = new ArrayList<>();
        List<Map.Entry<String, Dataset>> current = new ArrayList<>();
        long rows = 0;
        for (var entry : ordered) {
            int weight = ChunkRows.weight(entry.getValue());
            if (!current.isEmpty() && rows + weight > chunkRows) {
                chunks.add(current);
                current = new ArrayList<>();
                rows = 0;
            }
            current.add(entry);
            rows += weight;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private ChunkRows rows(List<Map.Entry<String, Dataset>> chunk) {
        ChunkRows rows = new ChunkRows();
        chunk.forEach(e -> rows.add(DatasetParameters.of(e.getValue(), vocabulary)));
        return rows;
    }

    private static long weight(List<Map.Entry<String, Dataset>> chunk) {
        return chunk.stream().mapToLong(e -> ChunkRows.weight(e.getValue())).sum();
    }

    /** Every chunk in one transaction. */
    private ChunkWriter.Counts writeAtOnce(List<List<Map.Entry<String, Dataset>>> chunks, LoadProgress progress) {
        int files = chunks.stream().mapToInt(List::size).sum();
        long totalRows = chunks.stream().mapToLong(DatasetLoader::weight).sum();
        try {
            return graph.write(tx -> {
                long begun = System.nanoTime();
                ChunkWriter.Counts counts = new ChunkWriter.Counts();
                int done = 0;
                long rowsDone = 0;
                for (int c = 0; c < chunks.size(); c++) {
                    counts.add(writer.write(tx, rows(chunks.get(c))));
                    done += chunks.get(c).size();
                    rowsDone += weight(chunks.get(c));
                    progress.written(new LoadProgress.Step(c + 1, chunks.size(), done, files, rowsDone, totalRows,
                            Duration.ofNanos(System.nanoTime() - begun)));
                }
                return counts;
            }, writeConfig);
        } catch (Neo4jException e) {
            if (e.code() != null && e.code().contains("ConstraintValidationFailed")) {
                LOG.warn("Load refused by the database, nothing written: {}", e.getMessage());
                throw new DatasetException(List.of(DatasetProblem.ofFile(
                        String.join(", ", chunks.stream().flatMap(List::stream).map(Map.Entry::getKey).toList()),
                        "the database refused the load, nothing was written: " + e.getMessage())));
            }
            throw LoadFailedException.of(e, List.of(), chunks.stream().flatMap(List::stream).map(x -> x.getValue().inspection().id()).toList());
        }
    }

    /** Each chunk in its own transaction, committed before the next is written. */
    private ChunkWriter.Counts writeByChunk(List<List<Map.Entry<String, Dataset>>> chunks, LoadProgress progress) {
        int files = chunks.stream().mapToInt(List::size).sum();
        long totalRows = chunks.stream().mapToLong(DatasetLoader::weight).sum();
        long begun = System.nanoTime();
        ChunkWriter.Counts counts = new ChunkWriter.Counts();
        List<String> committed = new ArrayList<>();
        long rowsDone = 0;
        for (int c = 0; c < chunks.size(); c++) {
            var chunk = chunks.get(c);
            ChunkRows rows = rows(chunk);
            try {
                counts.add(graph.<ChunkWriter.Counts>write(tx -> writer.write(tx, rows), writeConfig));
            } catch (Neo4jException e) {
                List<String> left = chunks.subList(c, chunks.size()).stream().flatMap(List::stream)
                        .map(x -> x.getValue().inspection().id()).toList();
                throw LoadFailedException.of(e, committed, left);
            }
            chunk.forEach(x -> committed.add(x.getValue().inspection().id()));
            rowsDone += weight(chunk);
            progress.written(new LoadProgress.Step(c + 1, chunks.size(), committed.size(), files, rowsDone, totalRows,
                    Duration.ofNanos(System.nanoTime() - begun)));
        }
        return counts;
    }

    /** A list for the log: whole when short, else its first ten and how many more. */
    private static String brief(List<String> items) {
        return items.size() <= 10 ? items.toString()
                : items.subList(0, 10).toString().replace("]", ", and " + (items.size() - 10) + " more]");
    }

    /** Checks across the files of the batch and against what the graph already holds. */
    private List<DatasetProblem> checkBatch(Map<String, Dataset> byFile) {
        List<DatasetProblem> problems = new ArrayList<>();
        Map<String, String> inspections = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        Map<String, String> kindFile = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (var entry : byFile.entrySet()) {
            String file = entry.getKey();
            Dataset d = entry.getValue();
            String other = inspections.putIfAbsent(d.inspection().id(), file);
            if (other != null) {
                problems.add(new DatasetProblem(file, 0, "inspection/id", "inspection '" + d.inspection().id()
                        + "' is also in " + other + ": one file per inspection"));
            }
            entityKinds(d).forEach((id, kind) -> {
                String before = kinds.putIfAbsent(id, kind);
                if (before != null && !before.equals(kind)) {
                    problems.add(new DatasetProblem(file, 0, "", "'" + id + "' is declared here as a " + kind
                            + " but as a " + before + " in " + kindFile.get(id)));
                }
                kindFile.putIfAbsent(id, file);
            });
            d.teams().forEach(t -> owners.putIfAbsent(t.id(), t.authority()));
            d.roles().forEach(r -> owners.putIfAbsent(r.id(), r.authority()));
        }
        Set<String> wanted = new HashSet<>();
        byFile.values().forEach(d -> {
            if (d.inspection().followsUp() != null) {
                wanted.add(d.inspection().followsUp().inspection());
            }
        });
        wanted.removeAll(inspections.keySet());
        Map<String, Earlier> earlier = new HashMap<>();
        byFile.values().forEach(d -> earlier.put(d.inspection().id(), new Earlier(d.inspection().authority(),
                d.inspection().fieldwork() == null ? null : d.inspection().fieldwork().start())));
        List<Map<String, Object>> entities = new ArrayList<>();
        kinds.forEach((id, kind) -> {
            Map<String, Object> e = new HashMap<>();
            e.put("id", id);
            e.put("label", label(kind));
            e.put("authority", owners.get(id));
            entities.add(e);
        });
        List<DatasetProblem> conflicts = new ArrayList<>();
        graph.read(tx -> {
            tx.run(loadChecks.statements().get(0), Map.of("ids", List.copyOf(wanted))).forEachRemaining(r ->
                    earlier.put(r.get("id").asString(), new Earlier(r.get("authority").asString(null),
                            r.get("date").asString(null))));
            tx.run(loadChecks.statements().get(1), Map.of("entities", entities)).forEachRemaining(r -> {
                String id = r.get("id").asString();
                var labels = r.get("labels").asList(v -> v.asString());
                String message = labels.contains(label(kinds.get(id)))
                        ? "'" + id + "' is a " + kinds.get(id) + " of '" + r.get("authority").asString(null)
                                + "' in the graph already, not of '" + owners.get(id) + "'"
                        : "'" + id + "' is a " + labels + " in the graph already, not a " + label(kinds.get(id));
                conflicts.add(new DatasetProblem(kindFile.get(id), 0, "", message));
            });
            return null;
        });
        for (var entry : byFile.entrySet()) {
            var inspection = entry.getValue().inspection();
            var followsUp = inspection.followsUp();
            if (followsUp == null) {
                continue;
            }
            String field = "inspection/follows_up/inspection";
            Earlier target = earlier.get(followsUp.inspection());
            String start = inspection.fieldwork() == null ? null : inspection.fieldwork().start();
            if (target == null) {
                problems.add(new DatasetProblem(entry.getKey(), 0, field, "unknown inspection '" + followsUp.inspection()
                        + "': load its dataset first or in the same batch"));
            } else if (!inspection.authority().equals(target.authority())) {
                problems.add(new DatasetProblem(entry.getKey(), 0, field, "'" + followsUp.inspection()
                        + "' is an inspection of '" + target.authority() + "', not of '" + inspection.authority()
                        + "': a follow-up is of the same authority"));
            } else if (start != null && target.date() != null && target.date().compareTo(start) > 0) {
                problems.add(new DatasetProblem(entry.getKey(), 0, field, "'" + followsUp.inspection() + "' ("
                        + target.date() + ") is later than this inspection (" + start + "): it cannot be followed up"));
            }
        }
        problems.addAll(conflicts);
        return problems;
    }

    /** What the loader needs of an inspection that another follows up. */
    private record Earlier(String authority, String date) {
    }

    private static Map<String, String> entityKinds(Dataset d) {
        Map<String, String> kinds = new LinkedHashMap<>();
        d.authorities().forEach(a -> kinds.put(a.id(), "authority"));
        d.boards().forEach(b -> kinds.put(b.id(), "board"));
        d.teams().forEach(t -> kinds.put(t.id(), "team"));
        d.partners().forEach(p -> kinds.put(p.id(), "partner"));
        d.roles().forEach(r -> kinds.put(r.id(), "role"));
        return kinds;
    }

    private static String label(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    /** Orders the batch so that an inspection is written before any inspection of the batch that follows it up. */
    private static List<Map.Entry<String, Dataset>> followUpsLast(Map<String, Dataset> byFile) {
        List<Map.Entry<String, Dataset>> pending = new ArrayList<>(byFile.entrySet());
        List<Map.Entry<String, Dataset>> ordered = new ArrayList<>();
        Set<String> written = new HashSet<>();
        Set<String> inBatch = new HashSet<>();
        byFile.values().forEach(d -> inBatch.add(d.inspection().id()));
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                var entry = it.next();
                var followsUp = entry.getValue().inspection().followsUp();
                if (followsUp == null || !inBatch.contains(followsUp.inspection()) || written.contains(followsUp.inspection())) {
                    ordered.add(entry);
                    written.add(entry.getValue().inspection().id());
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                throw new DatasetException(pending.stream().map(e -> new DatasetProblem(e.getKey(), 0,
                        "inspection/follows_up/inspection", "follow-ups of this batch go round in a circle")).toList());
            }
        }
        return ordered;
    }
}
