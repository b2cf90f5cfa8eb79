package org.govgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.govgraph.support.Seeds;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The questions answered on the seed graph. Expected answers were worked out by hand from the reports:
 * the quoted sentences beside each assertion are where they come from.
 */
class QuestionsIT {

    private static Questions q;

    @BeforeAll
    static void loadSeeds() {
        var db = TestGraph.get();
        db.clear();
        db.loader.load(Seeds.all());
        q = db.questions;
    }

    @Nested
    class PowysLeadership2016To2018 {

        private final Leadership.Timeline timeline = q.leadership().timeline("powys", "2016", "2018");

        private Leadership.RoleTimeline role(String kind) {
            return timeline.roles().stream().filter(r -> r.kind().equals(kind)).findFirst().orElseThrow();
        }

        private static String spell(Leadership.Spell s) {
            return s.tenure() + " " + s.start() + ".." + s.end() + (s.endInferred() != null ? " (" + s.endInferred() + ")" : "");
        }

        @Test
        void theDirectorLeftInDecember2016WasReplacedByAnInterimInApril2017AndAPermanentDirectorInMay2018() {
            // 2017: "the departure of the director of social services in December 2016"; "The statutory role of
            // director of social services is currently undertaken by the interim chief social work - operations
            // director for social care who commenced in April 2017". 2018, 5.3: "A permanent director of social
            // services took up post in May 2018"
            var dss = role("director_of_social_services");
            assertThat(dss.spells()).extracting(PowysLeadership2016To2018::spell).containsExactly(
                    "unknown null..2016-12", "interim 2017-04..null (2018-05)", "permanent 2018-05..null");
            assertThat(dss.spells().get(1).sources()).extracting(Leadership.Source::inspection).containsExactly("powys-2017-07");
            assertThat(dss.spells().get(2).sources()).extracting(Leadership.Source::ref).containsExactly("5.3");
            assertThat(dss.interimMonths()).isEqualTo(13);            // April 2017 to May 2018
            assertThat(dss.longestGap().from()).isEqualTo("2016-12");  // no director from the departure...
            assertThat(dss.longestGap().to()).isEqualTo("2017-04");    // ...to the interim's arrival
            assertThat(dss.longestGap().months()).isEqualTo(4);
            assertThat(dss.changesPerYear()).containsEntry(2016, 1).containsEntry(2017, 1).containsEntry(2018, 1);
        }

        @Test
        void theHeadOfServiceLeftInJuly2017After11MonthsAnInterimCameInJuneAndAPermanentHeadInOctober2018() {
            // 2017: "The head of children's services left the local authority in July 2017, after 11 months in post.
            // In June 2017 an interim head of children's services was appointed". 2018, 5.3: "a permanent head of
            // children's services in October 2018"
            var head = role("head_of_childrens_services");
            assertThat(head.spells()).extracting(PowysLeadership2016To2018::spell).containsExactly(
                    "unknown 2016-08..2017-07", "interim 2017-06..null (2018-10)", "permanent 2018-10..null");
            assertThat(head.spells().getFirst().duration()).isEqualTo("11 months");
            assertThat(head.spells().getFirst().startDerived()).isTrue();
            assertThat(head.interimMonths()).isEqualTo(16);           // June 2017 to October 2018
            assertThat(head.changes()).isEqualTo(4);                  // Aug 2016, Jun 2017, Jul 2017, Oct 2018
        }

        @Test
        void anInterimStrategicDirectorOfPeopleFromJanuary2017() {
            // 2017: "the chief executive of Powys Teaching Health Board providing support by undertaking the role
            // of interim strategic director of people on a part time basis from January 2017"
            var director = role("strategic_director");
            assertThat(director.spells()).extracting(PowysLeadership2016To2018::spell).containsExactly("interim 2017-01..null");
            assertThat(director.spells().getFirst().open()).isTrue();
        }

        @Test
        void thePlannedChiefExecutiveIsNotCountedAsAChange() {
            // 2018, 5.3: "The interim chief executive will be replaced by a permanent appointment in early 2019."
            var chief = role("chief_executive");
            assertThat(chief.spells()).anySatisfy(s -> assertThat(s.planned()).isTrue());
            assertThat(chief.changes()).isZero();
        }

