package org.govgraph.ingest;

import java.util.List;
import org.govgraph.store.CypherFile;

/**
 * The kinds of node that several inspections may state (an authority named by ten reports, the shared
 * vocabulary of themes), with the rule for folding what each statement says into the stored node: the most
 * recent statement wins a value it states, an older one only fills what is missing, the name is always the most
 * recent one's and every other name is kept as an alias. See {@link SharedNodeFold}.
 */
enum SharedNodeKind {
    REPORT("report", null, List.of("title", "publisher", "file", "published", "url", "licence"), false),
    AUTHORITY("authority", "name", List.of("nation", "onsCode", "dfeCode", "ofstedUrn", "kind", "region", "abolished"), true),
    THEME("theme", null, List.of("name", "description"), false),
    PARTNER("partner", "name", List.of("sector"), true),
    TEAM("team", "name", List.of("kind", "authority"), true),
    BOARD("board", "name", List.of("kind", "scope"), true),
    ROLE("role", "title", List.of("kind", "authority"), true);

    /** The property naming the node, always the most recent statement's; {@code null} when it is folded like the rest. */
    final String nameField;
    /** Properties the most recent statement wins when it states them, and older ones fill when missing. */
    final List<String> fields;
    /** Whether names other than the current one are kept in {@code aliases}. */
    final boolean aliased;
    private final String file;

    SharedNodeKind(String file, String nameField, List<String> fields, boolean aliased) {
        this.file = file;
        this.nameField = nameField;
        this.fields = fields;
        this.aliased = aliased;
    }

    /** {@code cypher/load/shared-KIND.cypher}: statement 1 reads the stored nodes, statement 2 writes folded ones. */
    CypherFile cypher() {
        return CypherFile.load("load/shared-" + file);
    }
}
