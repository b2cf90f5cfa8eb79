package org.govgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govgraph.support.Seeds;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The seed datasets, loaded into the real embedded Neo4j, hold what the reports say. Every expected figure
 * below was read from the report text (numbered paragraphs, bullets, recommendations, names and dates, each
 * count checked a second time by searching the text), never taken from the loader's output.
 */
class SeedDatasetsIT {

    private static TestGraph db;

    @BeforeAll
    static void loadSeeds() {
        db = TestGraph.get();
        db.clear();
        db.loader.load(Seeds.all());
    }

    private static Map<String, Long> countBy(String cypher, Map<String, Object> params) {
        Map<String, Long> counts = new HashMap<>();
        db.graph.readAll(cypher, params).forEach(r -> counts.put(r.get(0).asString(), r.get(1).asLong()));
        return counts;
    }

    @Test
    void everySeedReportIsAnInspectionOfItsAuthority() {
        var rows = db.graph.readAll("""
                MATCH (i:Inspection)-[:OF_AUTHORITY]->(a:Authority), (i)-[:BY]->(x:Inspectorate)
                RETURN i.id AS id, a.name AS authority, x.id AS inspectorate ORDER BY id""", Map.of());
        assertThat(rows).extracting(r -> r.get("id").asString() + " " + r.get("authority").asString() + " "
                + r.get("inspectorate").asString()).containsExactly(
                "cumbria-2013-05 Cumbria County Council ofsted",
                "neath-port-talbot-2013-11 Neath Port Talbot County Borough Council cssiw",
                "neath-port-talbot-2015-02 Neath Port Talbot County Borough Council cssiw",
                "powys-2014 Powys County Council cssiw",
                "powys-2017-07 Powys County Council cssiw",
                "powys-2018-10 Powys County Council ciw");
    }

    @Test
    void followUpsLinkEachReportToTheEarlierInspectionItNames() {
        var pairs = db.strings("MATCH (a:Inspection)-[:FOLLOWS_UP]->(b:Inspection) RETURN a.id + ' -> ' + b.id ORDER BY a.id",
                Map.of());
        // 2018 report: "This inspection followed up on a previous inspection in July 2017";
        // 2015 report: "A further inspection in November 2013 resulted in the protocol remaining in place."
        assertThat(pairs).containsExactly("neath-port-talbot-2015-02 -> neath-port-talbot-2013-11",
                "powys-2018-10 -> powys-2017-07");
    }

    @Nested
    class Powys2017 {
        private final Map<String, Object> id = Map.of("id", "powys-2017-07");