        @Test
        void stabilityFindingsStandBesideTheTimeline() {
            // 2017, 5.4 speaks of "four changes of head of service" in two years
            assertThat(timeline.findings()).anySatisfy(f -> {
                assertThat(f.inspection()).isEqualTo("powys-2017-07");
                assertThat(f.text()).contains("head of service");
            });
            assertThat(timeline.inspectionDates()).hasSize(3);
        }

        @Test
        void powysHasTheMostTurnoverOfTheSeedAuthorities() {
            var ranking = q.leadership().ranking("2016", "2018");
            assertThat(ranking.authorities().getFirst().authority()).isEqualTo("powys");
            assertThat(ranking.authorities().getFirst().changes()).isGreaterThanOrEqualTo(7);
        }

        @Test
        void aPeriodThatEndsBeforeItStartsIsRefused() {
            assertThatThrownBy(() -> q.leadership().timeline("powys", "2018", "2016")).isInstanceOf(InvalidQueryException.class);
            assertThatThrownBy(() -> q.leadership().timeline("powys", "2017-13", null)).isInstanceOf(InvalidQueryException.class);
        }
    }

    @Nested
    class PowysSafeguardingBoards {

        private final BoardLinks.Links links = q.boards().links("powys");

        private BoardLinks.BoardView board(String id) {
            return links.boards().stream().filter(b -> b.board().id().equals(id)).findFirst().orElseThrow();
        }

        @Test
        void theRegionalBoardsEngagementIsFollowedAcrossThreeInspections() {
            var regional = board("powys-regional-safeguarding-board");
            assertThat(regional.board().scope()).isEqualTo("regional");
            assertThat(regional.timeline()).extracting(BoardLinks.Stage::inspection)
                    .containsExactly("powys-2014", "powys-2017-07", "powys-2018-10");
            // 2014: "The Children's Safeguarding Board (SCB) was in the process of moving to a regional footprint."
            assertThat(regional.timeline().get(0).findings()).anySatisfy(f -> assertThat(f.text()).contains("regional footprint"));
            // 2017, 1.8: "a regional approach to decision making criteria has been signed off by the regional safeguarding board"
            assertThat(regional.timeline().get(1).findings()).anySatisfy(f -> assertThat(f.text()).contains("decision making criteria"));
            // 2018: "Renewed participation by senior managers in the regional safeguarding board"
            assertThat(regional.timeline().get(2).findings()).anySatisfy(f -> {
                assertThat(f.text()).contains("Renewed participation by senior managers in the regional safeguarding board");
                assertThat(f.polarity()).isEqualTo("improvement");
            });
            assertThat(regional.authorityIsMember()).isTrue();
        }

        @Test
        void theCorporateParentingGroupIsAmongTheBoards() {
            // 2018, 5.8: "We noted the re-establishment of the corporate parenting group"
            assertThat(board("powys-corporate-parenting-group").timeline()).isNotEmpty();
        }
    }

    @Nested
    class MultiAgencyGaps {

        private Gaps.Cell cell(String inspection, String sector) {
            return q.gaps().matrix(List.of("powys"), null).rows().stream().filter(r -> r.inspection().equals(inspection))
                    .findFirst().orElseThrow().cells().stream().filter(c -> c.sector().equals(sector)).findFirst().orElseThrow();
        }

        @Test
        void partnersLeftOutOfStrategyDiscussionsAreAConcernTracedToItsFinding() {
            // 2017, 4.2: "There were missed opportunities to include a wider range of partners in strategy
            // discussions ... for example, health, education and housing."
            for (String sector : List.of("health", "education", "housing")) {
                var c = cell("powys-2017-07", sector);
                assertThat(c.concerns()).as(sector).isPositive();
                assertThat(c.evidence()).as(sector).anySatisfy(e -> {
                    assertThat(e.ref()).isEqualTo("4.2");
                    assertThat(e.issues()).contains("not-invited");
                });
            }
        }

