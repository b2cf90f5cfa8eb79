package org.govgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/** The search statement as Cypher-DSL renders it, checked without a database. */
class FindingSearchTest {

    private static String render(FindingSearch.Request request, boolean count) {
        return Renderer.getDefaultRenderer().render(FindingSearch.statement(request, count));
    }

    @Test
    void userValuesTravelOnlyAsParameters() {
        String evil = "x' }) DETACH DELETE n //";
        var request = new FindingSearch.Request(evil, List.of("powys"), List.of("CIW"), List.of("powys-2018-10"),
                List.of("workforce"), List.of("concern"), List.of("powys-people-direct"), List.of("finding"), "2016", "2018",
                "relevance", 2, 10);
        String cypher = render(request, false);
        assertThat(cypher).doesNotContain(evil).doesNotContain("powys").doesNotContain("workforce").doesNotContain("2016");
        assertThat(cypher).contains("$text", "$authorities", "$inspectorates", "$inspections", "$themes", "$polarities",
                "$entities", "$from", "$to", "$skip", "$limit");
        assertThat(FindingSearch.parameters(request)).containsEntry("text", evil).containsEntry("skip", 10);
    }

    @Test
    void onlyTheFiltersGivenAppearInTheStatement() {
        var bare = new FindingSearch.Request(null, null, null, null, null, null, null, null, null, null, null, 1, 20);
        String cypher = render(bare, false);
        assertThat(cypher).doesNotContain("fulltext").doesNotContain("$authorities").doesNotContain("ON_THEME");
        assertThat(cypher).contains("`FOUND`|`RECOMMENDED`");
        var themed = new FindingSearch.Request("board", null, null, null, List.of("safeguarding"), null, null,
                List.of("recommendation"), null, null, null, 1, 20);
        String withTheme = render(themed, false);
        assertThat(withTheme).contains("db.index.fulltext.queryNodes", "`ON_THEME`", "$themes", "`RECOMMENDED`").doesNotContain("`FOUND`");
    }

    @Test
    void theCountStatementReturnsOnlyTheTotal() {
        var request = new FindingSearch.Request("board", null, null, null, null, null, null, null, null, null, null, 1, 20);
        assertThat(render(request, true)).endsWith("RETURN count(node) AS total");
    }
}
