package org.govgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govgraph.ingest.Dataset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Polarity on reports the rules were not written from: 75 findings paragraphs of three Ofsted reports (2016 single
 * inspection framework, 2018 and 2022 ILACS), labelled by a person reading them, never from govgraph's output
 * ({@code heldout/ofsted-polarity.yaml}). Skipped where ../shared/reports/ofsted is absent. Prints the accuracy beside
 * the seeds' figure; asserts that every labelled paragraph is drafted as a finding and that the polarity beats always
 * answering the commonest label.
 */
class HeldOutPolarityTest {

    private static final Path FOLDER = Path.of("/work/shared/reports/ofsted");

    record Label(String report, String quote, String polarity) {
    }

    record Outcome(Label label, Dataset.Finding finding) {
    }

    private static final List<Outcome> OUTCOMES = new ArrayList<>();

    @BeforeAll
    static void draftTheLabelledReports() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(FOLDER), "the Ofsted reports are not on this machine");
        List<Label> labels = new ArrayList<>();
        try (InputStream in = HeldOutPolarityTest.class.getClassLoader().getResourceAsStream("heldout/ofsted-polarity.yaml")) {
            for (JsonNode n : YAMLMapper.builder().build().readTree(in)) {
                labels.add(new Label(n.get("report").asString(), n.get("quote").asString(), n.get("polarity").asString()));
            }
        }
        var extraction = Extraction.withGazetteers(List.of());
        Map<String, Draft> drafts = new HashMap<>();
        for (Label label : labels) {
            Draft draft = drafts.computeIfAbsent(label.report(), r -> extraction.draft(FOLDER.resolve(r)));
            String quote = plain(label.quote());
            Dataset.Finding found = draft.dataset().findings().stream().filter(f -> plain(f.text()).contains(quote))
                    .findFirst().orElse(null);
            OUTCOMES.add(new Outcome(label, found));
        }
        long found = OUTCOMES.stream().filter(o -> o.finding() != null).count();
        long right = OUTCOMES.stream().filter(HeldOutPolarityTest::right).count();
        Map<String, Integer> confusion = new TreeMap<>();
        OUTCOMES.stream().filter(o -> o.finding() != null && !right(o)).forEach(o ->
                confusion.merge(o.label().polarity() + " read as " + o.finding().polarity(), 1, Integer::sum));
        System.out.printf("[figures] held-out polarity (%d labelled findings of %d Ofsted reports): %d drafted as findings, "
                + "accuracy %.2f (%d right); always answering '%s' would score %.2f; misses %s%n", OUTCOMES.size(),
                drafts.size(), found, (double) right / found, right, commonest(), share(commonest()), confusion);
    }

    @Test
    void everyLabelledParagraphIsDraftedAsAFinding() {
        assertThat(OUTCOMES).hasSize(75);
        assertThat(OUTCOMES.stream().filter(o -> o.finding() == null).map(o -> o.label().report() + ": " + o.label().quote()))
                .isEmpty();
    }

    @Test
    void polarityBeatsAlwaysAnsweringTheCommonestLabel() {
        long right = OUTCOMES.stream().filter(HeldOutPolarityTest::right).count();
        assertThat((double) right / OUTCOMES.size()).isGreaterThan(share(commonest()));
    }

    private static boolean right(Outcome o) {
        return o.finding() != null && group(o.finding().polarity()).equals(group(o.label().polarity()));
    }

    /** Strength and improvement are both good news: the seeds' measure counts them as one, and so does this. */
    private static String group(String polarity) {
        return "improvement".equals(polarity) ? "strength" : polarity;
    }

    private static String commonest() {
        Map<String, Integer> counts = new HashMap<>();
        OUTCOMES.forEach(o -> counts.merge(group(o.label().polarity()), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static double share(String polarity) {
        return (double) OUTCOMES.stream().filter(o -> group(o.label().polarity()).equals(polarity)).count() / OUTCOMES.size();
    }

    /** Text compared as words: curly quotes folded, hyphens and spacing ignored. */
    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("[-\u2010\u2011\u2013]", "").replaceAll("\\s+", " ").strip();
    }
}