        @Test
        void policeConcernsOf2017AreScoredAsAGap() {
            // 2017, 4.5: "Partners in the police expressed concern at the inconsistency in response from senior managers"
            var police = cell("powys-2017-07", "police");
            assertThat(police.evidence()).anySatisfy(e -> assertThat(e.ref()).isEqualTo("4.5"));
            assertThat(police.score()).isGreaterThan(0.5);
        }

        @Test
        void anUnknownSectorIsRefused() {
            assertThatThrownBy(() -> q.gaps().matrix(null, List.of("astrology"))).isInstanceOf(InvalidQueryException.class);
        }
    }

    @Nested
    class ComparisonOverInspections {

        private Comparisons.FollowUpItem item(Comparisons.FollowUp f, int number) {
            return f.items().stream().filter(i -> Integer.valueOf(number).equals(i.ask().number())).findFirst().orElseThrow();
        }

        @Test
        void powys2017RecommendationsAreFollowedInto2018() {
            var followUp = q.comparisons().followUp("powys", "powys-2017-07", null);
            assertThat(followUp.to()).isEqualTo("powys-2018-10");
            assertThat(followUp.items()).hasSize(29);
            // rec 10 asks to clarify the role of Powys People Direct; 2018 finds PPD strengthened or co-located with TAF
            var ppd = item(followUp, 10);
            assertThat(ppd.status()).isEqualTo("improved");
            assertThat(ppd.answer().text()).contains("PPD");
            // rec 3 asks for more frequent supervision; 2018: "significantly increased regularity of staff supervision"
            var supervision = item(followUp, 3);
            assertThat(supervision.status()).isEqualTo("improved");
            assertThat(supervision.answer().text()).contains("supervision");
            // rec 25 asks to strengthen the response to complaints; 2018, 5.16: complaints "not receiving timely, quality responses"
            var complaints = item(followUp, 25);
            assertThat(complaints.status()).isEqualTo("not_improved");
            assertThat(complaints.answer().ref()).isEqualTo("5.16");
        }

        @Test
        void neathPortTalbotsOutOfHoursRecommendationOf2013IsStillAProblemIn2015() {
            // 2013 recommendation 22: review the 'out of hours' service; 2015, 4.14: contacting the 'out of hours'
            // service "still proved problematic at certain times"
            var followUp = q.comparisons().followUp("neath-port-talbot", "neath-port-talbot-2013-11", "neath-port-talbot-2015-02");
            assertThat(followUp.items()).hasSize(22);
            var outOfHours = item(followUp, 22);
            assertThat(outOfHours.status()).isEqualTo("not_improved");
            assertThat(outOfHours.answer().ref()).isEqualTo("4.14");
        }

        @Test
        void powys2014HadNoRecommendationsSoItsAreasForImprovementAreFollowed() {
            var followUp = q.comparisons().followUp("powys", "powys-2014", "powys-2017-07");
            assertThat(followUp.items()).isNotEmpty().allSatisfy(i -> assertThat(i.kind()).isEqualTo("area for improvement"));
            // Question 1, areas for improvement, bullet 2: the senior management team was about to change
            assertThat(followUp.items()).anySatisfy(i -> assertThat(i.ask().ref()).startsWith("Question 1, areas for improvement"));
        }

        @Test
        void theDiffOf2017And2018ShowsTheNewBoardsAndPostHolders() {
            var diff = q.comparisons().diff("powys", "powys-2017-07", "powys-2018-10");
            // 2018: "reactivation of the local safeguarding operational group and corporate parenting group"
            assertThat(diff.appeared()).extracting(Comparisons.Presence::id)
                    .contains("powys-corporate-parenting-group", "powys-local-safeguarding-board");
            assertThat(diff.postHoldersAppeared()).extracting(Comparisons.Presence::name)
                    .anySatisfy(n -> assertThat(n).contains("permanent, from 2018-05"))
                    .anySatisfy(n -> assertThat(n).contains("permanent, from 2018-10"));
            assertThat(diff.postHoldersGone()).extracting(Comparisons.Presence::name)
                    .anySatisfy(n -> assertThat(n).contains("interim, from 2017-06"));
            assertThat(diff.recurring().size() + diff.resolved().size() + diff.notMentioned().size())
                    .isEqualTo(78); // every concern of 2017 has an outcome
        }

