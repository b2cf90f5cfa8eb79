package org.govgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gazetteer on sentences and whole reports from the five seed reports (src/main/resources/reports). */
class GazetteerTest {

    /** The bundled gazetteer with the example of local abbreviations a user adds (docs/gazetteer-local-example.yaml). */
    private static final Gazetteer GAZETTEER = Gazetteer.load(List.of(java.nio.file.Path.of("docs", "gazetteer-local-example.yaml")));
    private static final String POWYS = "Powys County Council";
    private static final List<String> SEEDS = List.of("000_5852bdc2b875247a.txt", "001_b7a0eeb34513c3b5.txt",
            "002_8a5250fadd2eb2f4.txt", "003_8c1e3e0d1dda4a4f.txt", "004_495fc7af21d3aa55.txt");
    private static final Map<String, String> AUTHORITIES = Map.of("000_5852bdc2b875247a.txt", POWYS,
            "001_b7a0eeb34513c3b5.txt", "Neath Port Talbot", "002_8a5250fadd2eb2f4.txt", POWYS,
            "003_8c1e3e0d1dda4a4f.txt", POWYS, "004_495fc7af21d3aa55.txt", "Cumbria County Council");

    private static String seed(String file) {
        try (InputStream in = GazetteerTest.class.getClassLoader().getResourceAsStream("reports/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> keys(List<Mention> mentions) {
        return mentions.stream().map(m -> m.kind() + ":" + m.key()).toList();
    }

    @Test
    void teamAroundTheFamilyAndPowysPeopleDirectInAPowysReport() {
        // seed 000, improvements since last inspection
        String text = "Co-location of the Team Around the Family (TAF) with Powys People Direct (PPD) offers the "
                + "opportunity for immediate signposting to early help services.";
        List<Mention> found = GAZETTEER.find(text, POWYS);
        assertThat(keys(found)).containsExactly("team:team-around-the-family", "team:team-around-the-family",
                "team:front-door", "team:front-door", "team:early-help");
        assertThat(found.get(0).surface()).isEqualTo("Team Around the Family");
        assertThat(found.get(1).surface()).isEqualTo("TAF");
        assertThat(found.get(2).surface()).isEqualTo("Powys People Direct");
        assertThat(found.get(3).surface()).isEqualTo("PPD");
        assertThat(found.get(3).name()).isEqualTo("Powys People Direct");
        for (Mention m : found) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
        }
        assertThat(GAZETTEER.isProperName(found.get(0))).isFalse();
    }

    @Test
    void powysAbbreviationsOnlyInPowysReports() {
        String text = "Management of PPD had been strengthened. We continue to be concerned at PCC's response.";
        assertThat(keys(GAZETTEER.find(text, POWYS))).containsExactly("team:front-door", "authority:local-authority");
        assertThat(GAZETTEER.find(text, POWYS).get(1).name()).isEqualTo("Powys County Council");
        assertThat(GAZETTEER.find(text, "Cumbria County Council")).isEmpty();
        assertThat(GAZETTEER.find(text, null)).isEmpty();
        // England: PCC is the police and crime commissioner, never Powys County Council
        String ofsted = "The PCC funds the independent domestic violence advisers. The police and crime commissioner "
                + "chairs the board.";
        assertThat(keys(GAZETTEER.find(ofsted, "Norfolk County Council")))
                .doesNotContain("authority:local-authority")
                .containsExactly("partner:third-sector", "partner:police-and-crime-commissioner");
    }

    @Test
    void placeNamedPoliceIsAProperName() {
        // seed 003: "working relationships with Dyfed Powys Police"; the hyphenated spelling is the force's own
        for (String force : List.of("Dyfed-Powys Police", "Dyfed Powys Police", "West Yorkshire Police")) {
            List<Mention> found = GAZETTEER.find("Information is shared with the " + force + " and health.", POWYS);
            assertThat(found).hasSize(2);
            Mention police = found.get(0);
            assertThat(police.kind()).isEqualTo("partner");
            assertThat(police.key()).isEqualTo("police");
            assertThat(police.sector()).isEqualTo("police");
            assertThat(police.surface()).isEqualTo(force);
            assertThat(GAZETTEER.isProperName(police)).isTrue();
            assertThat(found.get(1).key()).isEqualTo("health");
        }
        Mention generic = GAZETTEER.find("Strategy discussions are now held by PPD staff and police.", POWYS).get(1);
        assertThat(generic.surface()).isEqualTo("police");
        assertThat(GAZETTEER.isProperName(generic)).isFalse();
        // a leading "The" is not part of the name
        assertThat(GAZETTEER.find("The Dyfed-Powys Police attended.", null).get(0).surface()).isEqualTo("Dyfed-Powys Police");
    }

    @Test
    void camhsIsNotHealth() {
        // seed 000, 4.3
        String text = "We saw examples of good multi-agency working, including the involvement of the Child and "
                + "Adolescent Mental Health Service (CAMHS).";
        List<Mention> found = GAZETTEER.find(text, POWYS);
        assertThat(keys(found)).containsExactly("partner:camhs", "partner:camhs");
        assertThat(found.get(0).sector()).isEqualTo("camhs");
        assertThat(GAZETTEER.find("Children waited for mental health services and emotional health support.", null)).isEmpty();
    }

    @Test
    void healthEducationAndHousingAsAgenciesNotTopics() {
        assertThat(keys(GAZETTEER.find("There was room for improvement in strategic work with health.", POWYS)))
                .containsExactly("partner:health");
        assertThat(keys(GAZETTEER.find("Health, education, and housing partners and, other areas of", POWYS)))
                .containsExactly("partner:health", "partner:education", "partner:housing");
        assertThat(keys(GAZETTEER.find("Representatives from the health board had worked with PCC.", POWYS)))
                .containsExactly("partner:health-board", "authority:local-authority");
        Mention board = GAZETTEER.find("the chief executive of Powys Teaching\nHealth Board providing support", POWYS).get(0);
        assertThat(board.surface()).isEqualTo("Powys Teaching Health Board");
        assertThat(board.key()).isEqualTo("health-board");
        // the partner's chief executive is not the council's
        assertThat(keys(GAZETTEER.find("the chief executive of Powys Teaching Health Board", POWYS)))
                .containsExactly("partner:health-board");
        // topics
        assertThat(GAZETTEER.find("Children's health needs and initial health assessments were late; their health "
                + "improved. Children without education for several months; education, employment or training; "
                + "in education; supported housing and housing needs; police checks were done.", null)).isEmpty();
        assertThat(keys(GAZETTEER.find("The timeliness of communication with education about S.47s is an issue.", null)))
                .containsExactly("partner:education");
        assertThat(keys(GAZETTEER.find("The children and young people and education scrutiny committee", null)))
                .containsExactly("board:scrutiny-committee");
    }

    @Test
    void boardsNeedTheirQualifyingWords() {
        String text = "Renewed participation by senior managers in the regional safeguarding board and reactivation "
                + "of the local safeguarding operational group and corporate parenting group. The board met; the panel "
                + "agreed; corporate parenting responsibilities.";
        assertThat(keys(GAZETTEER.find(text, POWYS))).containsExactly("board:regional-safeguarding-board",
                "board:local-safeguarding-group", "board:corporate-parenting");
    }

    @Test
    void placeNamedBoardsAndTheirInitials() {
        // seed 004, 17.
        String text = "17. Cumbria Safeguarding Children's Board (CSCB) has made progress. The CSCB has made progress. "
                + "The Local Safeguarding Children Board (LSCB) met.";
        List<Mention> found = GAZETTEER.find(text, "Cumbria County Council");
        assertThat(keys(found)).containsOnly("board:local-safeguarding-children-board").hasSize(5);
        assertThat(found.get(0).surface()).isEqualTo("Cumbria Safeguarding Children's Board");
        assertThat(GAZETTEER.isProperName(found.get(0))).isTrue();
        assertThat(found.get(1).surface()).isEqualTo("CSCB");
        assertThat(GAZETTEER.isProperName(found.get(1))).isFalse();
        assertThat(found.get(3).surface()).isEqualTo("Local Safeguarding Children Board");
        assertThat(GAZETTEER.isProperName(found.get(3))).isFalse();
    }

    @Test
    void welshAndEnglishPosts() {
        assertThat(keys(GAZETTEER.find("A permanent director of social services took up post in May 2018 and a "
                + "permanent head of children's services in October 2018. The interim chief executive will be "
                + "replaced.", POWYS)))
                .containsExactly("role:director-of-social-services", "role:head-of-childrens-services", "role:chief-executive");
        assertThat(keys(GAZETTEER.find("The director of children’s services (DCS) has been in post since July 2013. "
                + "The Corporate Director of Children's Services implemented changes. The lead member and the "
                + "leader of the council agreed.", "Norfolk")))
                .containsExactly("role:director-of-childrens-services", "role:director-of-childrens-services",
                        "role:corporate-director", "role:lead-member", "role:leader-of-the-council");
    }

    @Test
    void wordsBrokenAcrossLinesAndHyphens() {
        String text = "the Multi-\nAgency Safeguarding Hub, the multiagency safeguarding hub and the out-of-hours "
                + "service; the out of hours\nservice (EDT).";
        List<Mention> found = GAZETTEER.find(text, null);
        assertThat(keys(found)).containsExactly("team:multi-agency-safeguarding-hub", "team:multi-agency-safeguarding-hub",
                "team:emergency-duty-team", "team:emergency-duty-team", "team:emergency-duty-team");
        assertThat(found.get(3).surface()).isEqualTo("out of hours service");
        assertThat(text.substring(found.get(3).start(), found.get(3).end())).isEqualTo("out of hours\nservice");
    }

    @Test
    void independentReviewingOfficersInSeed000() {
        String text = seed("000_5852bdc2b875247a.txt");
        // counted with: grep -oE "\bIROs?\b|Independent Reviewing Officers?" 000_5852bdc2b875247a.txt | wc -l
        Matcher m = Pattern.compile("\\bIROs?\\b|[Ii]ndependent [Rr]eviewing [Oo]fficers?").matcher(text);
        int expected = 0;
        while (m.find()) {
            expected++;
        }
        assertThat(expected).isEqualTo(10);
        long iro = GAZETTEER.find(text, POWYS).stream().filter(x -> x.key().equals("independent-reviewing-officers")).count();
        assertThat(iro).isEqualTo(expected);
    }

    @Test
    void userFilesExtendTheVocabulary(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("mine.yaml");
        Files.writeString(extra, """
                partners:
                  - key: police
                    abbreviations: [DPP]
                  - key: fire-service
                    name: Fire and rescue service
                    sector: other
                    names: [fire and rescue service, fire service]
                teams:
                  - key: start-well
                    name: Start Well
                    kind: early_help
                    names: [start well initiative]
                local:
                  - authority: Powys
                    teams:
                      - key: front-door
                        name: Powys People Direct
                        kind: front_door
                        abbreviations: [PPDirect]
                """);
        Gazetteer extended = Gazetteer.load(List.of(extra));
        String text = "The Start Well initiative, the fire service and DPP officers; PPDirect.";
        assertThat(keys(extended.find(text, POWYS))).containsExactly("team:start-well", "partner:fire-service",
                "partner:police", "team:front-door");
        assertThat(keys(extended.find(text, "Cumbria"))).containsExactly("team:start-well", "partner:fire-service",
                "partner:police");
        assertThat(extended.entry("partner", "police").orElseThrow().abbreviations()).contains("DPP", "PPU");
        assertThat(GAZETTEER.find(text, POWYS)).isEmpty();
    }

    @Test
    void brokenUserFilesNameTheFileAndTheField(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                partners:
                  - key: fire-service
                    name: Fire and rescue service
                    sector: fire
                    names: [fire service]
                """);
        assertThatThrownBy(() -> Gazetteer.load(List.of(bad))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("partners[0] (key 'fire-service')")
                .hasMessageContaining("'sector' must be one of");
        Files.writeString(bad, """
                boards:
                  - key: corporate-parenting
                    nmes: [corporate parenting council]
                """);
        assertThatThrownBy(() -> Gazetteer.load(List.of(bad))).hasMessageContaining(bad.toString())
                .hasMessageContaining("boards[0]").hasMessageContaining("unknown field 'nmes'");
        Files.writeString(bad, """
                teams:
                  - key: front-door
                    patterns: ['(?:[A-Z]\\w+ Hub']
                """);
        assertThatThrownBy(() -> Gazetteer.load(List.of(bad))).hasMessageContaining(bad.toString())
                .hasMessageContaining("teams[0] (key 'front-door')").hasMessageContaining("patterns[0]");
        Files.writeString(bad, """
                roles:
                  - key: virtual-head
                    names: [virtual head]
                """);
        assertThatThrownBy(() -> Gazetteer.load(List.of(bad))).hasMessageContaining("roles[0] (key 'virtual-head')")
                .hasMessageContaining("'name' is required");
        Files.writeString(bad, "teams:\n  - key: x\n    names: [a\n");
        assertThatThrownBy(() -> Gazetteer.load(List.of(bad))).hasMessageContaining(bad.toString())
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> Gazetteer.load(List.of(dir.resolve("missing.yaml"))))
                .hasMessageContaining("missing.yaml").hasMessageContaining("cannot be read");
    }

    @Test
    void mentionsDoNotOverlapAndCoverTheirText() {
        for (String file : SEEDS) {
            String text = seed(file);
            List<Mention> found = GAZETTEER.find(text, AUTHORITIES.get(file));
            for (int i = 0; i < found.size(); i++) {
                Mention m = found.get(i);
                assertThat(text.substring(m.start(), m.end()).replaceAll("\\s+", " ").replace('’', '\''))
                        .isEqualTo(m.surface());
                if (i > 0) {
                    assertThat(m.start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
                }
            }
        }
    }

    @Test
    void aWholeReportIsSearchedAndTheTimePrinted() { // a figure, not a test of speed: see ExtractionBenchmarkTest
        String text = seed("001_b7a0eeb34513c3b5.txt");
        for (int i = 0; i < 30; i++) {
            GAZETTEER.find(text, "Neath Port Talbot");
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            GAZETTEER.find(text, "Neath Port Talbot");
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("[figures] gazetteer: %d characters in %.1f ms (best of 20, warm)%n", text.length(), best / 1e6);
        assertThat(GAZETTEER.find(text, "Neath Port Talbot")).isNotEmpty();
    }

    @Test
    void mentionsPerKindInTheSeeds() {
        for (String file : SEEDS) {
            List<Mention> found = GAZETTEER.find(seed(file), AUTHORITIES.get(file));
            Map<String, Integer> perKind = new TreeMap<>();
            Map<String, Integer> perKey = new TreeMap<>();
            found.forEach(m -> {
                perKind.merge(m.kind(), 1, Integer::sum);
                perKey.merge(m.kind() + ":" + m.key(), 1, Integer::sum);
            });
            System.out.println("gazetteer " + file + " (" + AUTHORITIES.get(file) + "): " + perKind + " " + perKey);
            assertThat(perKind).containsKeys("board", "team", "partner", "role");
        }
        Map<String, Integer> size = new TreeMap<>();
        GAZETTEER.entries().forEach(e -> size.merge(e.authority() == null ? e.kind() : "local " + e.kind(), 1, Integer::sum));
        System.out.println("gazetteer entries: " + size);
    }

    @Test
    void theBundledGazetteerIsKeyedOnNoAuthority() {
        // PPD is Powys People Direct only for whoever adds it: the bundled vocabulary knows no authority's abbreviations
        var bundled = Gazetteer.bundled();
        assertThat(bundled.find("Referrals reached PPD within a day.", "Powys County Council")).isEmpty();
        assertThat(GAZETTEER.find("Referrals reached PPD within a day.", "Powys County Council"))
                .extracting(Mention::name).containsExactly("Powys People Direct");
    }
}
