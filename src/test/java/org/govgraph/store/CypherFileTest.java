package org.govgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherFileTest {

    @Test
    void splitsStatementsAtSemicolonsEndingALineAndDropsComments() {
        var statements = CypherFile.split("""
                // header: what it answers
                MATCH (n)
                RETURN n;

                // second
                CREATE INDEX x IF NOT EXISTS FOR (n:A) ON (n.b);
                RETURN 'a;b'
                """);
        assertThat(statements).containsExactly("MATCH (n)\nRETURN n", "CREATE INDEX x IF NOT EXISTS FOR (n:A) ON (n.b)",
                "RETURN 'a;b'");
    }

    @Test
    void everyNamedFileTheAppUsesIsOnTheClassPathWithAHeader() {
        for (String name : new String[] {"schema", "load-checks", "load/statements", "load/shared-authority", "load/prune", "count-inspections"}) {
            var file = CypherFile.load(name);
            assertThat(file.text()).as(name).startsWith("// " + name + ":");
            assertThat(file.statements()).as(name).isNotEmpty();
        }
    }

    @Test
    void aMissingFileFailsAtOnce() {
        assertThatThrownBy(() -> CypherFile.load("no-such-query")).hasMessageContaining("cypher/no-such-query.cypher");
        assertThatThrownBy(() -> CypherFile.load("../etc/passwd")).hasMessageContaining("not a query name");
    }

    @Test
    void readsWhatTheHeaderSaysAndTheParametersItDeclares() {
        var file = CypherFile.parse("example", """
                // example: what the query answers,
                // over two lines.
                // @param authority String id of an authority
                // @param inspection String? one of its inspections
                MATCH (a:Authority {id: $authority}) RETURN a
                """);
        assertThat(file.description()).isEqualTo("what the query answers, over two lines.");
        assertThat(file.params()).extracting(CypherFile.Param::name).containsExactly("authority", "inspection");
        assertThat(file.params().get(1).optional()).isTrue();
        assertThat(file.params().get(0).optional()).isFalse();
        assertThat(file.statement()).isEqualTo("MATCH (a:Authority {id: $authority}) RETURN a");
    }

    @Test
    void theLibraryHoldsEveryFileOfTheFolder() {
        var library = CypherLibrary.load();
        assertThat(library.all()).extracting(CypherFile::name)
                .contains("schema", "load-checks", "governance-map", "leadership-spells", "board-links", "entity");
        assertThatThrownBy(() -> library.get("nothing")).hasMessageContaining("cypher/nothing.cypher");
    }
}
