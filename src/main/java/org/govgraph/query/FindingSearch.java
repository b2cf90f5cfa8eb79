package org.govgraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govgraph.store.Graph;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.ResultStatement;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.Where;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Findings search: full text over findings and recommendations (the {@code statement_text} index) with filters
 * for authority, inspectorate, inspection, theme, polarity, entity, kind and date range, paged and sorted by
 * relevance or date. The statement is assembled from the request with Cypher-DSL; user values only ever travel
 * as parameters.
 */
public final class FindingSearch {

    /** The most candidates the full-text index hands to the filters. */
    static final int CANDIDATES = 5000;
    static final int MAX_PAGE_SIZE = 100;
    private static final Set<String> POLARITIES = Set.of("strength", "improvement", "concern", "area_for_development", "context");
    private static final Set<String> KINDS = Set.of("finding", "recommendation");
    private static final Set<String> INSPECTORATES = Set.of("CSSIW", "CIW", "Ofsted");

    /** What a user asks; empty lists mean no filter. */
    public record Request(String text, List<String> authorities, List<String> inspectorates, List<String> inspections,
                          List<String> themes, List<String> polarities, List<String> entities, List<String> kinds,
                          String from, String to, String sort, int page, int size) {
        public Request {
            authorities = nonNull(authorities);
            inspectorates = nonNull(inspectorates);
            inspections = nonNull(inspections);
            themes = nonNull(themes);
            polarities = nonNull(polarities);
            entities = nonNull(entities);
            kinds = nonNull(kinds);
            text = text == null || text.isBlank() ? null : text.strip();
            sort = sort == null ? (text == null ? "date" : "relevance") : sort;
            check(polarities, POLARITIES, "polarity");
            check(kinds, KINDS, "kind");
            check(inspectorates, INSPECTORATES, "inspectorate");
            if (!sort.equals("relevance") && !sort.equals("date")) {
                throw new InvalidQueryException("sort must be relevance or date, got '" + sort + "'");
            }
            if (sort.equals("relevance") && text == null) {
                throw new InvalidQueryException("sort=relevance needs search text (q)");
            }
            if (page < 1 || page > 10_000) {
                throw new InvalidQueryException("page must be between 1 and 10000, got " + page);
            }
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new InvalidQueryException("size must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
            }
            if (from != null && to != null && new PartialDate(to).compareTo(new PartialDate(from)) < 0) {
                throw new InvalidQueryException("to (" + to + ") is before from (" + from + ")");
            }
            if (from != null) {
                new PartialDate(from);
            }
            if (to != null) {
                new PartialDate(to);
            }
        }

        private static List<String> nonNull(List<String> list) {
            return list == null ? List.of() : list.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        }

        private static void check(List<String> values, Set<String> allowed, String what) {
            for (String v : values) {
                if (!allowed.contains(v)) {
                    throw new InvalidQueryException("unknown " + what + " '" + v + "': one of " + allowed.stream().sorted().toList());
                }
            }
        }
    }

    /** One hit, with its provenance. */
    public record Hit(String id, String kind, String inspection, String authority, String authorityName, String date,
                      String ref, String section, String polarity, String text, Double score) {
    }

    /** One page of hits. */
    public record Page(Request request, long total, int page, int size, List<Hit> hits) {
    }

    private final Graph graph;
    private final Renderer renderer = Renderer.getDefaultRenderer();

    public FindingSearch(Graph graph) {
        this.graph = graph;
    }

    public Page search(Request request) {
        Map<String, Object> params = parameters(request);
        try {
            long total = graph.readAll(renderer.render(statement(request, true)), params).getFirst().get("total").asLong();
            List<Hit> hits = graph.readAll(renderer.render(statement(request, false)), params).stream()
                    .map(r -> Rows.as(r, Hit.class)).toList();
            return new Page(request, total, request.page(), request.size(), hits);
        } catch (ClientException e) {
            if (request.text() != null && e.getMessage() != null && e.getMessage().contains("fulltext")) {
                throw new InvalidQueryException("the search text is not a valid full-text query: " + request.text());
            }
            throw e;
        }
    }

