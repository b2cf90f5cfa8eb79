package org.govgraph.ingest.synthetic;

/** What a generation wrote: files, and in them findings, recommendations, spells and bytes. */
public record GenerationSummary(int files, long findings, long recommendations, long spells, long bytes) {

    public GenerationSummary {
        if (files < 0 || findings < 0 || recommendations < 0 || spells < 0 || bytes < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    /** Nothing written. */
    public static GenerationSummary none() {
        return new GenerationSummary(0, 0, 0, 0, 0);
    }

    GenerationSummary plus(GenerationSummary other) {
        return new GenerationSummary(files + other.files, findings + other.findings,
                recommendations + other.recommendations, spells + other.spells, bytes + other.bytes);
    }
}
