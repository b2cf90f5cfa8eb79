package org.govgraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows that one chunk of a load writes: the {@link DatasetParameters} of its datasets (whole inspections,
 * in the order they are written) regrouped by kind of fact, so that each statement of {@code cypher/load/} runs
 * once per chunk over thousands of rows instead of once per file. What several files state about one shared
 * node is kept in file order, to be folded by {@link SharedNodeFold}.
 */
final class ChunkRows {

    final Map<SharedNodeKind, Map<String, List<SharedNodeFold.Statement>>> shared = new EnumMap<>(SharedNodeKind.class);
    final List<Map<String, Object>> successions = new ArrayList<>();
    final List<Map<String, Object>> teamLinks = new ArrayList<>();
    final List<Map<String, Object>> roleLinks = new ArrayList<>();
    final List<Map<String, Object>> inspectorates = new ArrayList<>();
    final List<Map<String, Object>> inspections = new ArrayList<>();
    final List<Map<String, Object>> prune = new ArrayList<>();
    final List<Map<String, Object>> judgements = new ArrayList<>();
    final List<Map<String, Object>> inspectors = new ArrayList<>();
    final List<Map<String, Object>> mentions = new ArrayList<>();
    final List<Map<String, Object>> members = new ArrayList<>();
    final List<Map<String, Object>> spells = new ArrayList<>();
    final List<Map<String, Object>> findings = new ArrayList<>();
    final List<Map<String, Object>> recommendations = new ArrayList<>();
    private final Set<List<String>> seenLinks = new LinkedHashSet<>();
    private final Set<String> seenInspectorates = new LinkedHashSet<>();

    ChunkRows() {
        for (SharedNodeKind kind : SharedNodeKind.values()) {
            shared.put(kind, new LinkedHashMap<>());
        }
    }

    /** How much writing a dataset costs, in rows: the unit chunks are measured in. */
    static int weight(Dataset d) {
        return 1 + d.findings().size() + d.recommendations().size() + d.spells().size() + d.boards().size()
                + d.teams().size() + d.partners().size() + d.roles().size() + d.inspection().judgements().size()
                + d.inspection().team().size();
    }

    /** Adds one dataset's parameters, as built by {@link DatasetParameters#of}. */
    @SuppressWarnings("unchecked")
    void add(Map<String, Object> ds) {
        String statedAt = (String) ds.get("statedAt");
        var inspection = (Map<String, Object>) ds.get("inspection");
        String id = (String) inspection.get("id");
        var report = (Map<String, Object>) ds.get("report");
        String reportId = (String) report.get("id");
        state(SharedNodeKind.REPORT, report, statedAt);
        for (var a : list(ds, "authorities")) {
            state(SharedNodeKind.AUTHORITY, a, statedAt);
            for (Object successor : (List<?>) a.get("successors")) {
                link(successions, "succession", "from", a.get("id"), "to", successor);
            }
        }
        list(ds, "themes").forEach(t -> state(SharedNodeKind.THEME, t, statedAt));
        for (var p : list(ds, "partners")) {
            state(SharedNodeKind.PARTNER, p, statedAt);
            mentions.add(mention(id, p));
        }
        for (var t : list(ds, "teams")) {
            state(SharedNodeKind.TEAM, t, statedAt);
            link(teamLinks, "team", "authority", t.get("authority"), "team", t.get("id"));
            mentions.add(mention(id, t));
        }
        for (var b : list(ds, "boards")) {
            state(SharedNodeKind.BOARD, b, statedAt);
            mentions.add(mention(id, b));
            for (var m : (List<Map<String, Object>>) b.get("members")) {
                members.add(row("inspection", id, "report", reportId, "board", b.get("id"), "member", m.get("member"),
                        "ref", m.get("ref"), "quote", m.get("quote")));
            }
        }
        for (var r : list(ds, "roles")) {
            state(SharedNodeKind.ROLE, r, statedAt);
            link(roleLinks, "role", "authority", r.get("authority"), "role", r.get("id"));
        }
        var inspectorate = (Map<String, Object>) inspection.get("inspectorate");
        if (seenInspectorates.add((String) inspectorate.get("id"))) {
            inspectorates.add(inspectorate);
        }
        inspections.add(row("id", id, "authority", inspection.get("authority"), "inspectorate", inspectorate.get("id"),
                "report", reportId, "props", inspection.get("props"), "followsUp", inspection.get("followsUp")));
        prune.add(row("id", id, "judgements", ids(ds, "judgements"), "inspectors", ids(ds, "inspectors"),
                "mentioned", ds.get("mentioned"), "memberPairs", ds.get("memberPairs"), "spells", ids(ds, "spells"),
                "findings", ids(ds, "findings"), "recommendations", ids(ds, "recommendations")));
        list(ds, "judgements").forEach(j -> judgements.add(withInspection(id, j)));
        list(ds, "inspectors").forEach(x -> inspectors.add(withInspection(id, x)));
        list(ds, "spells").forEach(s -> spells.add(withInspection(id, s)));
        list(ds, "findings").forEach(f -> findings.add(withInspection(id, f)));
        list(ds, "recommendations").forEach(r -> recommendations.add(withInspection(id, r)));
    }

    @SuppressWarnings("unchecked")
    private void state(SharedNodeKind kind, Map<String, Object> node, String statedAt) {
        shared.get(kind).computeIfAbsent((String) node.get("id"), k -> new ArrayList<>())
                .add(new SharedNodeFold.Statement(statedAt, (Map<String, Object>) node.get("props")));
    }

    private void link(List<Map<String, Object>> rows, String kind, String k1, Object v1, String k2, Object v2) {
        if (seenLinks.add(List.of(kind, String.valueOf(v1), String.valueOf(v2)))) {
            rows.add(row(k1, v1, k2, v2));
        }
    }

    private static Map<String, Object> mention(String inspection, Map<String, Object> entity) {
        return row("inspection", inspection, "entity", entity.get("id"), "ref", entity.get("ref"), "quote", entity.get("quote"));
    }

    private static Map<String, Object> withInspection(String inspection, Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>(row);
        out.put("inspection", inspection);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> ds, String key) {
        return (List<Map<String, Object>>) ds.get(key);
    }

    private static List<Object> ids(Map<String, Object> ds, String key) {
        return list(ds, key).stream().map(m -> m.get("id")).toList();
    }

    /** A map from alternating keys and values; values may be null (a parameter the statement tests). */
    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            map.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return map;
    }
}
