package org.govgraph.ingest;

import java.util.OptionalInt;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Finds YAML anchors and aliases, which datasets may not use: the JSON tree reader would turn an alias into
 * the anchor's name as a plain string, silently corrupting a verbatim quote.
 */
final class YamlAliases {

    private YamlAliases() {
    }

    /** The line of the first anchor or alias, if any; syntax errors are left to the tree reader to report. */
    static OptionalInt first(String text, LoadSettings settings) {
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                boolean anchored = event instanceof NodeEvent node && node.getAnchor().isPresent();
                if (event instanceof AliasEvent || anchored) {
                    return OptionalInt.of(event.getStartMark().map(m -> m.getLine() + 1).orElse(0));
                }
            }
        } catch (YamlEngineException e) {
            return OptionalInt.empty();
        }
        return OptionalInt.empty();
    }
}