    static Map<String, Object> parameters(Request r) {
        Map<String, Object> params = new HashMap<>();
        params.put("text", r.text());
        params.put("candidates", CANDIDATES);
        params.put("authorities", r.authorities());
        params.put("inspectorates", r.inspectorates());
        params.put("inspections", r.inspections());
        params.put("themes", r.themes());
        params.put("polarities", r.polarities());
        params.put("entities", r.entities());
        params.put("from", r.from());
        params.put("to", r.to() == null ? null : r.to() + "\uffff");
        params.put("skip", (r.page() - 1) * r.size());
        params.put("limit", r.size());
        return params;
    }

    /** The statement for a request: a page of hits, or their total when {@code count}. */
    static Statement statement(Request r, boolean count) {
        Node statement = Cypher.anyNode("node");
        Node inspection = Cypher.node("Inspection").named("i");
        Node authority = Cypher.node("Authority").named("a");
        SymbolicName score = Cypher.name("score");

        List<String> types = new ArrayList<>();
        if (r.kinds().isEmpty() || r.kinds().contains("finding")) {
            types.add("FOUND");
        }
        if (r.kinds().isEmpty() || r.kinds().contains("recommendation")) {
            types.add("RECOMMENDED");
        }
        var pattern = inspection.relationshipTo(statement, types.toArray(String[]::new));
        var ofAuthority = inspection.relationshipTo(authority, "OF_AUTHORITY");

        Condition where = Cypher.noCondition();
        if (!r.authorities().isEmpty()) {
            where = where.and(authority.property("id").in(Cypher.parameter("authorities")));
        }
        if (!r.inspectorates().isEmpty()) {
            where = where.and(inspection.property("inspectorate").in(Cypher.parameter("inspectorates")));
        }
        if (!r.inspections().isEmpty()) {
            where = where.and(inspection.property("id").in(Cypher.parameter("inspections")));
        }
        if (!r.polarities().isEmpty()) {
            where = where.and(statement.property("polarity").in(Cypher.parameter("polarities")));
        }
        if (r.from() != null) {
            where = where.and(inspection.property("fieldworkStart").gte(Cypher.parameter("from")));
        }
        if (r.to() != null) {
            where = where.and(inspection.property("fieldworkStart").lte(Cypher.parameter("to")));
        }
        if (!r.themes().isEmpty()) {
            Node theme = Cypher.node("Theme").named("t");
            where = where.and(Cypher.exists(List.of(statement.relationshipTo(theme, "ON_THEME")),
                    Where.from(theme.property("id").in(Cypher.parameter("themes")))));
        }
        if (!r.entities().isEmpty()) {
            Node entity = Cypher.node("Entity").named("e");
            where = where.and(Cypher.exists(List.of(statement.relationshipTo(entity, "ABOUT")),
                    Where.from(entity.property("id").in(Cypher.parameter("entities")))));
        }

        var reading = r.text() != null
                ? Cypher.call("db.index.fulltext.queryNodes")
                    .withArgs(Cypher.literalOf("statement_text"), Cypher.parameter("text"),
                            Cypher.mapOf("limit", Cypher.parameter("candidates")))
                    .yield(statement.getRequiredSymbolicName(), score)
                    .match(pattern, ofAuthority).where(where)
                : Cypher.match(pattern, ofAuthority).where(where);
        if (count) {
            return reading.returning(Cypher.count(statement).as("total")).build();
        }
        Expression scoreOrNull = r.text() != null ? score : Cypher.literalNull();
        ResultStatement page = reading.returning(
                        statement.property("id").as("id"),
                        Cypher.caseExpression().when(Cypher.hasLabelsOrType(statement.getRequiredSymbolicName(), "Finding"))
                                .then(Cypher.literalOf("finding")).elseDefault(Cypher.literalOf("recommendation")).as("kind"),
                        inspection.property("id").as("inspection"),
                        authority.property("id").as("authority"),
                        authority.property("name").as("authorityName"),
                        inspection.property("fieldworkStart").as("date"),
                        statement.property("ref").as("ref"),
                        statement.property("section").as("section"),
                        statement.property("polarity").as("polarity"),
                        statement.property("text").as("text"),
                        scoreOrNull.as("score"))
                .orderBy(r.sort().equals("relevance")
                        ? List.of(score.descending(), statement.property("id").ascending())
                        : List.of(inspection.property("fieldworkStart").descending(), statement.property("ord").ascending(),
                                statement.property("id").ascending()))
                .skip(Cypher.parameter("skip")).limit(Cypher.parameter("limit"))
                .build();
        return page;
    }
}
