package org.govgraph.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a draft as a dataset file the loader reads (YAML or JSON), with an {@code extraction} block saying where it
 * came from and how sure the extractor is, and an {@code extracted} block on each finding, recommendation and spell
 * giving its character offsets, lines and confidence. The loader ignores both blocks.
 */
public final class DraftWriter {

    private final JsonMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
            .build();
    private final YAMLMapper yaml = YAMLMapper.builder().enable(tools.jackson.dataformat.yaml.YAMLWriteFeature.MINIMIZE_QUOTES,
            tools.jackson.dataformat.yaml.YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).build();

    /** The draft as a tree: the dataset's fields, then the extraction block. */
    public ObjectNode tree(Draft draft) {
        ObjectNode root = json.valueToTree(draft.dataset());
        ObjectNode extraction = root.putObject("extraction");
        extraction.put("tool", "govgraph extract");
        extraction.put("source", draft.sourceName());
        extraction.put("format", draft.sourceFormat());
        extraction.put("confidence", round(draft.confidence()));
        extraction.put("low_confidence", draft.lowConfidence());
        extraction.put("offsets", "chars are offsets into the report's text as read: line endings made \\n, any "
                + "byte-order mark left out, a PDF's running headers, footers and page numbers removed; lines count the same way");
        ArrayNode warnings = extraction.putArray("warnings");
        draft.warnings().forEach(warnings::add);
        ArrayNode earlier = extraction.putArray("earlier_inspections");
        draft.earlier().forEach(e -> earlier.addObject().put("date", e.date()).put("inspection", e.inspection())
                .put("words", e.words()).put("ref", e.ref()).put("quote", e.quote()));
        mark(root, "findings", draft.provenance());
        mark(root, "recommendations", draft.provenance());
        mark(root, "spells", draft.provenance());
        return root;
    }

    public String write(Draft draft, String fileName) {
        ObjectNode tree = tree(draft);
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? json.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
                : yaml.writeValueAsString(tree);
    }

    private static void mark(ObjectNode root, String list, Map<String, Provenance> provenance) {
        if (!root.has(list)) {
            return;
        }
        for (var item : root.get(list)) {
            Provenance p = provenance.get(list + "/" + item.get("id").asString());
            if (p != null && item instanceof ObjectNode node) {
                ObjectNode e = node.putObject("extracted");
                e.putArray("chars").add(p.start()).add(p.end());
                e.putArray("lines").add(p.firstLine()).add(p.lastLine());
                e.put("confidence", round(p.confidence()));
                e.put("method", p.method());
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
