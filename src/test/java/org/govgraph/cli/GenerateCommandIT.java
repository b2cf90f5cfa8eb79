package org.govgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.govgraph.ingest.DatasetSource;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.Test;

/**
 * {@code govgraph generate} as a user runs it, and what it writes loaded into the real embedded Neo4j by the
 * project's own loader: every file accepted, the counts in the graph those of the files, regional boards shared.
 */
class GenerateCommandIT {

    private static final long MAX = 5L << 20;

    @Test
    void generatedDatasetsLoadIntoTheGraphWithBoardsSharedAcrossAuthorities() throws Exception {
        Path out = Files.createTempDirectory("govgraph-generate-").resolve("out");
        var run = CliRun.run("generate", "--authorities", "4", "--inspections", "3", "--seed", "11", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("generated 12 files in " + out + " (4 authorities x 3 inspections, seed 11): ");

        List<DatasetSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            files.sorted().forEach(f -> sources.add(DatasetSource.read(f, MAX)));
        }
        assertThat(sources).hasSize(12);
        var db = TestGraph.get();
        db.clear();
        var summary = db.loader.load(sources);
        long findings = summary.datasets().stream().mapToLong(d -> d.findings()).sum();
        long recommendations = summary.datasets().stream().mapToLong(d -> d.recommendations()).sum();
        assertThat(run.out()).contains(": " + findings + " findings, " + recommendations + " recommendations");

        assertThat(db.count("MATCH (a:Authority) WHERE a.id STARTS WITH 'syn-' RETURN count(a)")).isEqualTo(4);
        assertThat(db.count("MATCH (i:Inspection)-[:OF_AUTHORITY]->(:Authority) RETURN count(i)")).isEqualTo(12);
        assertThat(db.count("MATCH (:Inspection)-[:FOUND]->(f:Finding) RETURN count(f)")).isEqualTo(findings).isPositive();
        assertThat(db.count("MATCH (:Inspection)-[f:FOLLOWS_UP]->(:Inspection) RETURN count(f)")).isEqualTo(8);
        assertThat(db.count("MATCH (r:Report) WHERE r.publisher CONTAINS 'synthetic' RETURN count(r)")).isEqualTo(12);
        // four authorities make two regions of two: each region's safeguarding board has both as members
        assertThat(db.count("""
                MATCH (a:Authority)-[:MEMBER_OF]->(b:Board {scope: 'regional'})
                WITH b, count(DISTINCT a) AS authorities WHERE authorities >= 2
                RETURN count(b)""")).isGreaterThanOrEqualTo(2);
        assertThat(db.strings("""
                MATCH (a:Authority)-[:MEMBER_OF]->(b:Board)<-[:MEMBER_OF]-(other:Authority) WHERE a.id < other.id
                RETURN DISTINCT b.name ORDER BY b.name""", Map.of()))
                .allMatch(name -> name.startsWith("Synthetic ")).isNotEmpty();
    }

    @Test
    void aDirectoryThatIsNotEmptyIsRefusedUnlessForced() throws Exception {
        Path out = Files.createTempDirectory("govgraph-generate-");
        Files.writeString(out.resolve("notes.txt"), "mine");
        var refused = CliRun.run("generate", "--authorities", "2", "--inspections", "2", "--out", out.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains(out + " is not empty", "--force");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(1);
        }

        var first = CliRun.run("generate", "--authorities", "3", "--inspections", "2", "--out", out.toString(), "--force");
        assertThat(first.exit()).as(first.err()).isZero();
        var again = CliRun.run("generate", "--authorities", "2", "--inspections", "2", "--out", out.toString(), "--force");
        assertThat(again.exit()).as(again.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            // the earlier run's syn-003 files are gone; the user's own file stays
            assertThat(files.map(f -> f.getFileName().toString()))
                    .hasSize(5).contains("notes.txt").noneMatch(n -> n.startsWith("syn-003"));
        }
    }

    @Test
    void impossibleNumbersAreCommandLineErrors() {
        var none = CliRun.run("generate", "--authorities", "0", "--inspections", "2", "--out", "target/never-written");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("authorities must be between 1 and");
        var missing = CliRun.run("generate", "--authorities", "2", "--out", "target/never-written");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--inspections");
        assertThat(Path.of("target/never-written")).doesNotExist();
    }
}
