package org.govgraph.query;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.govgraph.store.CypherLibrary;
import org.govgraph.store.Graph;

/** Entity pages: any board, team, role, partner or authority with everything said about it across all inspections. */
public final class Entities {

    public record Mention(String inspection, String authority, String date, String ref, String quote) {
    }

    /** A finding or recommendation about the entity. */
    public record Said(String id, String kind, String inspection, String authority, String date, String ref,
                       String polarity, String text) {
    }

    public record Link(String id, String name, String label, String inspection, String ref, String quote) {
    }

    public record Spell(String id, String holder, String tenure, String start, String end, String startText,
                        String endText, String duration, String ref, String quote, String inspection) {
    }

    /** Everything about one entity, oldest first. */
    public record Page(String id, String label, Map<String, Object> props, String authority, List<Mention> mentions,
                       List<Said> statements, List<Link> members, List<Link> memberOf, List<Spell> spells) {
    }

    private final Graph graph;
    private final String query;

    public Entities(Graph graph, CypherLibrary library) {
        this.graph = graph;
        this.query = library.get("entity").statement();
    }

    public Page page(String id) {
        var rows = graph.readAll(query, Map.of("id", id));
        if (rows.isEmpty()) {
            throw new NotFoundException("no board, team, role, partner or authority '" + id + "'");
        }
        var p = Rows.as(rows.getFirst(), Page.class);
        var byDate = Comparator.<String>nullsLast(Comparator.naturalOrder());
        return new Page(p.id(), p.label(), p.props(), p.authority(),
                p.mentions().stream().sorted(Comparator.comparing(Mention::date, byDate)).toList(),
                p.statements().stream().sorted(Comparator.comparing(Said::date, byDate).thenComparing(Said::ref)).toList(),
                p.members(), p.memberOf(),
                p.spells().stream().sorted(Comparator.comparing(Spell::start, byDate)).toList());
    }
}
