package org.govgraph.ingest.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.govgraph.ingest.Dataset;
import org.govgraph.ingest.DatasetReader;
import org.govgraph.ingest.SeedDatasets;
import org.govgraph.ingest.ThemeVocabulary;

/**
 * Everything a generation takes from the curated seeds, read once: their {@link SeedProfile}, their words
 * ({@link SeedTexts}) and the boards, teams, partners and posts they name ({@link SeedCatalogue}).
 */
public final class SeedMaterial {

    private final SeedProfile profile;
    private final SeedTexts texts;
    private final SeedCatalogue catalogue;
    private final ThemeVocabulary vocabulary;

    private SeedMaterial(SeedProfile profile, SeedTexts texts, SeedCatalogue catalogue, ThemeVocabulary vocabulary) {
        this.profile = profile;
        this.texts = texts;
        this.catalogue = catalogue;
        this.vocabulary = vocabulary;
    }

    /** The seeds as given. */
    public static SeedMaterial of(List<Dataset> seeds, ThemeVocabulary vocabulary) {
        SeedNames names = SeedNames.of(seeds);
        return new SeedMaterial(SeedProfile.measure(seeds), SeedTexts.of(seeds, names), SeedCatalogue.of(seeds, names),
                vocabulary);
    }

    /** The seeds bundled in the jar, each read and checked by {@code reader} as any dataset is. */
    public static SeedMaterial bundled(DatasetReader reader, ThemeVocabulary vocabulary, long maxBytes) {
        return of(bundledSeeds(reader, maxBytes), vocabulary);
    }

    /** The bundled seed datasets, read and checked. */
    public static List<Dataset> bundledSeeds(DatasetReader reader, long maxBytes) {
        List<Dataset> seeds = new ArrayList<>();
        for (var source : SeedDatasets.all(maxBytes)) {
            var result = reader.read(source);
            if (!result.ok()) {
                throw new IllegalStateException("a bundled seed dataset does not read: " + result.problems());
            }
            seeds.add(result.dataset());
        }
        return seeds;
    }

    public SeedProfile profile() {
        return profile;
    }

    SeedTexts texts() {
        return texts;
    }

    SeedCatalogue catalogue() {
        return catalogue;
    }

    ThemeVocabulary vocabulary() {
        return vocabulary;
    }
}
