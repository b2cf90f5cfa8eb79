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
        for (String name : new String[] {"schema", "load-dataset", "load-checks", "count-inspections"}) {
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
}
