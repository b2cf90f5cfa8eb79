package org.govgraph.query;

import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.govgraph.store.CypherLibrary;
import org.govgraph.store.Graph;

/** The authorities and their inspections at a glance. */
public final class Authorities {

    /** An authority and what identifies it. */
    public record Authority(String id, String name, String nation, String onsCode, String dfeCode, String ofstedUrn,
                            String region, String kind, String abolished, List<String> successors,
                            List<String> predecessors) {
    }

    /** A judgement, on the inspectorate's own scale. */
    public record Judgement(String area, String grade, String scale, Integer rank, String ref, String quote) {
    }

    /** One inspection in brief. */
    public record Inspection(String id, String inspectorate, String kind, String framework, String fieldworkStart,
                             String fieldworkEnd, String published, String report, long findings,
                             long recommendations, String followsUp, List<Judgement> judgements) {
        /** The date used to order inspections: the start of fieldwork, else publication. */
        public String date() {
            return fieldworkStart != null ? fieldworkStart : published;
        }
    }

    /** An authority with its inspections, oldest first. */
    public record Overview(Authority authority, List<Inspection> inspections) {
        /** The inspection with this id, or a 404. */
        public Inspection inspection(String id) {
            return inspections.stream().filter(i -> i.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("no inspection '" + id + "' of " + authority.name()));
        }
    }

    private final Graph graph;
    private final String query;

    public Authorities(Graph graph, CypherLibrary library) {
        this.graph = graph;
        this.query = library.get("authorities").statement();
    }

    /** Every authority, by name. */
    public List<Overview> all() {
        return run(null);
    }

    /** One authority, or a 404. */
    public Overview one(String id) {
        List<Overview> found = run(id);
        if (found.isEmpty()) {
            throw new NotFoundException("no authority '" + id + "'");
        }
        return found.getFirst();
    }

    private List<Overview> run(String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("authority", id);
        return graph.readAll(query, params).stream()
                .map(r -> new Overview(Rows.as(r, "authority", Authority.class), Rows.list(r, "inspections", Inspection.class)))
                .toList();
    }
}
