package org.govgraph.ingest.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.govgraph.ingest.DatasetReader;
import org.govgraph.ingest.ThemeVocabulary;
import org.junit.jupiter.api.Test;

/**
 * The profile measured from the six bundled seed datasets matches counts taken by reading their YAML
 * (grep and a YAML reader outside govgraph), not from this code's output.
 */
class SeedProfileTest {

    private static final long MAX = 5L << 20;
    private static final SeedProfile PROFILE = SeedProfile.measure(
            SeedMaterial.bundledSeeds(new DatasetReader(MAX, ThemeVocabulary.bundled()), MAX));

    @Test
    void countsWhatEachSeedInspectionNames() {
        assertThat(PROFILE.inspections()).isEqualTo(6);
        // findings: NPT 2013 9, NPT 2015 93, Powys 2014 44, Powys 2017 94, Powys 2018 71, Cumbria 2013 55
        assertThat(PROFILE.findingsPerInspection().values()).containsExactly(9, 44, 55, 71, 93, 94);
        assertThat(PROFILE.recommendationsPerInspection().values()).containsExactly(0, 0, 15, 21, 22, 29);
        assertThat(PROFILE.partnersPerInspection().values()).containsExactly(0, 3, 6, 6, 7, 10);
        assertThat(PROFILE.boardsPerInspection().values()).containsExactly(1, 2, 3, 4, 8, 9);
        assertThat(PROFILE.teamsPerInspection().values()).containsExactly(4, 4, 10, 10, 10, 11);
        assertThat(PROFILE.rolesPerInspection().values()).containsExactly(0, 1, 2, 4, 5, 8);
        assertThat(PROFILE.spellsPerInspection().values()).containsExactly(0, 0, 0, 1, 5, 8);
    }

    @Test
    void measuresPolarityThemesAndAbout() {
        // grep -h "polarity:" over the seeds: 193 concern, 60 strength, 49 improvement, 37 context, 27 for development
        assertThat(PROFILE.polarities().counts()).containsEntry("concern", 193).containsEntry("strength", 60)
                .containsEntry("improvement", 49).containsEntry("context", 37).containsEntry("area_for_development", 27);
        assertThat(PROFILE.polarities().total()).isEqualTo(366);
        assertThat(PROFILE.themes().count("safeguarding")).isEqualTo(78);
        assertThat(PROFILE.themes().count("workforce")).isEqualTo(77);
        assertThat(PROFILE.themes().count("welsh-language")).isEqualTo(1);
        // themes per finding: 3 findings with none, 128 with one, 165 with two, 70 with three
        assertThat(PROFILE.themesPerFinding().values()).hasSize(366);
        assertThat(PROFILE.themesPerFinding().values().stream().filter(n -> n == 2).count()).isEqualTo(165);
        assertThat(PROFILE.themesPerFinding().max()).isEqualTo(3);
        assertThat(PROFILE.findingsAboutShare()).isCloseTo(173.0 / 366, within(1e-9));
        assertThat(PROFILE.recommendationsAboutShare()).isCloseTo(22.0 / 87, within(1e-9));
        assertThat(PROFILE.aboutKinds().counts()).containsEntry("team", 132).containsEntry("partner", 61)
                .containsEntry("board", 51).containsEntry("role", 43).containsEntry("authority", 27);
    }

    @Test
    void measuresPartnersAndLeadership() {
        assertThat(PROFILE.sectors().count("police")).isEqualTo(5);
        assertThat(PROFILE.sectors().count("health")).isEqualTo(5);
        assertThat(PROFILE.sectors().total()).isEqualTo(32);
        assertThat(PROFILE.tenures().counts()).containsEntry("interim", 7).containsEntry("unknown", 4)
                .containsEntry("permanent", 3).hasSize(3);
        // one spell gives both months (Powys head of children's services, 2016-08 to 2017-07); the fallback adds
        // the interim director of social services 2017-04 to the next, 2018-05, and the interim head 2017-06 to 2018-10
        assertThat(PROFILE.spellMonths().values()).containsExactly(11, 13, 16);
        // Powys 2014-01, 2017-07, 2018-10; Neath Port Talbot 2013-11, 2015-02
        assertThat(PROFILE.inspectionGapMonths().values()).containsExactly(15, 15, 42);
        assertThat(PROFILE.latestFieldwork()).isEqualTo(YearMonth.of(2018, 10));
    }
}
