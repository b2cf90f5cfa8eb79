package org.govgraph.query;

import java.util.Map;
import java.util.Optional;
import org.govgraph.store.CypherFile;
import org.govgraph.store.Graph;

/** Which report an inspection in the graph was loaded from, so that a draft never silently replaces another report's facts. */
public final class InspectionReports {

    private static final CypherFile QUERY = CypherFile.load("inspection-report");
    private static final CypherFile EARLIER = CypherFile.load("earlier-inspection");
    private final Graph graph;

    public InspectionReports(Graph graph) {
        this.graph = graph;
    }

    /** The inspection of {@code authorityId} whose fieldwork began in {@code date} (a year or a month), if the graph has one. */
    public Optional<String> inspectionOn(String authorityId, String date) {
        return graph.readAll(EARLIER.statement(), Map.of("authority", authorityId, "date", date)).stream()
                .map(r -> r.get("inspection").asString()).findFirst();
    }

    /** The id of the report that inspection {@code inspectionId} comes from, if it is in the graph from another report. */
    public Optional<String> otherReport(String inspectionId, String reportId) {
        return graph.readAll(QUERY.statement(), Map.of("inspection", inspectionId)).stream()
                .map(r -> r.get("report").asString()).filter(r -> !r.equals(reportId)).findFirst();
    }
}
