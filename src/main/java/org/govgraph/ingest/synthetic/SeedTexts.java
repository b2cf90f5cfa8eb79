package org.govgraph.ingest.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.govgraph.ingest.Dataset;

/**
 * The words generated findings and recommendations are made of: every seed finding and recommendation, whole, with
 * its section, polarity, themes and headings, and its sentences as {@link Template}s (the seed authority's names cut
 * out), so that full-text search over generated data meets the vocabulary and phrasing of real reports.
 */
final class SeedTexts {

    /** A sentence ends at a full stop, question or exclamation mark followed by a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    /** A seed finding: where it stood, its verdict, its themes and its sentences. */
    record SeedFinding(Template section, String polarity, List<String> themes, List<Template> sentences) {
        SeedFinding {
            themes = List.copyOf(themes);
            sentences = List.copyOf(sentences);
        }
    }

    /** A seed recommendation: its text and the headings it sat under. */
    record SeedRecommendation(Template text, String priority, String timescale, String group, List<String> themes) {
        SeedRecommendation {
            themes = List.copyOf(themes);
        }
    }

    private final Map<String, List<SeedFinding>> findingsByPolarity;
    private final List<SeedRecommendation> recommendations;
    private final Map<String, Dataset.Theme> declaredThemes;

    private SeedTexts(Map<String, List<SeedFinding>> findingsByPolarity, List<SeedRecommendation> recommendations,
                      Map<String, Dataset.Theme> declaredThemes) {
        this.findingsByPolarity = findingsByPolarity;
        this.recommendations = recommendations;
        this.declaredThemes = declaredThemes;
    }

    static SeedTexts of(List<Dataset> seeds, SeedNames names) {
        Map<String, List<SeedFinding>> findings = new TreeMap<>();
        List<SeedRecommendation> recommendations = new ArrayList<>();
        Map<String, Dataset.Theme> themes = new TreeMap<>();
        for (Dataset seed : seeds) {
            seed.themes().forEach(t -> themes.putIfAbsent(t.id(), t));
            for (var f : seed.findings()) {
                List<Template> sentences = SENTENCE_END.splitAsStream(f.text()).map(names::template).toList();
                findings.computeIfAbsent(f.polarity(), p -> new ArrayList<>())
                        .add(new SeedFinding(names.template(f.section()), f.polarity(), f.themes(), sentences));
            }
            for (var r : seed.recommendations()) {
                recommendations.add(new SeedRecommendation(names.template(r.text()), r.priority(), r.timescale(),
                        r.group(), r.themes()));
            }
        }
        findings.replaceAll((p, list) -> List.copyOf(list));
        return new SeedTexts(Map.copyOf(findings), List.copyOf(recommendations), Map.copyOf(themes));
    }

    /** The seed findings of one polarity, in seed order. */
    List<SeedFinding> findings(String polarity) {
        return findingsByPolarity.getOrDefault(polarity, List.of());
    }

    List<SeedRecommendation> recommendations() {
        return recommendations;
    }

    /** A theme a seed declared for itself (outside the shared vocabulary), or null. */
    Dataset.Theme declaredTheme(String id) {
        return declaredThemes.get(id);
    }
}
