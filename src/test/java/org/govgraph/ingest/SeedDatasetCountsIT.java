package org.govgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.govgraph.support.Seeds;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each seed dataset, loaded into an empty graph (after the earlier inspection it follows up, if any), gives
 * exactly as many nodes of each label and relationships of each type around its inspection as its report
 * holds. The figures were counted in the reports when the datasets were curated (numbered paragraphs and
 * bullets, recommendations, named inspectors, boards, teams, partners and changes of post holder).
 */
class SeedDatasetCountsIT {

    static Stream<Arguments> seeds() {
        return Stream.of(
                // file, earlier file, FOUND, RECOMMENDED, JUDGED, NOTES, INSPECTED, boards, teams, partners
                Arguments.of("powys-2014.yaml", null, 44, 0, 0, 0, 0, 3, 4, 7),
                Arguments.of("powys-2017-07.yaml", null, 94, 29, 0, 8, 5, 2, 10, 6),
                Arguments.of("powys-2018-10.yaml", "powys-2017-07.yaml", 71, 0, 0, 5, 4, 9, 10, 10),
                Arguments.of("neath-port-talbot-2013-11.yaml", null, 9, 22, 0, 0, 0, 1, 4, 0),
                Arguments.of("neath-port-talbot-2015-02.yaml", "neath-port-talbot-2013-11.yaml", 93, 15, 0, 1, 6, 8, 11, 3),
                Arguments.of("cumbria-2013-05.yaml", null, 55, 21, 4, 0, 1, 4, 10, 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void holdsWhatItsReportSays(String file, String earlier, int findings, int recommendations, int judgements,
                                int spells, int inspectors, int boards, int teams, int partners) {
        var db = TestGraph.get();
        db.clear();
        List<org.govgraph.ingest.DatasetSource> batch = new ArrayList<>();
        if (earlier != null) {
            batch.add(Seeds.named(earlier));
        }
        batch.add(Seeds.named(file));
        db.loader.load(batch);
        String id = file.replace(".yaml", "");

        Map<String, Long> actual = new LinkedHashMap<>();
        db.graph.readAll("""
                MATCH (i:Inspection {id: $id})-[r]-(n)
                WITH type(r) + ':' + [l IN labels(n) WHERE l <> 'Entity'][0] AS key, count(*) AS n
                RETURN key, n ORDER BY key""", Map.of("id", id))
                .forEach(r -> actual.put(r.get("key").asString(), r.get("n").asLong()));
        Map<String, Long> expected = new LinkedHashMap<>();
        put(expected, "FOUND:Finding", findings);
        put(expected, "RECOMMENDED:Recommendation", recommendations);
        put(expected, "JUDGED:Judgement", judgements);
        put(expected, "NOTES:PostHolding", spells);
        put(expected, "INSPECTED:Inspector", inspectors);
        put(expected, "MENTIONS:Board", boards);
        put(expected, "MENTIONS:Team", teams);
        put(expected, "MENTIONS:Partner", partners);
        expected.put("BY:Inspectorate", 1L);
        expected.put("OF_AUTHORITY:Authority", 1L);
        expected.put("REPORTED_IN:Report", 1L);
        if (earlier != null) {
            expected.put("FOLLOWS_UP:Inspection", 1L);
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);

        // nothing dangles: every spell is in a role
        assertThat(db.count("""
                MATCH (:Inspection {id: $id})-[:NOTES]->(s) WHERE NOT (s)-[:IN_ROLE]->(:Role) RETURN count(s)""",
                Map.of("id", id))).isZero();
    }

    private static void put(Map<String, Long> map, String key, int n) {
        if (n > 0) {
            map.put(key, (long) n);
        }
    }
}
