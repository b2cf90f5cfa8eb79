package org.govgraph.query;

import org.govgraph.store.CypherLibrary;
import org.govgraph.store.Graph;

/** Every question service, made once over one graph and one library of named queries. */
public record Questions(Authorities authorities, GovernanceMaps maps, Leadership leadership, BoardLinks boards,
                        Gaps gaps, Comparisons comparisons, FindingSearch search, Entities entities,
                        CypherLibrary library) {

    public static Questions over(Graph graph, CypherLibrary library) {
        var authorities = new Authorities(graph, library);
        return new Questions(authorities, new GovernanceMaps(graph, library, authorities),
                new Leadership(graph, library, authorities), new BoardLinks(graph, library, authorities),
                new Gaps(graph, library, authorities), new Comparisons(graph, library, authorities),
                new FindingSearch(graph), new Entities(graph, library), library);
    }
}
