package org.govgraph.extract;

import java.util.List;
import java.util.Map;
import org.govgraph.ingest.Dataset;

/**
 * A dataset drafted from a report for a person to review: the facts in the loader's own format, where each came
 * from ({@code provenance}, keyed "findings/f3", "recommendations/r2", "spells/s1", "judgements/0",
 * "inspection/fieldwork"...), how sure the extractor is of the whole, and what a reviewer should look at first.
 */
public record Draft(Dataset dataset, Map<String, Provenance> provenance, double confidence, List<String> warnings,
                    String sourceName, String sourceFormat) {

    /** Below this, the draft is flagged as low confidence and a person must read it before it is loaded. */
    public static final double LOW_CONFIDENCE = 0.5;

    public boolean lowConfidence() {
        return confidence < LOW_CONFIDENCE;
    }
}