        @Test
        void theThemeTableHasAColumnPerInspectionInDateOrder() {
            var table = q.comparisons().themeTable("powys", null);
            assertThat(table.inspections()).extracting(Authorities.Inspection::id)
                    .containsExactly("powys-2014", "powys-2017-07", "powys-2018-10");
            var complaints = table.themes().stream().filter(t -> t.theme().equals("complaints")).findFirst().orElseThrow();
            // 2018, 5.16: complaints "not receiving timely, quality responses"
            assertThat(complaints.byInspection().get("powys-2018-10").findings()).contains("powys-2018-10/5.16");
            // every finding counted carries its provenance
            assertThat(table.findings().get("powys-2018-10/5.16").text()).startsWith("People making complaints");
            assertThat(table.themes()).allSatisfy(t -> t.byInspection().values().forEach(c ->
                    c.findings().forEach(id -> assertThat(table.findings()).containsKey(id))));
        }

        @Test
        void authoritiesSideBySideAtTheirLatestInspection() {
            var side = q.comparisons().sideBySide(List.of("powys", "cumbria"), List.of("safeguarding", "workforce"), false);
            assertThat(side.inspections()).containsExactlyInAnyOrder("powys-2018-10", "cumbria-2013-05");
            assertThat(side.byAuthority().get("cumbria").get("safeguarding").concerns()).isPositive();
            side.byAuthority().get("cumbria").get("safeguarding").findings()
                    .forEach(id -> assertThat(side.findings().get(id).ref()).startsWith("paragraph"));
            // Cumbria's record of main findings: every judgement inadequate
            assertThat(side.judgements().get("cumbria")).extracting(Authorities.Judgement::grade).containsOnly("Inadequate");
        }

