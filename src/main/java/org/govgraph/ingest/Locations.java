package org.govgraph.ingest;

import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import tools.jackson.databind.JsonNode;

/** Line numbers of nodes read with location awareness. */
final class Locations {

    private Locations() {
    }

    /** The line a node starts on, or 0 when it is not known. */
    static int line(JsonNode node) {
        if (node instanceof TokenStreamLocationAware aware && aware.tokenStreamLocation() != null) {
            return aware.tokenStreamLocation().getLineNr();
        }
        return 0;
    }
}
