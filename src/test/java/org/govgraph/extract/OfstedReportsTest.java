package org.govgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.govgraph.ingest.Dataset;
import org.govgraph.ingest.DatasetReader;
import org.govgraph.ingest.DatasetSource;
import org.govgraph.ingest.ThemeVocabulary;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction on reports that look nothing like the seeds: the 33 published Ofsted PDFs in ../shared/reports/ofsted
 * (single inspection framework 2013-2017 with their safeguarding board reviews, ILACS 2018-2025). Skipped where the
 * folder is absent. The files are named after their authority, which is what the authority is checked against.
 */
class OfstedReportsTest {

    private static final Path FOLDER = Path.of("/work/shared/reports/ofsted");
    private static final Map<String, Draft> DRAFTS = new HashMap<>();

    @BeforeAll
    static void extractAll() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(FOLDER), "the Ofsted reports are not on this machine");
        var extraction = Extraction.withGazetteers(List.of());
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                DRAFTS.put(pdf.getFileName().toString(), extraction.draft(pdf));
            }
        }
        long withJudgements = DRAFTS.values().stream().filter(d -> !d.dataset().inspection().judgements().isEmpty()).count();
        System.out.printf("[figures] %d Ofsted PDFs drafted: %d with judgements, %d findings and %d recommendations in all%n",
                DRAFTS.size(), withJudgements,
                DRAFTS.values().stream().mapToInt(d -> d.dataset().findings().size()).sum(),
                DRAFTS.values().stream().mapToInt(d -> d.dataset().recommendations().size()).sum());
    }

    @Test
    void everyReportIsDraftedForItsAuthorityByOfstedAndPassesTheLoadersChecks() {
        assertThat(DRAFTS).hasSize(33);
        var reader = new DatasetReader(5_000_000, ThemeVocabulary.bundled());
        var writer = new DraftWriter();
        DRAFTS.forEach((file, draft) -> {
            Dataset d = draft.dataset();
            assertThat(d.inspection().authority()).as(file).isEqualTo(file.substring(0, file.indexOf('_')));
            assertThat(d.inspection().inspectorate()).as(file).isEqualTo("Ofsted");
            assertThat(d.findings()).as(file).hasSizeGreaterThan(10);
            assertThat(draft.lowConfidence()).as(file).isFalse();
            String yaml = writer.write(draft, "draft.yaml");
            var result = reader.read(new DatasetSource(file + ".yaml", yaml.getBytes(StandardCharsets.UTF_8), false));
            assertThat(result.problems()).as(file).isEmpty();
        });
    }

    @Test
    void theJudgementsOfEachFrameworkAreReadFromTheirTables() {
        // Bexley, March 2014 (single inspection framework): "The overall judgement is requires improvement", the five
        // areas requires improvement, and "The effectiveness of the Local Safeguarding Children Board (LSCB) is inadequate"
        var bexley = grades("bexley_2014-05-23.pdf");
        assertThat(bexley).containsEntry("Overall effectiveness", "Requires improvement")
                .containsEntry("Children who need help and protection", "Requires improvement")
                .containsEntry("Adoption performance", "Requires improvement")
                .containsEntry("The effectiveness of the Local Safeguarding Children Board", "Inadequate");
        // Bradford, September 2018 (ILACS): leaders requires improvement to be good, help and protection inadequate,
        // overall inadequate; the grade cells wrap around the area's words
        var bradford = grades("bradford_2018-10-29.pdf");
        assertThat(bradford).containsEntry("Overall effectiveness", "Inadequate")
                .containsEntry("The experiences and progress of children who need help and protection", "Inadequate")
                .containsEntry("The impact of leaders on social work practice with children and families", "Requires improvement to be good");
        // Norfolk, November 2017: "Children's services in Norfolk requires improvement to be good", adoption outstanding
        assertThat(grades("norfolk_2018-01-19.pdf")).containsEntry("Overall effectiveness", "Requires improvement to be good")
                .containsEntry("Adoption performance", "Outstanding");
        // Isle of Wight, September 2014: "children's services require / improvement", areas "Require improvement"
        assertThat(grades("isle-of-wight_2014-11-19.pdf")).containsEntry("Overall effectiveness", "Requires improvement")
                .containsEntry("Children who need help and protection", "Requires improvement");
        // Birmingham, December 2018: "Requires improvement / and families to be good" split over two lines
        assertThat(grades("birmingham_2019-01-17.pdf"))
                .containsEntry("The impact of leaders on social work practice with children and families", "Requires improvement to be good");
    }

    @Test
    void everyReportHasItsOverallJudgement() {
        DRAFTS.forEach((file, draft) -> assertThat(draft.dataset().inspection().judgements())
                .as(file).extracting(Dataset.Judgement::area).contains("Overall effectiveness"));
    }

    @Test
    void inspectionDatesAndLeadInspectorsComeFromTheCover() {
        // "Inspection dates: 17 September to 28 September 2018", "Lead inspector: Neil Penswick HMI"
        var bradford = DRAFTS.get("bradford_2018-10-29.pdf").dataset().inspection();
        assertThat(bradford.fieldwork().start()).isEqualTo("2018-09-17");
        assertThat(bradford.fieldwork().end()).isEqualTo("2018-09-28");
        assertThat(bradford.team()).extracting(Dataset.TeamMember::name).containsExactly("Neil Penswick");
        // "Inspection date: 16 September – 8 October 2014", "Report published: 19 November 2014"
        var rotherham = DRAFTS.get("rotherham_2014-11-19.pdf").dataset().inspection();
        assertThat(rotherham.fieldwork().start()).isEqualTo("2014-09-16");
        assertThat(rotherham.published()).isEqualTo("2014-11-19");
    }

    @Test
    void thePublishersWordsOnTheBackCoverAreNeverFindings() {
        // every ILACS report ends "This report is available at https://reports.ofsted.gov.uk/."; the 2014 reports end
        // with "What the inspection judgements mean" (the scale's general descriptions), how to complain and how to copy
        DRAFTS.forEach((file, draft) -> assertThat(draft.dataset().findings()).as(file).extracting(Dataset.Finding::text)
                .noneMatch(t -> t.startsWith("This report is available at") || t.startsWith("You may copy all or parts")
                        || t.startsWith("Any complaints about the inspection") || t.startsWith("An LSCB that is inadequate")));
    }

    @Test
    void anIlacsFindingSitsUnderTheGradedAreaItsHeadingNames() {
        // Doncaster, February 2022: paragraphs 1-20 under "The experiences and progress of children who need help and
        // protection: requires improvement to be good" (a heading over two lines), 44 onwards under "The impact of
        // leaders on social work practice with children and families: inadequate"
        var findings = DRAFTS.get("doncaster_2022-04-08.pdf").dataset().findings();
        assertThat(section(findings, "paragraph 1"))
                .isEqualTo("The experiences and progress of children who need help and protection: requires improvement to be good");
        assertThat(section(findings, "paragraph 44"))
                .isEqualTo("The impact of leaders on social work practice with children and families: inadequate");
    }

    @Test
    void aReportThatStatesNoPublicationDateGetsNoneGuessedAndSaysSo() {
        // Barnsley's 2023 ILACS report gives its inspection dates (11 to 15 September 2023) and no date of publication
        Draft barnsley = DRAFTS.get("barnsley_2023-10-27.pdf");
        assertThat(barnsley.dataset().inspection().published()).isNull();
        assertThat(barnsley.warnings()).anySatisfy(w -> assertThat(w).contains("no publication date"));
        // Rotherham's 2014 report does: "Report published: 19 November 2014"
        assertThat(DRAFTS.get("rotherham_2014-11-19.pdf").warnings()).noneSatisfy(w -> assertThat(w).contains("no publication date"));
    }

    @Test
    void aSingleInspectionFrameworkReportIsOutlinedByItsOwnContents() {
        // Isle of Wight, 2014: the contents list "Inspection judgement about the LSCB 37" as a part of its own, so its
        // paragraphs are not taken for the LSCB's areas for improvement listed just before it
        var iow = DRAFTS.get("isle-of-wight_2014-11-19.pdf").dataset().findings();
        var oversight = iow.stream().filter(f -> f.text().startsWith("The LSCB oversight of children who are at risk of child "
                + "sexual exploitation is strong")).findFirst().orElseThrow();
        assertThat(oversight.section()).isEqualTo("Inspection judgement about the LSCB");
        assertThat(oversight.polarity()).isEqualTo("strength");
        // Doncaster, 2017: four recommendations, then "Summary for children and young people" (findings, not actions);
        // paragraph 5 under the area its heading grades, the grade set inside the heading's wrapped words
        var doncaster = DRAFTS.get("doncaster_2018-01-19.pdf").dataset();
        assertThat(doncaster.recommendations()).extracting(Dataset.Recommendation::number).containsExactly(1, 2, 3, 4);
        assertThat(section(doncaster.findings(), "paragraph 5"))
                .isEqualTo("The experiences and progress of children who need help and protection: Good: Inspection findings");
        // the rows of a cover's judgement table ("3. Leadership, management and governance Inadequate") open no section
        DRAFTS.forEach((file, draft) -> assertThat(draft.dataset().findings()).as(file).extracting(Dataset.Finding::section)
                .noneMatch(s -> s.matches("\\d\\. Leadership, management and governance (?:Inadequate|Good|Requires? improvement).*")));
    }

    private static String section(List<Dataset.Finding> findings, String ref) {
        return findings.stream().filter(f -> f.ref().equals(ref)).findFirst().orElseThrow().section();
    }

    private static Map<String, String> grades(String file) {
        Map<String, String> grades = new HashMap<>();
        DRAFTS.get(file).dataset().inspection().judgements().forEach(j -> grades.put(j.area(), j.grade()));
        return grades;
    }
}
