package org.govgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.govgraph.ingest.Dataset;
import org.govgraph.ingest.DatasetReader;
import org.govgraph.ingest.DatasetSource;
import org.govgraph.ingest.ThemeVocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Extraction on three report layouts that neither the seeds nor the Ofsted PDFs contain, written for this test
 * (invented content about real councils, in src/test/resources/other-layouts): a CIW performance evaluation
 * inspection arranged by the principles of the Social Services and Well-being (Wales) Act, an Ofsted focused visit
 * letter, and an ILACS short inspection as plain text with capital headings and "Judgement: Grade" lines. The
 * expected values are what a reader of each text would write down; they were fixed before the extractor was run,
 * except the checks marked "added after the first run" (what a reader expects too, written once the first run showed
 * the extractor doing otherwise). Assertions are soft, so that one run lists every difference. The first run failed 26
 * checks; the extractor was then mended until all pass, so these texts are no longer unseen.
 */
class OtherLayoutsTest {

    private final ReportExtractor extractor = new ReportExtractor(Conventions.bundled(), Gazetteer.load(List.of()));

    private static String text(String name) {
        try (InputStream in = OtherLayoutsTest.class.getClassLoader().getResourceAsStream("other-layouts/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Draft draft(String name) {
        return extractor.extract(name, text(name), "text");
    }

    /** The finding with this reference; a finding with no fields when there is none, so that its checks fail. */
    private static Dataset.Finding finding(Dataset d, String ref) {
        return d.findings().stream().filter(f -> ref.equals(f.ref())).findFirst()
                .orElse(new Dataset.Finding(null, null, null, null, null, null, null));
    }

    /** The finding with exactly this text, checked softly to be there. */
    private static Dataset.Finding findingWithText(SoftAssertions softly, Dataset d, String text) {
        Optional<Dataset.Finding> found = d.findings().stream().filter(f -> text.equals(f.text())).findFirst();
        softly.assertThat(found).as("a finding with the text: " + text + "\nfindings: "
                + d.findings().stream().map(f -> f.ref() + " | " + f.text()).toList()).isPresent();
        return found.orElse(new Dataset.Finding(null, null, null, null, null, null, null));
    }

    // ---------------------------------------------------------------- common properties

    @ParameterizedTest
    @ValueSource(strings = {"ciw-performance-evaluation.txt", "ofsted-focused-visit-letter.txt",
            "ofsted-ilacs-short-plain.txt"})
    void eachDraftIsConfidentAndPassesTheLoadersChecks(String name) {
        SoftAssertions softly = new SoftAssertions();
        Draft draft = draft(name);
        softly.assertThat(draft.lowConfidence()).as(name + " low confidence; warnings " + draft.warnings()).isFalse();
        String yaml = new DraftWriter().write(draft, "draft.yaml");
        var reader = new DatasetReader(5_000_000, ThemeVocabulary.bundled());
        var result = reader.read(new DatasetSource(name + ".yaml", yaml.getBytes(StandardCharsets.UTF_8), false));
        softly.assertThat(result.problems()).as(name).isEmpty();
        Dataset d = draft.dataset();
        // every finding carries the report's own reference, and no reference is given twice
        softly.assertThat(d.findings()).as(name).allSatisfy(f -> assertThat(f.ref()).isNotBlank());
        softly.assertThat(d.findings()).as(name).extracting(Dataset.Finding::ref).doesNotHaveDuplicates();
        // a recommendation is not also counted as a finding
        List<String> recommendationTexts = d.recommendations().stream().map(Dataset.Recommendation::text).toList();
        softly.assertThat(d.findings()).as(name).extracting(Dataset.Finding::text)
                .doesNotContainAnyElementsOf(recommendationTexts);
        softly.assertAll();
    }

    // ---------------------------------------------------------------- 1. CIW performance evaluation inspection

    @Test
    void ciwPerformanceEvaluationInspectionOfCarmarthenshire() {
        SoftAssertions softly = new SoftAssertions();
        Draft draft = draft("ciw-performance-evaluation.txt");
        Dataset d = draft.dataset();
        var inspection = d.inspection();

        softly.assertThat(inspection.inspectorate()).isEqualTo("CIW");
        softly.assertThat(inspection.authority()).isEqualTo("carmarthenshire");
        softly.assertThat(d.authorities()).isNotEmpty();
        softly.assertThat(d.authorities().getFirst().id()).isEqualTo("carmarthenshire");
        softly.assertThat(d.authorities().getFirst().name()).contains("Carmarthenshire");
        softly.assertThat(d.authorities().getFirst().nation()).isEqualTo("Wales");
        softly.assertThat(inspection.id()).startsWith("carmarthenshire-2022");
        softly.assertThat(inspection.kind()).containsIgnoringCase("performance evaluation");
        // "Dates of inspection: 7 – 11 March 2022", "Date of publication: 16 June 2022"
        softly.assertThat(inspection.fieldwork()).isNotNull();
        softly.assertThat(inspection.fieldwork().start()).isEqualTo("2022-03-07");
        softly.assertThat(inspection.fieldwork().end()).isEqualTo("2022-03-11");
        softly.assertThat(inspection.published()).isEqualTo("2022-06-16");
        softly.assertThat(draft.lowConfidence()).isFalse();

        // numbered paragraphs under "Strengths" and "Areas for improvement" within each principle
        List<String> strengths = List.of("1.1", "1.2", "2.1", "3.1", "3.2", "4.1");
        List<String> areas = List.of("1.3", "1.4", "2.2", "3.3", "3.4", "4.2");
        softly.assertThat(d.findings()).extracting(Dataset.Finding::ref).containsAll(strengths).containsAll(areas);
        for (String ref : strengths) {
            softly.assertThat(finding(d, ref).polarity()).as("polarity of " + ref).isEqualTo("strength");
        }
        for (String ref : areas) {
            softly.assertThat(finding(d, ref).polarity()).as("polarity of " + ref)
                    .isIn("concern", "area_for_development");
        }
        softly.assertThat(finding(d, "1.1").text()).isEqualTo("Children and young people told us their social "
                + "workers listened to them and explained decisions in ways they understood. Their views were clearly "
                + "recorded in assessments and plans.");
        softly.assertThat(finding(d, "3.3").text()).isEqualTo("The quality of assessments was inconsistent. "
                + "Some lacked analysis of risk and did not consider the cumulative impact of neglect on the child.");
        // each finding sits under the principle that heads it
        softly.assertThat(finding(d, "1.4").section()).containsIgnoringCase("voice and choice");
        softly.assertThat(finding(d, "2.2").section()).containsIgnoringCase("Prevention");
        softly.assertThat(finding(d, "3.1").section()).containsIgnoringCase("Well-being");
        softly.assertThat(finding(d, "4.2").section()).containsIgnoringCase("Partnerships and integration");

        // four numbered recommendations at the end
        softly.assertThat(d.recommendations()).hasSize(4);
        softly.assertThat(d.recommendations()).extracting(Dataset.Recommendation::number).containsExactly(1, 2, 3, 4);
        softly.assertThat(d.recommendations()).extracting(Dataset.Recommendation::text)
                .startsWith("The local authority should ensure that care and support plans are outcome focused, reflect "
                        + "the child's voice and are reviewed within statutory timescales.")
                .endsWith("The local authority and education partners should strengthen arrangements for sharing "
                        + "information about children subject to child protection plans.");

        // the head of children's services left in August 2021; an interim head took up post in October 2021
        var head = d.roles().stream().filter(r -> "head_of_childrens_services".equals(r.kind())).findFirst();
        softly.assertThat(head).as("roles " + d.roles()).isPresent();
        softly.assertThat(head.map(Dataset.Role::authority).orElse(null)).isEqualTo("carmarthenshire");
        String headId = head.map(Dataset.Role::id).orElse(null);
        softly.assertThat(d.spells()).as("spells " + d.spells()).anySatisfy(s -> {
            assertThat(s.role()).isEqualTo(headId);
            assertThat(s.tenure()).isEqualTo("interim");
            assertThat(s.start()).isNotNull();
            assertThat(s.start().date()).isEqualTo("2021-10");
        });
        softly.assertThat(d.spells()).as("spells " + d.spells()).anySatisfy(s -> {
            assertThat(s.role()).isEqualTo(headId);
            assertThat(s.end()).isNotNull();
            assertThat(s.end().date()).isEqualTo("2021-08");
        });
        softly.assertAll();
    }

    // ---------------------------------------------------------------- 2. Ofsted focused visit letter

    @Test
    void ofstedFocusedVisitLetterToStockport() {
        SoftAssertions softly = new SoftAssertions();
        Draft draft = draft("ofsted-focused-visit-letter.txt");
        Dataset d = draft.dataset();
        var inspection = d.inspection();

        softly.assertThat(inspection.inspectorate()).isEqualTo("Ofsted");
        softly.assertThat(inspection.authority()).isEqualTo("stockport");
        softly.assertThat(d.authorities().getFirst().id()).isEqualTo("stockport");
        softly.assertThat(d.authorities().getFirst().name()).contains("Stockport");
        softly.assertThat(d.authorities().getFirst().nation()).isEqualTo("England");
        softly.assertThat(inspection.id()).startsWith("stockport-2021");
        softly.assertThat(inspection.kind()).containsIgnoringCase("focused visit");
        // "the focused visit to Stockport children's services on 12 and 13 October 2021"
        softly.assertThat(inspection.fieldwork()).isNotNull();
        softly.assertThat(inspection.fieldwork().start()).isEqualTo("2021-10-12");
        softly.assertThat(inspection.fieldwork().end()).isEqualTo("2021-10-13");
        softly.assertThat(draft.lowConfidence()).isFalse();

        // "Her Majesty's Inspectors for this visit were Ruth Penhallow and David Okafor"; the letter's addressee
        // (the director of children's services) is not an inspector
        softly.assertThat(inspection.team()).extracting(Dataset.TeamMember::name)
                .contains("Ruth Penhallow", "David Okafor")
                .doesNotContain("Helen Marchbank");

        // the three bullets of "What needs to improve in this area of social work practice"
        softly.assertThat(d.recommendations()).extracting(Dataset.Recommendation::text).containsExactly(
                "The quality of plans for children in need, so that they are specific, measurable and set clear timescales.",
                "The recording of decisions when children in need are stepped down to early help.",
                "The recording of reflective discussion and agreed actions in supervision.");

        // the unnumbered paragraphs of the findings are findings, under their heading
        var headline = findingWithText(softly, d, "Children in need of help and protection in Stockport receive a consistently "
                + "good service. Senior leaders know their services well and have a clear understanding of where "
                + "practice needs to improve.");
        softly.assertThat(headline.section()).containsIgnoringCase("Headline findings");
        var positive = findingWithText(softly, d, "Social workers know their children well and visit them regularly. They see "
                + "children alone, and their direct work helps children to explain what life is like at home. "
                + "Inspectors saw many examples of creative and sensitive practice.");
        softly.assertThat(positive.section()).containsIgnoringCase("Findings and evaluation of progress");
        softly.assertThat(positive.polarity()).isEqualTo("strength");
        findingWithText(softly, d, "Child protection conferences are held on time and are well attended by partner agencies. "
                + "Plans are specific and are reviewed in core group meetings that track progress for children.");
        var negative = findingWithText(softly, d, "The quality of written plans for children in need is too variable. Some "
                + "plans are generic, do not set timescales and do not make clear what needs to change for the child. "
                + "As a result, a small number of children do not receive the help they need quickly enough.");
        softly.assertThat(negative.section()).containsIgnoringCase("Findings and evaluation of progress");
        softly.assertThat(negative.polarity()).isEqualTo("concern");
        findingWithText(softly, d, "When children in need are stepped down to early help, the reasons are not always recorded, "
                + "and families are not always told who their new lead professional will be.");
        findingWithText(softly, d, "Caseloads are manageable, and social workers told inspectors that they enjoy working in "
                + "Stockport. Managers provide regular supervision, although records of supervision do not always "
                + "show reflective discussion or the actions agreed.");

        // the address block and the sign-off are not findings
        softly.assertThat(d.findings()).extracting(Dataset.Finding::text).noneMatch(t -> t.startsWith("Yours sincerely")
                || t.startsWith("Dear ") || t.startsWith("Ruth Penhallow") || t.startsWith("Her Majesty's Inspector")
                || t.startsWith("Helen Marchbank") || t.startsWith("Town Hall") || t.startsWith("3 November 2021"));
        // (added after the first run) the letter's date is not a heading, and "Findings and evaluation of progress" follows "Headline findings"
        // as its sibling, not inside it
        softly.assertThat(d.findings()).extracting(Dataset.Finding::section)
                .noneMatch(section -> section != null && section.contains("November 2021"));
        softly.assertThat(positive.section()).doesNotContainIgnoringCase("Headline findings");
        softly.assertAll();
    }

    // ---------------------------------------------------------------- 3. ILACS short inspection, plain text

    @Test
    void ofstedIlacsShortInspectionOfHertfordshireInPlainText() {
        SoftAssertions softly = new SoftAssertions();
        Draft draft = draft("ofsted-ilacs-short-plain.txt");
        Dataset d = draft.dataset();
        var inspection = d.inspection();

        softly.assertThat(inspection.inspectorate()).isEqualTo("Ofsted");
        softly.assertThat(inspection.authority()).isEqualTo("hertfordshire");
        softly.assertThat(d.authorities().getFirst().id()).isEqualTo("hertfordshire");
        softly.assertThat(d.authorities().getFirst().name()).contains("Hertfordshire");
        softly.assertThat(d.authorities().getFirst().nation()).isEqualTo("England");
        softly.assertThat(inspection.id()).startsWith("hertfordshire-2023");
        // "Inspection dates: 6 to 10 March 2023"
        softly.assertThat(inspection.fieldwork()).isNotNull();
        softly.assertThat(inspection.fieldwork().start()).isEqualTo("2023-03-06");
        softly.assertThat(inspection.fieldwork().end()).isEqualTo("2023-03-10");
        softly.assertThat(draft.lowConfidence()).isFalse();

        // "Lead inspector: Tomasz Wrenfield, His Majesty's Inspector"
        softly.assertThat(inspection.team()).extracting(Dataset.TeamMember::name).containsExactly("Tomasz Wrenfield");
        softly.assertThat(inspection.team().stream().map(Dataset.TeamMember::role).findFirst().orElse(null)).containsIgnoringCase("lead");

        // the five "Judgement: Grade" lines, once each (the capital headings repeat the grades)
        Map<String, String> grades = new HashMap<>();
        inspection.judgements().forEach(j -> grades.put(j.area(), j.grade()));
        softly.assertThat(inspection.judgements()).as("judgements " + inspection.judgements()).hasSize(5);
        softly.assertThat(grades)
                .containsEntry("Overall effectiveness", "Good")
                .containsEntry("The impact of leaders on social work practice with children and families", "Outstanding")
                .containsEntry("The experiences and progress of children who need help and protection", "Good")
                .containsEntry("The experiences and progress of children in care", "Good")
                .containsEntry("The experiences and progress of care leavers", "Requires improvement to be good");

        // the three "-" bullets of WHAT NEEDS TO IMPROVE?, continuation lines joined
        softly.assertThat(d.recommendations()).extracting(Dataset.Recommendation::text).containsExactly(
                "The timeliness of pathway plans for care leavers and their involvement in writing them.",
                "The range of suitable accommodation for care leavers aged 18 to 21.",
                "The consistency of management oversight of private fostering arrangements.");

        // numbered paragraphs 1 to 30, hanging-indented continuation lines joined
        for (int n = 1; n <= 30; n++) {
            softly.assertThat(finding(d, "paragraph " + n).ref()).as("finding 'paragraph " + n + "' among "
                    + d.findings().stream().map(Dataset.Finding::ref).toList()).isNotNull();
        }
        softly.assertThat(finding(d, "paragraph 1").text())
                .isEqualTo("Families receive timely early help from a well-established family support service.");
        softly.assertThat(finding(d, "paragraph 23").text()).isEqualTo("The director of children's services and "
                + "senior leaders have a precise understanding of practice.");
        softly.assertThat(finding(d, "paragraph 30").text())
                .isEqualTo("Staff turnover is low, and social workers are proud to work in Hertfordshire.");
        // each paragraph sits under its graded area
        softly.assertThat(finding(d, "paragraph 1").section())
                .containsIgnoringCase("children who need help and protection");
        softly.assertThat(finding(d, "paragraph 10").section()).containsIgnoringCase("children in care");
        softly.assertThat(finding(d, "paragraph 19").section()).containsIgnoringCase("care leavers");
        softly.assertThat(finding(d, "paragraph 23").section()).containsIgnoringCase("impact of leaders");
        // plainly positive and plainly negative paragraphs
        softly.assertThat(finding(d, "paragraph 29").polarity()).isEqualTo("strength");
        softly.assertThat(finding(d, "paragraph 19").polarity()).isEqualTo("concern");
        softly.assertThat(finding(d, "paragraph 20").polarity()).isEqualTo("concern");
        // the cover and the judgement lines are not findings (the cover lines added after the first run)
        softly.assertThat(d.findings()).extracting(Dataset.Finding::text)
                .noneMatch(t -> t.startsWith("INSPECTION OF") || t.startsWith("Hertfordshire County Council")
                        || t.startsWith("Inspection dates") || t.startsWith("Lead inspector")
                        || t.startsWith("Overall effectiveness") || t.startsWith("The experiences and progress of")
                        || t.startsWith("The impact of leaders on social work practice"));
        softly.assertAll();
    }
}
