package org.govgraph.ingest.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.govgraph.ingest.Dataset;

/**
 * The findings and recommendations of one generated inspection, made of the seeds' words: a finding's polarity is
 * drawn as often as the seeds have it, its text is a seed finding of that polarity (one sentence in
 * {@value #VARY_ONE_IN} swapped for a sentence of another, so texts vary), its themes are that finding's as many as the
 * seeds' count of themes per finding says, topped up by the seeds' theme frequencies; a share of them, as in the
 * seeds, is about entities the file declares, of the kinds the seeds' are about.
 */
final class Paragraphs {

    /** One finding text in this many has a sentence swapped for another finding's. */
    static final int VARY_ONE_IN = 3;

    private final SeedProfile profile;
    private final SeedTexts texts;

    Paragraphs(SeedProfile profile, SeedTexts texts) {
        this.profile = profile;
        this.texts = texts;
    }

    /** {@code count} findings about {@code authority}, {@code about} ids drawn from {@code declared}. */
    List<Dataset.Finding> findings(int count, SyntheticAuthority authority, Map<String, List<String>> declared,
                                   SplittableRandom random) {
        List<Dataset.Finding> findings = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            String polarity = profile.polarities().draw(random);
            List<SeedTexts.SeedFinding> pool = texts.findings(polarity);
            SeedTexts.SeedFinding source = pool.get(random.nextInt(pool.size()));
            findings.add(new Dataset.Finding("p" + n, "paragraph " + n, source.section().render(authority),
                    text(source, pool, authority, random), polarity, themes(source.themes(), random),
                    random.nextDouble() < profile.findingsAboutShare() ? about(declared, random) : List.of()));
        }
        return findings;
    }

    /** {@code count} recommendations, each a seed recommendation with its headings and themes. */
    List<Dataset.Recommendation> recommendations(int count, SyntheticAuthority authority, Map<String, List<String>> declared,
                                                 SplittableRandom random) {
        List<SeedTexts.SeedRecommendation> pool = texts.recommendations();
        List<Dataset.Recommendation> recommendations = new ArrayList<>(count);
        for (int n = 1; n <= count && !pool.isEmpty(); n++) {
            var source = pool.get(random.nextInt(pool.size()));
            recommendations.add(new Dataset.Recommendation("r" + n, n, "Recommendation " + n, source.text().render(authority),
                    source.priority(), source.timescale(), source.group(), source.themes(),
                    random.nextDouble() < profile.recommendationsAboutShare() ? about(declared, random) : List.of()));
        }
        return recommendations;
    }

    private static String text(SeedTexts.SeedFinding source, List<SeedTexts.SeedFinding> pool, SyntheticAuthority authority,
                               SplittableRandom random) {
        List<Template> sentences = source.sentences();
        int swapped = -1;
        Template other = null;
        if (sentences.size() > 1 && random.nextInt(VARY_ONE_IN) == 0) {
            var donor = pool.get(random.nextInt(pool.size())).sentences();
            swapped = random.nextInt(sentences.size());
            other = donor.get(random.nextInt(donor.size()));
        }
        var text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append((i == swapped ? other : sentences.get(i)).render(authority));
        }
        return text.toString();
    }

    private List<String> themes(List<String> own, SplittableRandom random) {
        int count = profile.themesPerFinding().pick(random);
        Set<String> themes = new LinkedHashSet<>(own.subList(0, Math.min(count, own.size())));
        for (int tries = 0; themes.size() < count && tries < 10 * count; tries++) {
            themes.add(profile.themes().draw(random));
        }
        return List.copyOf(themes);
    }

    /** Ids the item is about: as many as the seeds' about lists hold, each of a kind as frequent as in the seeds. */
    private List<String> about(Map<String, List<String>> declared, SplittableRandom random) {
        int count = Math.max(1, profile.aboutPerItem().isEmpty() ? 1 : profile.aboutPerItem().pick(random));
        Set<String> about = new LinkedHashSet<>();
        for (int tries = 0; about.size() < count && tries < 10 * count; tries++) {
            List<String> ids = declared.getOrDefault(profile.aboutKinds().draw(random), List.of());
            if (!ids.isEmpty()) {
                about.add(ids.get(random.nextInt(ids.size())));
            }
        }
        if (about.isEmpty()) {
            about.add(declared.get("authority").getFirst());
        }
        return List.copyOf(about);
    }
}
