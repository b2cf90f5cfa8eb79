package org.govgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The themes of the shared vocabulary a passage is about, from the cue words of the conventions. */
final class Themes {

    private static final int MAX_THEMES = 3;
    private final Map<String, Pattern> cues = new java.util.LinkedHashMap<>();

    Themes(Conventions conventions) {
        conventions.themeCues().forEach((theme, patterns) -> cues.put(theme, Conventions.anyOf(patterns)));
    }

    /** At most three themes, the most mentioned first; a theme needs two cues, or one in a short passage. */
    List<String> of(String text, String section) {
        record Score(String theme, int hits) {
        }
        List<Score> scores = new ArrayList<>();
        String both = section + " . " + text;
        int needed = text.length() < 250 ? 1 : 2;
        cues.forEach((theme, pattern) -> {
            int hits = 0;
            var m = pattern.matcher(both);
            while (m.find()) {
                hits++;
            }
            if (hits >= needed) {
                scores.add(new Score(theme, hits));
            }
        });
        return scores.stream().sorted(Comparator.comparingInt(Score::hits).reversed()).limit(MAX_THEMES)
                .map(Score::theme).toList();
    }
}
