package org.govgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a timed test: extraction of the five seed reports, warm, printed as milliseconds per report and
 * as a ratio to a baseline run in the same process (cutting the same text into blocks, the cheapest step every
 * extraction makes). It asserts only that repeated runs give the same drafts.
 */
class ExtractionBenchmarkTest {

    private static final List<String> SEEDS = List.of("000_5852bdc2b875247a.txt", "001_b7a0eeb34513c3b5.txt",
            "002_8a5250fadd2eb2f4.txt", "003_8c1e3e0d1dda4a4f.txt", "004_495fc7af21d3aa55.txt");
    private static final int WARM_UP = 3;
    private static final int RUNS = 8;

    @Test
    void extractionOfTheSeedReportsWarm() {
        var extractor = new ReportExtractor(Conventions.bundled(), Gazetteer.load(List.of()));
        var segmenter = new Segmenter();
        var writer = new DraftWriter();
        List<String> texts = SEEDS.stream().map(SeedText::read).toList();
        List<String> first = new ArrayList<>();
        for (String text : texts) {
            first.add(writer.write(extractor.extract("seed", text, "text"), "d.yaml"));
        }
        for (int i = 0; i < WARM_UP; i++) {
            texts.forEach(t -> extractor.extract("seed", t, "text"));
            texts.forEach(segmenter::blocks);
        }
        long baseline = 0;
        long extraction = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            texts.forEach(segmenter::blocks);
            long t1 = System.nanoTime();
            for (int n = 0; n < texts.size(); n++) {
                var draft = extractor.extract("seed", texts.get(n), "text");
                if (i == RUNS - 1) {
                    assertThat(writer.write(draft, "d.yaml")).as(SEEDS.get(n) + " drafted the same every time").isEqualTo(first.get(n));
                }
            }
            long t2 = System.nanoTime();
            baseline += t1 - t0;
            extraction += t2 - t1;
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        double perReport = extraction / 1e6 / RUNS / texts.size();
        System.out.printf("[figures] extraction of %d seed reports (%d KB in all), warm: %.0f ms per report on average, "
                        + "%.0f ms per 60 KB; %.1f times the baseline of cutting the same text into blocks%n",
                texts.size(), chars / 1024, perReport, extraction / 1e6 / RUNS / chars * 60 * 1024,
                (double) extraction / baseline);
    }
}
