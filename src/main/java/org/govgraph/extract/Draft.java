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
                    String sourceName, String sourceFormat, List<EarlierInspection> earlier) {

    /** An earlier inspection the report refers to: its date as written, the guessed id, the sentence and reference. */
    public record EarlierInspection(String date, String inspection, String words, String quote, String ref) {
    }

    /**
     * The same draft following up the most recent earlier inspection it refers to that {@code lookup} finds (given
     * the authority id and the date as a year or month); unchanged when none is found.
     */
    public Draft linkEarlier(java.util.function.BiFunction<String, String, java.util.Optional<String>> lookup) {
        return earlier.stream().sorted(java.util.Comparator.comparing(EarlierInspection::date).reversed())
                .map(e -> lookup.apply(dataset.inspection().authority(), e.date()).map(id -> followingUp(e, id)))
                .flatMap(java.util.Optional::stream).findFirst().orElse(this);
    }

    /** The same draft, following up {@code inspection} (an id the graph holds) as its reference says. */
    public Draft followingUp(EarlierInspection reference, String inspection) {
        Dataset d = dataset;
        var i = d.inspection();
        var linked = new Dataset.Inspection(i.id(), i.authority(), i.inspectorate(), i.kind(), i.framework(), i.title(),
                i.fieldwork(), i.published(), new Dataset.FollowsUp(inspection, reference.ref(), reference.quote()),
                i.judgements(), i.team(), i.source());
        return new Draft(new Dataset(d.format(), d.report(), linked, d.authorities(), d.themes(), d.boards(), d.teams(),
                d.partners(), d.roles(), d.spells(), d.findings(), d.recommendations()), provenance, confidence, warnings,
                sourceName, sourceFormat, earlier);
    }

    /** Below this, the draft is flagged as low confidence and a person must read it before it is loaded. */
    public static final double LOW_CONFIDENCE = 0.5;

    public boolean lowConfidence() {
        return confidence < LOW_CONFIDENCE;
    }
}