        @Test
        void makes29RecommendationsIn3Timescales() {
            var byTimescale = countBy("MATCH (:Inspection {id: $id})-[:RECOMMENDED]->(r) RETURN r.timescale, count(*)", id);
            assertThat(byTimescale).containsOnly(entry("within 1 month", 7L), entry("within 4 months", 18L),
                    entry("within 12 months", 4L));
            assertThat(db.strings("MATCH (:Inspection {id: $id})-[:RECOMMENDED]->(r) RETURN toString(r.number) ORDER BY r.number", id))
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 29).mapToObj(Integer::toString).toList());
        }

        @Test
        void holdsEveryNumberedFindingOfItsFiveSections() {
            // 1.1-1.14, 2.1-2.8, 3.1-3.15, 4.1-4.18, 5.1-5.33
            var bySection = countBy("""
                    MATCH (:Inspection {id: $id})-[:FOUND]->(f) WHERE f.ref =~ '[1-5]\\\\.[0-9]+'
                    RETURN split(f.ref, '.')[0], count(*)""", id);
            assertThat(bySection).containsOnly(entry("1", 14L), entry("2", 8L), entry("3", 15L), entry("4", 18L),
                    entry("5", 33L));
        }

        @Test
        void recordsTheSeniorManagementChangesOfRecentDevelopments() {
            var spells = db.strings("""
                    MATCH (:Inspection {id: $id})-[:NOTES]->(s:PostHolding)-[:IN_ROLE]->(r:Role)
                    RETURN r.kind + ' ' + s.tenure + ' ' + coalesce(s.start, '?') + '..' + coalesce(s.end, '?')""", id);
            assertThat(spells).contains(
                    "director_of_social_services unknown ?..2016-12",      // departure in December 2016
                    "strategic_director interim 2017-01..?",               // interim strategic director of people from January 2017
                    "director_of_social_services interim 2017-04..?",      // interim statutory director, commenced April 2017
                    "head_of_childrens_services unknown 2016-08..2017-07", // left July 2017 after 11 months in post
                    "head_of_childrens_services interim 2017-06..?");      // interim head appointed June 2017
            assertThat(db.strings("""
                    MATCH (:Inspection {id: $id})-[:NOTES]->(s:PostHolding {end: '2017-07'}) RETURN s.duration""", id))
                    .containsExactly("11 months");
        }

        @Test
        void namesItsLeadInspectorAndFourSupportingInspectors() {
            assertThat(db.strings("""
                    MATCH (p:Inspector)-[r:INSPECTED]->(:Inspection {id: $id}) RETURN r.role + ': ' + p.name ORDER BY p.name""", id))
                    .containsExactlyInAnyOrder("lead inspector: Ken Redman", "supporting inspector: Katy Young",
                            "supporting inspector: Pam Clutton", "supporting inspector: Sharon Eastlake",
                            "supporting inspector: Lesley Roberts");
        }
    }

    @Nested
    class Powys2018 {
        private final Map<String, Object> id = Map.of("id", "powys-2018-10");

        @Test
        void namesItsLeadInspectorAndThreeSupportingInspectors() {
            // "Lead Inspector: Denise Moultrie. Supporting Inspectors: Mike Holding, Katy Young and Tracey Shepherd."
            assertThat(db.strings("""
                    MATCH (p:Inspector)-[r:INSPECTED]->(:Inspection {id: $id}) RETURN r.role + ': ' + p.name""", id))
                    .containsExactlyInAnyOrder("lead inspector: Denise Moultrie", "supporting inspector: Mike Holding",
                            "supporting inspector: Katy Young", "supporting inspector: Tracey Shepherd");
        }

        @Test
        void holdsTenImprovementsFiveAreasForDevelopmentAnd52NumberedFindings() {
            assertThat(db.count("""
                    MATCH (:Inspection {id: $id})-[:FOUND]->(f) WHERE f.section = 'Improvements since last inspection'
                    AND f.polarity = 'improvement' RETURN count(f)""", id)).isEqualTo(10);
            assertThat(db.count("""
                    MATCH (:Inspection {id: $id})-[:FOUND]->(f) WHERE f.section = 'Areas for development'
                    AND f.polarity = 'area_for_development' AND f.ref CONTAINS 'bullet' RETURN count(f)""", id)).isEqualTo(5);
            var bySection = countBy("""
                    MATCH (:Inspection {id: $id})-[:FOUND]->(f) WHERE f.ref =~ '[1-5]\\\\.[0-9]+'
                    RETURN split(f.ref, '.')[0], count(*)""", id);
            assertThat(bySection).containsOnly(entry("1", 4L), entry("2", 5L), entry("3", 18L), entry("4", 8L),
                    entry("5", 17L));
        }

        @Test
        void recordsThePermanentDirectorAndHeadOfService() {
            // 5.3: "A permanent director of social services took up post in May 2018 and a permanent head of
            // children's services in October 2018."
            assertThat(db.strings("""
                    MATCH (:Inspection {id: $id})-[:NOTES]->(s:PostHolding {tenure: 'permanent'})-[:IN_ROLE]->(r:Role)
                    WHERE s.ref = '5.3' AND s.start STARTS WITH '2018'
                    RETURN r.kind + ' ' + s.start""", id))
                    .containsExactlyInAnyOrder("director_of_social_services 2018-05", "head_of_childrens_services 2018-10");
        }

        @Test
        void seesTheRegionalSafeguardingBoardThatThe2017ReportAlsoNamed() {
            assertThat(db.strings("""
                    MATCH (i:Inspection)-[:MENTIONS]->(:Board {id: 'powys-regional-safeguarding-board'})
                    RETURN i.id ORDER BY i.id""", Map.of()))
                    .containsExactly("powys-2014", "powys-2017-07", "powys-2018-10");
        }
    }

    @Nested
    class Powys2014 {
        @Test
        void holdsSevenNumberedParagraphsAndTheBulletsOfItsFiveQuestions() {
            Map<String, Object> id = Map.of("id", "powys-2014");
            assertThat(db.count("MATCH (:Inspection {id: $id})-[:FOUND]->(f) WHERE f.ref =~ '[12]\\\\.[0-9]+' RETURN count(f)", id))
                    .isEqualTo(7);
            // positives / areas for improvement bullets per question: 5+3, 7+3, 5+2, 3+2, 4+3
            var byQuestion = countBy("""
                    MATCH (:Inspection {id: $id})-[:FOUND]->(f) WHERE f.ref STARTS WITH 'Question'
                    RETURN split(f.ref, ',')[0], count(*)""", id);
            assertThat(byQuestion).containsOnly(entry("Question 1", 8L), entry("Question 2", 10L),
                    entry("Question 3", 7L), entry("Question 4", 5L), entry("Question 5", 7L));
            assertThat(db.count("""
                    MATCH (:Inspection {id: $id})-[:FOUND]->(f) WHERE f.ref CONTAINS 'positives' AND f.polarity = 'strength'
                    RETURN count(f)""", id)).isEqualTo(24);
        }
    }

    @Nested
    class NeathPortTalbot {
        @Test
        void the2015ReportMakes15RecommendationsAndListsThe22OfNovember2013() {
            assertThat(db.count("MATCH (:Inspection {id: 'neath-port-talbot-2015-02'})-[:RECOMMENDED]->(r) RETURN count(r)"))
                    .isEqualTo(15);
            assertThat(db.count("MATCH (:Inspection {id: 'neath-port-talbot-2013-11'})-[:RECOMMENDED]->(r) RETURN count(r)"))
                    .isEqualTo(22);
            // the earlier inspection's facts come from the 2015 report's appendix
            assertThat(db.strings("""
                    MATCH (:Inspection {id: 'neath-port-talbot-2013-11'})-[:RECOMMENDED]->(r)
                    RETURN DISTINCT r.report""", Map.of())).containsExactly("cssiw-neath-port-talbot-2015");
        }

        @Test
        void holdsThe32NumberedParagraphsAnd38KeyFindingsOfTheFourThemes() {
            Map<String, Object> id = Map.of("id", "neath-port-talbot-2015-02");
            assertThat(db.count("MATCH (:Inspection {id: $id})-[:FOUND]->(f) WHERE f.ref =~ '[1-4]\\\\.[0-9]+' RETURN count(f)", id))
                    .isEqualTo(32);
            assertThat(db.count("MATCH (:Inspection {id: $id})-[:FOUND]->(f) WHERE f.ref CONTAINS 'key finding' RETURN count(f)", id))
                    .isEqualTo(38);
        }

        @Test
        void namesPamCluttonAsLeadInspector() {
            assertThat(db.strings("""
                    MATCH (p:Inspector)-[:INSPECTED {role: 'lead inspector'}]->(:Inspection {id: 'neath-port-talbot-2015-02'})
                    RETURN p.name""", Map.of())).containsExactly("Pam Clutton");
        }
    }

    @Nested
    class Cumbria2013 {
        private final Map<String, Object> id = Map.of("id", "cumbria-2013-05");

        @Test
        void isJudgedInadequateOnTheFourPointScaleInEveryArea() {
            var grades = countBy("MATCH (:Inspection {id: $id})-[:JUDGED]->(j) RETURN j.grade + '/' + j.scale + '/' + j.rank, count(*)", id);
            assertThat(grades).containsOnly(entry("Inadequate/ofsted-four-point/4", 4L));
            assertThat(db.strings("MATCH (:Inspection {id: $id})-[:JUDGED]->(j) RETURN j.area", id))
                    .contains("Overall effectiveness", "Leadership and governance", "The quality of practice");
        }

        @Test
        void holdsNumberedParagraphs1To55() {
            assertThat(db.strings("""
                    MATCH (:Inspection {id: $id})-[:FOUND]->(f) RETURN f.ref ORDER BY toInteger(split(f.ref, ' ')[1])""", id))
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 55).mapToObj(n -> "paragraph " + n).toList());
        }

        @Test
        void groupsItsActionsByTimescaleWithTheMergedBulletSplitInTwo() {
            // Immediately: 8 bullets, one of which runs two actions together; within three months: 9; within six months: 3
            var byTimescale = countBy("MATCH (:Inspection {id: $id})-[:RECOMMENDED]->(r) RETURN r.timescale, count(*)", id);
            assertThat(byTimescale).containsOnly(entry("immediately", 9L), entry("within three months", 9L),
                    entry("within six months", 3L));
            assertThat(db.count("""
                    MATCH (:Inspection {id: $id})-[:RECOMMENDED]->(r) WITH r.ref AS ref, count(*) AS n WHERE n = 2
                    RETURN count(ref)""", id)).isEqualTo(1);
        }

        @Test
        void knowsCumbriaWasSucceededByTwoAuthorities() {
            assertThat(db.strings("MATCH (:Authority {id: 'cumbria'})-[:SUCCEEDED_BY]->(s) RETURN s.name ORDER BY s.name", Map.of()))
                    .containsExactly("Cumberland Council", "Westmorland and Furness Council");
        }
    }

    @Test
    void everyFindingAndRecommendationCarriesItsReportReferenceAndWords() {
        assertThat(db.count("""
                MATCH (n) WHERE (n:Finding OR n:Recommendation)
                  AND (n.report IS NULL OR n.ref IS NULL OR n.text IS NULL OR n.inspection IS NULL)
                RETURN count(n)""")).isZero();
        assertThat(db.count("MATCH (n:PostHolding) WHERE n.ref IS NULL OR n.quote IS NULL RETURN count(n)")).isZero();
        assertThat(db.count("MATCH (n:Finding) RETURN count(n)")).isGreaterThan(300);
    }

    @Test
    void fullTextIndexFindsFindingsAndRecommendations() {
        List<String> hits = db.strings("""
                CALL db.index.fulltext.queryNodes('statement_text', 'strategy AND discussions', {limit: 50})
                YIELD node RETURN DISTINCT node.inspection ORDER BY node.inspection""", Map.of());
        assertThat(hits).contains("cumbria-2013-05");
    }
}
