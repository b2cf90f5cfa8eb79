package org.govgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govgraph.store.CypherLibrary;
import org.govgraph.store.Graph;

/**
 * The governance map of an authority: its boards, teams, roles and post holders, partners and inspections,
 * as nodes and typed edges ready to draw. Each edge from the authority to a board, team, role or partner
 * carries the counts of strengths and concerns the inspections in view found about that entity, and the ids
 * of those findings, whose words and references are in {@link GovernanceMap#findings()}.
 */
public final class GovernanceMaps {

    /** A node to draw. {@code type} is the graph label; {@code kind} its sub-type (board kind, partner sector...). */
    public record Node(String id, String type, String label, String kind, String scope) {
    }

    /** An edge to draw, with the findings about its target. */
    public record Edge(String id, String source, String target, String type, int strengths, int concerns,
                       int development, List<String> findings, List<Source> sources) {
    }

    /** Where a report states an edge (a board named, a member recorded, a spell noted). */
    public record Source(String inspection, String ref, String quote) {
    }

    /** A finding counted on an edge, with its provenance. */
    public record Finding(String id, String inspection, String ref, String polarity, String text, List<String> themes) {
    }

    /** The whole map. {@code scope} is the inspections whose view it shows. */
    public record GovernanceMap(Authorities.Authority authority, String asOf, List<Authorities.Inspection> scope,
                                List<Node> nodes, List<Edge> edges, Map<String, Finding> findings) {
    }

    record EntityRow(String id, String label, Map<String, Object> props, boolean authorityIsMember,
                     List<Source> mentions, List<Finding> findings, List<Spell> spells, List<Member> members) {
    }

    record Spell(String id, String holder, String tenure, String start, String end, String startText, String endText,
                 String ref, String quote, String inspection) {
    }

    record Member(String id, String name, String label, String inspection, String ref, String quote) {
    }

    private final Graph graph;
    private final Authorities authorities;
    private final String query;

    public GovernanceMaps(Graph graph, CypherLibrary library, Authorities authorities) {
        this.graph = graph;
        this.authorities = authorities;
        this.query = library.get("governance-map").statement();
    }

    /**
     * The map of {@code authorityId} as one inspection saw it ({@code inspectionId}), as at a date (the latest
     * inspection on or before {@code asOf}), or as all its inspections together when both are null.
     */
    public GovernanceMap map(String authorityId, String inspectionId, String asOf) {
        var overview = authorities.one(authorityId);
        List<Authorities.Inspection> scope;
        if (inspectionId != null) {
            scope = List.of(overview.inspection(inspectionId));
        } else if (asOf != null) {
            var date = new PartialDate(asOf);
            // an inspection counts when it falls on or before the end of the asOf period (2017-07 holds 2017-07-17)
            scope = overview.inspections().stream()
                    .filter(i -> i.date() != null && i.date().substring(0, Math.min(i.date().length(), asOf.length()))
                            .compareTo(date.text()) <= 0)
                    .reduce((a, b) -> b).map(List::of)
                    .orElseThrow(() -> new NotFoundException("no inspection of " + overview.authority().name()
                            + " on or before " + asOf));
        } else {
            scope = overview.inspections();
        }
        var a = overview.authority();
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        Map<String, Finding> findings = new LinkedHashMap<>();
        nodes.put(a.id(), new Node(a.id(), "Authority", a.name(), a.kind(), null));
        for (var i : scope) {
            nodes.put(i.id(), new Node(i.id(), "Inspection", i.inspectorate() + " " + i.date(), i.kind(), null));
            edges.add(new Edge(i.id() + ">" + a.id(), i.id(), a.id(), "OF_AUTHORITY", 0, 0, 0, List.of(), List.of()));
        }
        Map<String, Object> params = Map.of("authority", a.id(), "inspections", scope.stream().map(Authorities.Inspection::id).toList());
        for (var record : graph.readAll(query, params)) {
            var row = Rows.as(record, EntityRow.class);
            String name = row.props().get("name") != null ? (String) row.props().get("name") : (String) row.props().get("title");
            String kind = row.props().get("sector") != null ? (String) row.props().get("sector") : (String) row.props().get("kind");
            nodes.putIfAbsent(row.id(), new Node(row.id(), row.label(), name, kind, (String) row.props().get("scope")));
            row.findings().forEach(f -> findings.put(f.id(), f));
            edges.add(edge(a.id(), row, linkType(row)));
            for (var s : row.spells()) {
                nodes.putIfAbsent(s.id(), new Node(s.id(), "PostHolding", spellLabel(s), s.tenure(), null));
                edges.add(new Edge(s.id() + ">" + row.id(), s.id(), row.id(), "IN_ROLE", 0, 0, 0, List.of(),
                        List.of(new Source(s.inspection(), s.ref(), s.quote()))));
            }
            for (var m : row.members()) {
                nodes.putIfAbsent(m.id(), new Node(m.id(), m.label(), m.name(), null, null));
                String edgeId = m.id() + ">" + row.id();
                if (edges.stream().noneMatch(e -> e.id().equals(edgeId))) {
                    edges.add(new Edge(edgeId, m.id(), row.id(), "MEMBER_OF", 0, 0, 0, List.of(),
                            List.of(new Source(m.inspection(), m.ref(), m.quote()))));
                }
            }
        }
        return new GovernanceMap(a, asOf, scope, List.copyOf(nodes.values()), edges, findings);
    }

    private static String linkType(EntityRow row) {
        return switch (row.label()) {
            case "Board" -> row.authorityIsMember() ? "MEMBER_OF" : "NAMED_WITH";
            case "Team" -> "HAS_TEAM";
            case "Role" -> "HAS_ROLE";
            case "Partner" -> "WORKS_WITH";
            default -> "LINKED_TO";
        };
    }

    private static Edge edge(String authority, EntityRow row, String type) {
        int strengths = 0;
        int concerns = 0;
        int development = 0;
        for (var f : row.findings()) {
            switch (f.polarity()) {
                case "strength", "improvement" -> strengths++;
                case "concern" -> concerns++;
                case "area_for_development" -> development++;
                default -> { }
            }
        }
        return new Edge(authority + ">" + row.id(), authority, row.id(), type, strengths, concerns, development,
                row.findings().stream().map(Finding::id).toList(), row.mentions());
    }

    private static String spellLabel(Spell s) {
        String who = s.holder() != null ? s.holder() : s.tenure();
        String from = s.start() != null ? s.start() : "?";
        String to = s.end() != null ? s.end() : "";
        return who + " " + from + "\u2013" + to;
    }
}
