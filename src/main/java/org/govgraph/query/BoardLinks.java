package org.govgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govgraph.store.CypherLibrary;
import org.govgraph.store.Graph;

/**
 * The boards an authority sits on or its inspections name: who else is recorded on each (other authorities and
 * partner agencies), the members that tie boards together, and each board's findings inspection by inspection,
 * so that its engagement can be followed from one inspection to the next.
 */
public final class BoardLinks {

    public record Board(String id, String name, String kind, String scope, List<String> aliases) {
    }

    /** An authority or partner recorded on a board, and where a report says so. */
    public record Member(String id, String name, String label, String sector, String inspection, String ref, String quote) {
    }

    /** Where an inspection names the board. */
    public record Mention(String inspection, String authority, String date, String ref, String quote) {
    }

    public record Finding(String id, String inspection, String authority, String date, String ref, String polarity,
                          String text) {
    }

    /** What one inspection found about a board. */
    public record Stage(String inspection, String date, int strengths, int concerns, int development,
                        List<Finding> findings) {
    }

    /** One board around the authority. */
    public record BoardView(Board board, boolean authorityIsMember, List<Member> members, List<String> otherAuthorities,
                            List<String> partners, List<Mention> mentions, List<Stage> timeline) {
    }

    /** An authority or partner on more than one board. */
    public record Interlock(String id, String name, String label, List<Board> boards) {
    }

    public record Links(String authority, String authorityName, List<BoardView> boards, List<Interlock> interlocks) {
    }

    record BoardRow(Board board, List<Member> members, List<Mention> mentions, List<Finding> findings) {
    }

    private final Graph graph;
    private final Authorities authorities;
    private final String boardsQuery;
    private final String interlocksQuery;

    public BoardLinks(Graph graph, CypherLibrary library, Authorities authorities) {
        this.graph = graph;
        this.authorities = authorities;
        this.boardsQuery = library.get("board-links").statement();
        this.interlocksQuery = library.get("board-interlocks").statement();
    }

    public Links links(String authorityId) {
        var overview = authorities.one(authorityId);
        List<BoardView> boards = new ArrayList<>();
        for (var record : graph.readAll(boardsQuery, Map.of("authority", authorityId))) {
            var row = Rows.as(record, BoardRow.class);
            boards.add(view(authorityId, row));
        }
        var ids = boards.stream().map(b -> b.board().id()).toList();
        var interlocks = graph.readAll(interlocksQuery, Map.of("boards", ids)).stream()
                .map(r -> Rows.as(r, Interlock.class)).toList();
        return new Links(authorityId, overview.authority().name(), boards, interlocks);
    }

    private static BoardView view(String authority, BoardRow row) {
        boolean member = row.members().stream().anyMatch(m -> m.id().equals(authority));
        List<String> others = row.members().stream().filter(m -> "Authority".equals(m.label()) && !m.id().equals(authority))
                .map(Member::id).distinct().toList();
        List<String> partners = row.members().stream().filter(m -> "Partner".equals(m.label()))
                .map(Member::id).distinct().toList();
        Map<String, List<Finding>> byInspection = new LinkedHashMap<>();
        row.findings().stream()
                .sorted(Comparator.comparing(Finding::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Finding::ref))
                .forEach(f -> byInspection.computeIfAbsent(f.inspection(), k -> new ArrayList<>()).add(f));
        List<Stage> timeline = new ArrayList<>();
        byInspection.forEach((inspection, findings) -> timeline.add(new Stage(inspection, findings.getFirst().date(),
                count(findings, "strength", "improvement"), count(findings, "concern"),
                count(findings, "area_for_development"), findings)));
        var mentions = row.mentions().stream()
                .sorted(Comparator.comparing(Mention::date, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        return new BoardView(row.board(), member, row.members(), others, partners, mentions, timeline);
    }

    private static int count(List<Finding> findings, String... polarities) {
        return (int) findings.stream().filter(f -> List.of(polarities).contains(f.polarity())).filter(Objects::nonNull).count();
    }
}
