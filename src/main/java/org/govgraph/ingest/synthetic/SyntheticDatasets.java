package org.govgraph.ingest.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.govgraph.ingest.Dataset;

/**
 * Generates synthetic datasets for scale testing: {@code authorities} authorities spread over England's regions,
 * {@code inspections} inspections of each, one dataset file per inspection, all shaped by the seeds
 * ({@link SeedMaterial}). Each authority draws from its own random stream, seeded from the request's seed in
 * authority order before any work starts, so the files are the same byte for byte however many threads write them.
 */
public final class SyntheticDatasets {

    private final SeedMaterial material;
    private final OfstedFrameworks frameworks = OfstedFrameworks.bundled();

    public SyntheticDatasets(SeedMaterial material) {
        this.material = material;
    }

    /** Every dataset of the request, authority by authority, each authority's oldest inspection first. */
    public List<Dataset> generate(GenerationRequest request) {
        var plan = plan(request);
        List<Dataset> all = new ArrayList<>();
        for (int i = 0; i < request.authorities(); i++) {
            all.addAll(plan.authority(i));
        }
        return all;
    }

    /**
     * Writes every dataset of the request into {@code dir} (created if missing) as {@code <inspection id>.yaml},
     * authorities in parallel.
     */
    public GenerationSummary write(GenerationRequest request, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        var plan = plan(request);
        var yaml = new DatasetYaml(request.seed());
        return IntStream.range(0, request.authorities()).parallel()
                .mapToObj(i -> write(plan.authority(i), dir, yaml))
                .reduce(GenerationSummary.none(), GenerationSummary::plus);
    }

    private static GenerationSummary write(List<Dataset> datasets, Path dir, DatasetYaml yaml) {
        var summary = GenerationSummary.none();
        for (Dataset d : datasets) {
            byte[] bytes = yaml.write(d);
            try {
                Files.write(dir.resolve(d.inspection().id() + ".yaml"), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write into " + dir + ": " + e.getMessage(), e);
            }
            summary = summary.plus(new GenerationSummary(1, d.findings().size(), d.recommendations().size(),
                    d.spells().size(), bytes.length));
        }
        return summary;
    }

    private Plan plan(GenerationRequest request) {
        var root = new SplittableRandom(request.seed());
        List<Region> regions = Region.forAuthorities(request.authorities());
        List<AuthorityEntities> authorities = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < request.authorities(); i++) {
            var authority = SyntheticAuthority.numbered(i + 1, request.authorities(), regions.get(i % regions.size()));
            authorities.add(new AuthorityEntities(authority, material.catalogue(), material.profile().sectors()));
            seeds.add(root.nextLong());
        }
        // about one lead inspector for every five authorities, as a team of HMI covers several councils
        int inspectors = Math.max(3, (request.authorities() + 4) / 5);
        var inspections = new AuthorityInspections(material, frameworks, request.seed(), inspectors);
        return new Plan(request, authorities, seeds, inspections);
    }

    /** The authorities of a request, each with its own random stream. */
    private record Plan(GenerationRequest request, List<AuthorityEntities> authorities, List<Long> seeds,
                        AuthorityInspections inspections) {
        List<Dataset> authority(int i) {
            return inspections.generate(authorities.get(i), request.inspections(), new SplittableRandom(seeds.get(i)));
        }
    }
}
