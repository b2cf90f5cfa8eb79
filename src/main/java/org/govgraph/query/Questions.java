package org.govgraph.query;

import org.govgraph.store.CypherLibrary;
import org.govgraph.store.Graph;

/** Every question service, made once over one graph and one library of named queries. */
public record Questions(Authorities authorities, GovernanceMaps maps, Leadership leadership, BoardLinks boards,
                        Gaps gaps, Comparisons comparisons, FindingSearch search, Entities entities,
                        CypherConsole console, CypherLibrary library) {

    /** Every service over {@code graph}, the console with all its layers on and the given bounds. */
    public static Questions over(Graph graph, CypherLibrary library, CypherConsole.Bounds consoleBounds) {
        var authorities = new Authorities(graph, library);
        return new Questions(authorities, new GovernanceMaps(graph, library, authorities),
                new Leadership(graph, library, authorities), new BoardLinks(graph, library, authorities),
                new Gaps(graph, library, authorities), new Comparisons(graph, library, authorities),
                new FindingSearch(graph), new Entities(graph, library),
                new CypherConsole(graph, library, CypherConsole.Layers.all(), consoleBounds), library);
    }

    /** The same services with another console (the tests switch its layers off one at a time). */
    public Questions withConsole(CypherConsole other) {
        return new Questions(authorities, maps, leadership, boards, gaps, comparisons, search, entities, other, library);
    }
}
