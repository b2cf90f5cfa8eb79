package org.govgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govgraph.support.SampleDataset;
import org.govgraph.support.Seeds;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loading the same files again changes nothing; a new version of a file replaces what the old one said. */
class LoadIdempotenceIT {

    private final TestGraph db = TestGraph.get();

    @BeforeEach
    void empty() {
        db.clear();
    }

    @Test
    void loadingTheSeedsTwiceChangesNothing() {
        var first = db.loader.load(Seeds.all());
        String once = db.checksum();
        var second = db.loader.load(Seeds.all());
        assertThat(db.checksum()).isEqualTo(once);
        assertThat(first.nodesCreated()).isPositive();
        assertThat(second.nodesCreated()).isZero();
        assertThat(second.relationshipsCreated()).isZero();
        assertThat(second.nodesDeleted()).isZero();
        assertThat(second.relationshipsDeleted()).isZero();
    }

    @Test
    void aFileLoadedAloneAndThenInABatchGivesTheSameGraphAsTheBatch() {
        db.loader.load(List.of(Seeds.named("powys-2017-07.yaml")));
        db.loader.load(Seeds.all());
        String incremental = db.checksum();
        db.clear();
        db.loader.load(Seeds.all());
        assertThat(db.checksum()).isEqualTo(incremental);
    }

    @Test
    void aNewVersionOfAFileReplacesWhatTheOldOneSaid() {
        db.loader.load(List.of(SampleDataset.source()));
        String revised = SampleDataset.with("""
                  - id: f2
                    ref: "1.2"
                    section: Leadership
                    text: "An interim head of service was appointed in June 2019."
                    polarity: context
                    themes: [workforce]
                    about: [testshire-head-of-childrens-services]
                """, "").replace("about: [testshire-safeguarding-board]", "about: [testshire-head-of-childrens-services]");
        db.loader.load(List.of(SampleDataset.source("testshire-2020-01.yaml", revised)));
        assertThat(db.strings("MATCH (:Inspection {id: 'testshire-2020-01'})-[:FOUND]->(f) RETURN f.localId", java.util.Map.of()))
                .containsExactly("f1");
        assertThat(db.strings("MATCH (:Finding {id: 'testshire-2020-01/f1'})-[:ABOUT]->(e) RETURN e.id", java.util.Map.of()))
                .containsExactly("testshire-head-of-childrens-services");
        // and the revised file gives the same graph as loading it into an empty one
        String afterRevision = db.checksum();
        db.clear();
        db.loader.load(List.of(SampleDataset.source("testshire-2020-01.yaml", revised)));
        assertThat(db.checksum()).isEqualTo(afterRevision);
    }

    @Test
    void aJsonDatasetLoadsLikeTheSameDatasetInYaml() {
        db.loader.load(List.of(SampleDataset.source()));
        String fromYaml = db.checksum();
        db.clear();
        var tree = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(SampleDataset.YAML);
        String json = tools.jackson.databind.json.JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsString(tree);
        db.loader.load(List.of(SampleDataset.source("testshire-2020-01.json", json)));
        assertThat(db.checksum()).isEqualTo(fromYaml);
    }

    @Test
    void aNewVersionDropsPropertiesTheOldOneHad() {
        db.loader.load(List.of(SampleDataset.source()));
        String revised = SampleDataset.with("    timescale: within 6 months\n", "")
                .replace("    start: {date: \"2019-06\", text: \"June 2019\"}\n", "");
        db.loader.load(List.of(SampleDataset.source("testshire-2020-01.yaml", revised)));
        assertThat(db.count("MATCH (r:Recommendation {id: 'testshire-2020-01/r1'}) WHERE r.timescale IS NULL RETURN count(r)"))
                .isOne();
        assertThat(db.count("MATCH (s:PostHolding {id: 'testshire-2020-01/s1'}) WHERE s.start IS NULL AND s.startText IS NULL RETURN count(s)"))
                .isOne();
    }

    @Test
    void aSharedEntityTakesTheNameOfTheMostRecentInspectionAndKeepsTheOtherAsAnAlias() {
        db.loader.load(List.of(SampleDataset.source()));
        String second = SampleDataset.YAML.replace("testshire-2020-01", "testshire-2021-01")
                .replace("test-report-2020", "test-report-2021").replace("\"2020-01\"", "\"2021-01\"")
                .replace("name: Testshire Safeguarding Board", "name: Testshire Local Safeguarding Children Board");
        db.loader.load(List.of(SampleDataset.source("testshire-2021-01.yaml", second)));
        var board = db.graph.readAll("MATCH (b:Board {id: 'testshire-safeguarding-board'}) RETURN b.name AS name, b.aliases AS aliases",
                java.util.Map.of()).getFirst();
        assertThat(board.get("name").asString()).isEqualTo("Testshire Local Safeguarding Children Board");
        assertThat(board.get("aliases").asList(v -> v.asString())).containsExactly("Testshire Safeguarding Board");
        // and loading the older file again changes nothing: the graph does not depend on the order of loading
        String before = db.checksum();
        db.loader.load(List.of(SampleDataset.source()));
        assertThat(db.checksum()).isEqualTo(before);
    }
}