        @Test
        void inspectionsOfAnotherAuthorityOrInTheWrongOrderAreRefused() {
            assertThatThrownBy(() -> q.comparisons().diff("powys", "powys-2018-10", "powys-2017-07"))
                    .isInstanceOf(InvalidQueryException.class);
            assertThatThrownBy(() -> q.comparisons().diff("powys", "powys-2017-07", "cumbria-2013-05"))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class MapsSearchAndEntities {

        @Test
        void theMapOfPowysAsAtDecember2017IsThe2017InspectionsView() {
            var map = q.maps().map("powys", null, "2017-12");
            assertThat(map.scope()).extracting(Authorities.Inspection::id).containsExactly("powys-2017-07");
            assertThat(map.nodes()).extracting(GovernanceMaps.Node::id)
                    .contains("powys", "powys-2017-07", "powys-regional-safeguarding-board", "dyfed-powys-police",
                            "powys-people-direct");
            var ppd = map.edges().stream().filter(e -> e.target().equals("powys-people-direct")).findFirst().orElseThrow();
            assertThat(ppd.type()).isEqualTo("HAS_TEAM");
            assertThat(ppd.concerns()).isPositive();
            assertThat(ppd.findings()).allSatisfy(id -> assertThat(map.findings()).containsKey(id));
            assertThat(map.findings().get(ppd.findings().getFirst()).inspection()).isEqualTo("powys-2017-07");
            // post holders hang off their posts
            assertThat(map.edges()).anySatisfy(e -> {
                assertThat(e.type()).isEqualTo("IN_ROLE");
                assertThat(e.target()).isEqualTo("powys-head-of-childrens-services");
            });
        }

        @Test
        void aMapShowsOnlyTheMembershipsItsInspectionsState() {
            // Powys's place on the regional board is stated by the 2018 report ("Renewed participation by senior
            // managers in the regional safeguarding board"), not by the 2014 one, which only names the board
            var early = q.maps().map("powys", "powys-2014", null);
            assertThat(early.edges()).filteredOn(e -> e.target().equals("powys-regional-safeguarding-board")
                    && e.source().equals("powys")).extracting(GovernanceMaps.Edge::type).containsExactly("NAMED_WITH");
            var late = q.maps().map("powys", "powys-2018-10", null);
            assertThat(late.edges()).filteredOn(e -> e.target().equals("powys-regional-safeguarding-board")
                    && e.source().equals("powys")).extracting(GovernanceMaps.Edge::type).containsExactly("MEMBER_OF");
            // an inspection whose fieldwork began in July 2017 is part of the map as at 2017-07
            assertThat(q.maps().map("powys", null, "2017-07").scope()).extracting(Authorities.Inspection::id)
                    .containsExactly("powys-2017-07");
        }

        @Test
        void aMapBeforeAnyInspectionOrWithABadDateIsRefused() {
            assertThatThrownBy(() -> q.maps().map("powys", null, "2013")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> q.maps().map("powys", null, "2017-13")).isInstanceOf(InvalidQueryException.class);
            assertThatThrownBy(() -> q.maps().map("nowhere", null, null)).isInstanceOf(NotFoundException.class);
        }

        @Test
        void searchFindsStrategyDiscussionsWithFiltersAndPages() {
            var all = q.search().search(new FindingSearch.Request("\"strategy discussions\"", List.of("powys"), null, null,
                    null, List.of("concern"), null, List.of("finding"), null, null, null, 1, 50));
            assertThat(all.hits()).extracting(FindingSearch.Hit::id).contains("powys-2017-07/f4.2");
            assertThat(all.hits()).allSatisfy(h -> {
                assertThat(h.authority()).isEqualTo("powys");
                assertThat(h.polarity()).isEqualTo("concern");
                assertThat(h.text().toLowerCase()).contains("strategy discussions");
            });
            var second = q.search().search(new FindingSearch.Request("strategy", null, null, null, null, null, null, null,
                    null, null, null, 2, 1));
            assertThat(second.hits()).hasSize(1);
            assertThat(second.total()).isGreaterThan(1);
            var byDate = q.search().search(new FindingSearch.Request(null, null, List.of("Ofsted"), null, List.of("safeguarding"),
                    null, null, null, "2013", "2013", "date", 1, 100));
            assertThat(byDate.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.inspection()).isEqualTo("cumbria-2013-05"));
            assertThat(byDate.hits()).allSatisfy(h -> assertThat(h.score()).isNull());
        }

        @Test
        void searchRefusesWhatItCannotDo() {
            assertThatThrownBy(() -> new FindingSearch.Request(null, null, null, null, null, List.of("splendid"), null,
                    null, null, null, null, 1, 20)).isInstanceOf(InvalidQueryException.class);
            assertThatThrownBy(() -> new FindingSearch.Request(null, null, null, null, null, null, null, null, null, null,
                    "relevance", 1, 20)).isInstanceOf(InvalidQueryException.class);
            assertThatThrownBy(() -> q.search().search(new FindingSearch.Request("\"unclosed", null, null, null, null,
                    null, null, null, null, null, null, 1, 20))).isInstanceOf(InvalidQueryException.class);
        }

        @Test
        void theRegionalBoardsPageGathersWhatThreeInspectionsSaidOfIt() {
            var page = q.entities().page("powys-regional-safeguarding-board");
            assertThat(page.label()).isEqualTo("Board");
            assertThat(page.mentions()).extracting(Entities.Mention::inspection)
                    .containsExactly("powys-2014", "powys-2017-07", "powys-2018-10");
            assertThat(page.statements()).extracting(Entities.Said::ref).contains("1.8", "4.8");
            assertThat(page.members()).extracting(Entities.Link::id).contains("powys");
            assertThatThrownBy(() -> q.entities().page("no-such-board")).isInstanceOf(NotFoundException.class);
        }

        @Test
        void everyNamedQueryHasAHeaderThatSaysWhatItAnswersAndItsParameters() {
            assertThat(q.library().all()).hasSizeGreaterThan(10).allSatisfy(f -> {
                assertThat(f.description()).as(f.name()).isNotBlank();
                for (var param : f.params()) {
                    assertThat(f.text()).as(f.name() + " uses $" + param.name()).contains("$" + param.name());
                }
            });
            var map = q.library().get("governance-map");
            assertThat(map.params()).extracting(org.govgraph.store.CypherFile.Param::name).containsExactly("authority", "inspections");
        }
    }
}
