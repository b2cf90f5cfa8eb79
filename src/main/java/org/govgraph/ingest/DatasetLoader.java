package org.govgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govgraph.store.CypherFile;
import org.govgraph.store.Graph;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a batch of dataset files all or nothing: every file is read and checked completely, then checked
 * against the graph (earlier inspections they follow up, ids already used for another kind of node), and
 * only then is the whole batch written in one transaction with {@code cypher/load-dataset.cypher}.
 */
public final class DatasetLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetLoader.class);

    private final Graph graph;
    private final DatasetReader reader;
    private final ThemeVocabulary vocabulary;
    private final CypherFile loadDataset = CypherFile.load("load-dataset");
    private final CypherFile loadChecks = CypherFile.load("load-checks");

    public DatasetLoader(Graph graph, DatasetReader reader, ThemeVocabulary vocabulary) {
        this.graph = graph;
        this.reader = reader;
        this.vocabulary = vocabulary;
    }

    /**
     * Checks and loads every source, or none.
     *
     * @throws DatasetException listing every problem found, when anything is wrong; the graph is unchanged
     */
    public LoadSummary load(List<DatasetSource> sources) {
        long started = System.nanoTime();
        if (sources.isEmpty()) {
            throw new DatasetException(List.of(DatasetProblem.ofFile("(none)", "no dataset files given")));
        }
        List<DatasetProblem> problems = new ArrayList<>();
        Map<String, Dataset> byFile = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (DatasetSource source : sources) {
            if (!names.add(source.name())) {
                problems.add(DatasetProblem.ofFile(source.name(), "two files of the batch have this name: rename one"));
                continue;
            }
            var result = reader.read(source);
            problems.addAll(result.problems());
            if (result.ok()) {
                byFile.put(source.name(), result.dataset());
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
        List<Map.Entry<String, Dataset>> ordered = followUpsLast(byFile);
        long[] counts = new long[5];
        try {
            graph.write(tx -> {
                java.util.Arrays.fill(counts, 0);
                for (var entry : ordered) {
                    var params = Map.<String, Object>of("ds", DatasetParameters.of(entry.getValue(), vocabulary));
                    for (String statement : loadDataset.statements()) {
                        add(counts, tx.run(statement, params).consume().counters());
                    }
                }
                return null;
            });
        } catch (ClientException e) {
            if (!e.code().contains("ConstraintValidationFailed")) {
                throw e;
            }
            LOG.warn("Load refused by the database, nothing written: {}", e.getMessage());
            throw new DatasetException(List.of(DatasetProblem.ofFile(String.join(", ", byFile.keySet()),
                    "the database refused the load, nothing was written: " + e.getMessage())));
        }
        var summary = new LoadSummary(ordered.stream().map(e -> LoadSummary.Loaded.of(e.getKey(), e.getValue())).toList(),
                counts[0], counts[1], counts[2], counts[3], counts[4], (System.nanoTime() - started) / 1_000_000);
        LOG.info("Loaded {} dataset(s) {} in {} ms: {} nodes and {} relationships created, {} properties set, "
                        + "{} nodes and {} relationships deleted",
                summary.datasets().size(), brief(summary.datasets().stream().map(LoadSummary.Loaded::inspection).toList()),
                summary.millis(), summary.nodesCreated(), summary.relationshipsCreated(), summary.propertiesSet(),
                summary.nodesDeleted(), summary.relationshipsDeleted());
        return summary;
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

    private static void add(long[] counts, SummaryCounters c) {
        counts[0] += c.nodesCreated();
        counts[1] += c.relationshipsCreated();
        counts[2] += c.propertiesSet();
        counts[3] += c.nodesDeleted();
        counts[4] += c.relationshipsDeleted();
    }
}
