package org.govgraph.extract.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govgraph.extract.Draft;
import org.govgraph.extract.ReportExtractor;
import org.govgraph.ingest.Dataset;
import org.govgraph.ingest.DatasetReader;
import org.govgraph.ingest.DatasetSource;
import org.govgraph.ingest.SeedDatasets;
import org.govgraph.ingest.ThemeVocabulary;

/**
 * Extraction measured on the seed reports: each bundled report text is extracted and compared with its curated
 * dataset (the one whose {@code report.file} names it; when two do, as a report that reprints an earlier
 * inspection's recommendations, the latest inspection, which is the report's own).
 */
public final class SeedEvaluation {

    /** One report's scores. */
    public record ReportScores(String report, String dataset, Map<String, Score> scores) {
    }

    private final ReportExtractor extractor;

    public SeedEvaluation(ReportExtractor extractor) {
        this.extractor = extractor;
    }

    public List<ReportScores> run() {
        var reader = new DatasetReader(5_000_000, ThemeVocabulary.bundled());
        Map<String, Dataset> curated = new LinkedHashMap<>();
        for (DatasetSource source : SeedDatasets.all(5_000_000)) {
            Dataset d = reader.read(source).dataset();
            curated.merge(d.report().file(), d, (a, b) ->
                    Comparator.comparing((Dataset x) -> x.inspection().fieldwork().start()).compare(a, b) >= 0 ? a : b);
        }
        return curated.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            Draft draft = extractor.extract(e.getKey(), report(e.getKey()), "text");
            return new ReportScores(e.getKey(), e.getValue().inspection().id(), Evaluation.compare(draft.dataset(), e.getValue()));
        }).toList();
    }

    /** The scores of all reports together (counts summed before the measures are taken). */
    public static Map<String, Score> overall(List<ReportScores> reports) {
        Map<String, Score> total = new LinkedHashMap<>();
        Evaluation.KINDS.forEach(k -> total.put(k, Score.NONE));
        reports.forEach(r -> r.scores().forEach((k, s) -> total.merge(k, s, Score::plus)));
        return total;
    }

    private static String report(String file) {
        try (InputStream in = SeedEvaluation.class.getClassLoader().getResourceAsStream("reports/" + file)) {
            if (in == null) {
                throw new IllegalStateException("seed report missing from the class path: reports/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table the README shows: precision, recall and F1 per kind, per report and overall. */
    public static String table(List<ReportScores> reports) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-18s", "kind"));
        reports.forEach(r -> out.append(String.format(" | %-17s", r.dataset())));
        out.append(String.format(" | %-17s%n", "overall"));
        out.append(String.format("%-18s", ""));
        for (int i = 0; i <= reports.size(); i++) {
            out.append(" |   P    R    F1  ");
        }
        out.append('\n');
        Map<String, Score> overall = overall(reports);
        for (String kind : Evaluation.KINDS) {
            out.append(String.format("%-18s", kind));
            for (ReportScores r : reports) {
                out.append(cell(r.scores().get(kind)));
            }
            out.append(cell(overall.get(kind))).append('\n');
        }
        return out.toString();
    }

    private static String cell(Score s) {
        if (s == null || s.empty()) {
            return " |   -    -    -   ";
        }
        return String.format(" | %4.2f %4.2f %4.2f ", s.precision(), s.recall(), s.f1());
    }
}
