package org.govgraph.ingest.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.govgraph.ingest.Dataset;
import org.govgraph.ingest.DatasetReader;
import org.govgraph.ingest.DatasetSource;
import org.govgraph.ingest.ThemeVocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated datasets are valid, reproducible, connected as real ones are, and shaped by the seeds. */
class SyntheticDatasetsTest {

    private static final long MAX = 5L << 20;
    private static final ThemeVocabulary VOCABULARY = ThemeVocabulary.bundled();
    private static final DatasetReader READER = new DatasetReader(MAX, VOCABULARY);
    private static final SeedMaterial MATERIAL = SeedMaterial.bundled(READER, VOCABULARY, MAX);
    private static final SyntheticDatasets GENERATOR = new SyntheticDatasets(MATERIAL);

    @TempDir
    Path dir;

    @Test
    void everyWrittenFileReadsWithoutAProblem() throws IOException {
        var summary = GENERATOR.write(new GenerationRequest(6, 4, 42), dir);
        List<Path> files = files(dir);
        assertThat(files).hasSize(24);
        assertThat(summary.files()).isEqualTo(24);
        long findings = 0;
        for (Path file : files) {
            var result = READER.read(DatasetSource.read(file, MAX));
            assertThat(result.problems()).as(file.toString()).isEmpty();
            assertThat(file.getFileName().toString()).isEqualTo(result.dataset().inspection().id() + ".yaml");
            findings += result.dataset().findings().size();
        }
        assertThat(findings).isEqualTo(summary.findings()).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        GENERATOR.write(new GenerationRequest(4, 3, 7), dir.resolve("a"));
        GENERATOR.write(new GenerationRequest(4, 3, 7), dir.resolve("b"));
        GENERATOR.write(new GenerationRequest(4, 3, 8), dir.resolve("c"));
        Map<String, byte[]> a = contents(dir.resolve("a"));
        Map<String, byte[]> b = contents(dir.resolve("b"));
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        Map<String, byte[]> c = contents(dir.resolve("c"));
        assertThat(c.keySet()).isNotEqualTo(a.keySet());
        assertThat(String.join("", c.values().stream().map(String::new).toList()))
                .isNotEqualTo(String.join("", a.values().stream().map(String::new).toList()));
    }

    @Test
    void eachInspectionAfterTheFirstFollowsUpThePreviousOneOfItsAuthority() {
        var datasets = GENERATOR.generate(new GenerationRequest(6, 4, 42));
        Map<String, List<Dataset.Inspection>> byAuthority = new TreeMap<>();
        datasets.forEach(d -> byAuthority.computeIfAbsent(d.inspection().authority(), a -> new ArrayList<>())
                .add(d.inspection()));
        assertThat(byAuthority.keySet()).containsExactly("syn-001", "syn-002", "syn-003", "syn-004", "syn-005", "syn-006");
        for (var inspections : byAuthority.values()) {
            assertThat(inspections).hasSize(4);
            assertThat(inspections.getFirst().followsUp()).isNull();
            for (int i = 1; i < inspections.size(); i++) {
                var earlier = inspections.get(i - 1);
                var later = inspections.get(i);
                assertThat(later.followsUp().inspection()).isEqualTo(earlier.id());
                assertThat(later.fieldwork().start()).isGreaterThan(earlier.fieldwork().end());
                assertThat(later.id()).startsWith(later.authority() + "-").matches("syn-\\d{3}-\\d{4}-\\d{2}");
            }
        }
    }

    @Test
    void theAuthoritiesOfARegionSitOnTheSameRegionalBoard() {
        var datasets = GENERATOR.generate(new GenerationRequest(6, 4, 42));
        Map<String, String> regionOf = new HashMap<>();
        Map<String, Set<String>> membersOfBoard = new TreeMap<>();
        for (var d : datasets) {
            regionOf.put(d.inspection().authority(), d.authorities().getFirst().region());
            for (var b : d.boards()) {
                if (b.scope().equals("regional")) {
                    b.members().forEach(m -> membersOfBoard.computeIfAbsent(b.id(), x -> new HashSet<>()).add(m.member()));
                }
            }
        }
        // six authorities make three regions of two
        assertThat(new HashSet<>(regionOf.values())).hasSize(3);
        var shared = membersOfBoard.entrySet().stream()
                .filter(e -> e.getValue().stream().filter(regionOf::containsKey).count() >= 2).toList();
        assertThat(shared).hasSizeGreaterThanOrEqualTo(3);
        for (var board : shared) {
            var regions = board.getValue().stream().filter(regionOf::containsKey).map(regionOf::get).distinct().toList();
            assertThat(regions).as(board.getKey()).hasSize(1);
        }
    }

    @Test
    void everythingGeneratedSaysItIsSynthetic() {
        for (var d : GENERATOR.generate(new GenerationRequest(3, 2, 5))) {
            assertThat(d.report().id()).startsWith("syn-");
            assertThat(d.report().title()).startsWith("Synthetic");
            assertThat(d.report().publisher()).contains("synthetic");
            assertThat(d.inspection().id()).startsWith("syn-");
            d.authorities().forEach(a -> assertThat(a.name()).startsWith("Synthetic Authority"));
            Stream.of(d.boards().stream().map(Dataset.Board::id), d.teams().stream().map(Dataset.Team::id),
                    d.partners().stream().map(Dataset.Partner::id), d.roles().stream().map(Dataset.Role::id))
                    .flatMap(s -> s).forEach(id -> assertThat(id).startsWith("syn-"));
            // no seed authority's name survives in the words
            d.findings().forEach(f -> assertThat(f.text()).doesNotContain("Powys", "Cumbria", "Neath Port Talbot"));
        }
    }

    @Test
    void manyInspectionsHaveTheSeedsShape() {
        var profile = MATERIAL.profile();
        var datasets = GENERATOR.generate(new GenerationRequest(30, 5, 3));
        double findings = datasets.stream().mapToInt(d -> d.findings().size()).average().orElseThrow();
        assertThat(findings).isBetween(profile.findingsPerInspection().mean() * 0.85,
                profile.findingsPerInspection().mean() * 1.15);
        long all = datasets.stream().mapToLong(d -> d.findings().size()).sum();
        long concerns = datasets.stream().flatMap(d -> d.findings().stream())
                .filter(f -> f.polarity().equals("concern")).count();
        assertThat((double) concerns / all).isBetween(profile.polarities().share("concern") - 0.03,
                profile.polarities().share("concern") + 0.03);
        long about = datasets.stream().flatMap(d -> d.findings().stream()).filter(f -> !f.about().isEmpty()).count();
        assertThat((double) about / all).isBetween(profile.findingsAboutShare() - 0.03, profile.findingsAboutShare() + 0.03);
        assertThat(datasets.stream().mapToInt(d -> d.spells().size()).sum()).isPositive();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        for (Path f : files(dir)) {
            contents.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        return contents;
    }
}
