package org.govgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The conventions of inspection reports that the extractor relies on, read from
 * {@code govgraph/report-conventions.yaml}: inspectorates, kinds of inspection, judgement scales, what section
 * headings mean, the cue words of polarity and of themes. Code holds the mechanics; this file holds the rules.
 */
public record Conventions(List<Named> inspectorates, List<Named> kinds, Map<String, List<String>> judgementScales,
                          List<Pattern> skipSections, List<Pattern> omitSections, List<Pattern> recommendationSections,
                          List<Named> polaritySections, List<Pattern> timescales, List<String> actionVerbs,
                          Map<String, List<Pattern>> polarityCues, Map<String, List<Pattern>> themeCues,
                          Map<String, Pattern> leadershipRoles, Map<String, List<Pattern>> leadershipEvents,
                          List<String> judgementAreas, List<Pattern> boilerplate, List<String> welshAuthorities,
                          List<Pattern> otherPapers) {

    public static final String RESOURCE = "govgraph/report-conventions.yaml";

    /** A value with the patterns that point to it. */
    public record Named(String value, List<Pattern> patterns) {
        public boolean matches(String text) {
            return patterns.stream().anyMatch(p -> p.matcher(text).find());
        }
    }

    public static Conventions bundled() {
        try (InputStream in = Conventions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + RESOURCE);
            }
            return from(YAMLMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Conventions from(JsonNode root) {
        List<Named> inspectorates = root.path("inspectorates").valueStream()
                .map(n -> new Named(n.path("id").asString(), patterns(n.path("patterns")))).toList();
        List<Named> kinds = root.path("kinds").valueStream()
                .map(n -> new Named(n.path("kind").asString(), List.of(pattern(n.path("pattern").asString())))).toList();
        Map<String, List<String>> scales = new LinkedHashMap<>();
        root.path("judgement_scales").properties().forEach(e ->
                scales.put(e.getKey(), e.getValue().valueStream().map(JsonNode::asString).toList()));
        JsonNode sections = root.path("sections");
        List<Named> polarity = sections.path("polarity").valueStream()
                .map(n -> new Named(n.path("polarity").asString(), List.of(pattern(n.path("pattern").asString())))).toList();
        return new Conventions(inspectorates, kinds, scales, patterns(sections.path("skip")), patterns(sections.path("omit")),
                patterns(sections.path("recommendations")), polarity, patterns(sections.path("timescales")),
                root.path("action_verbs").valueStream().map(JsonNode::asString).toList(),
                patternMap(root.path("polarity_cues")), patternMap(root.path("themes")), roles(root.path("leadership_roles")),
                patternMap(root.path("leadership_events")),
                root.path("judgement_areas").valueStream().map(JsonNode::asString).toList(),
                patterns(root.path("boilerplate")),
                root.path("welsh_authorities").valueStream().map(JsonNode::asString).toList(),
                patterns(root.path("other_papers")));
    }

    private static Map<String, Pattern> roles(JsonNode node) {
        Map<String, Pattern> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), pattern(e.getValue().asString())));
        return map;
    }

    private static Map<String, List<Pattern>> patternMap(JsonNode node) {
        Map<String, List<Pattern>> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), patterns(e.getValue())));
        return map;
    }

    private static List<Pattern> patterns(JsonNode list) {
        return list.valueStream().map(n -> pattern(n.asString())).toList();
    }

    static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** A grade on one of the judgement scales: its name as the scale spells it, the scale, and its rank (1 best). */
    public record Grade(String name, String scale, int rank) {
    }

    /** The grade {@code words} name on a judgement scale (case, emphasis marks, spacing and a plural's "require" aside), or null. */
    public Grade grade(String words) {
        // "Require improvement", as the 2014 reports write it after a plural ("children's services require improvement")
        String w = words.replaceAll("[*_]", "").replaceAll("\\s+", " ").strip().replaceFirst("(?i)^require improvement", "Requires improvement");
        for (var scale : judgementScales.entrySet()) {
            List<String> names = scale.getValue();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(w)) {
                    return new Grade(names.get(i), scale.getKey(), i + 1);
                }
            }
        }
        return null;
    }

    /** A heading without the colon or question mark that ends it. */
    static String bare(String heading) {
        return heading.strip().replaceAll("[:?]$", "").strip();
    }

    /**
     * A heading as the rules read it: whole, and each half of a bilingual one ("Cryfderau / Strengths",
     * "Meysydd i'w gwella / Areas for improvement"), so the English half is recognised whatever comes first.
     */
    static List<String> sides(String heading) {
        String bare = bare(heading);
        String[] halves = bare.split("\\s+/\\s+");
        if (halves.length != 2) {
            return List.of(bare);
        }
        return List.of(bare, bare(halves[0]), bare(halves[1]));
    }

    private static boolean anySide(String heading, List<Pattern> patterns) {
        return sides(heading).stream().anyMatch(side -> patterns.stream().anyMatch(p -> p.matcher(side).find()));
    }

    /** One pattern that finds what any of {@code patterns} finds: a passage is searched once, not once per cue. */
    static Pattern anyOf(List<Pattern> patterns) {
        if (patterns.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        // cues that start at a word boundary share one boundary test, which the regex engine then does once per place
        List<String> bounded = patterns.stream().map(Pattern::pattern).filter(p -> p.startsWith("\\b")).map(p -> "(?:" + p.substring(2) + ")").toList();
        List<String> others = patterns.stream().map(Pattern::pattern).filter(p -> !p.startsWith("\\b")).map(p -> "(?:" + p + ")").toList();
        List<String> parts = new java.util.ArrayList<>(others);
        if (!bounded.isEmpty()) {
            parts.add("\\b(?:" + String.join("|", bounded) + ")");
        }
        return pattern(String.join("|", parts));
    }

    /** The publisher's standard words (copyright, how to get alerts): never a finding. */
    public boolean isBoilerplate(String text) {
        return boilerplate.stream().anyMatch(p -> p.matcher(text).find());
    }

    public boolean isSkipped(String heading) {
        return anySide(heading, skipSections);
    }

    /**
     * The nation of a council: Wales for the inspectorates of Wales and for the 22 Welsh councils by name (a report
     * that names no inspectorate still says where it is), England otherwise.
     */
    public String nationOf(String place, String inspectorate) {
        if ("CSSIW".equals(inspectorate) || "CIW".equals(inspectorate)) {
            return "Wales";
        }
        if (inspectorate == null && place != null) {
            String p = place.replaceAll("\\s+", " ").strip();
            if (welshAuthorities.stream().anyMatch(w -> p.equalsIgnoreCase(w) || p.toLowerCase(Locale.ROOT)
                    .startsWith(w.toLowerCase(Locale.ROOT) + " "))) {
                return "Wales";
            }
        }
        return "England";
    }

    /** The words of a council's own paper about an inspection (an agenda item, minutes), or null. */
    public String otherPaper(String opening) {
        for (Pattern p : otherPapers) {
            var m = p.matcher(opening);
            if (m.find()) {
                return m.group().strip();
            }
        }
        return null;
    }

    /** A section whose every block is left out: neither a finding nor context (contents, glossary, appendices). */
    public boolean isOmitted(String heading) {
        return anySide(heading, omitSections);
    }

    public boolean isRecommendationSection(String heading) {
        return anySide(heading, recommendationSections);
    }

    public boolean isTimescale(String label) {
        return sides(label).stream().anyMatch(side -> timescales.stream().anyMatch(p -> p.matcher(side).matches()));
    }

    /** The polarity a list heading gives its items, or null. */
    public String polarityOf(String heading) {
        return sides(heading).stream().flatMap(side -> polaritySections.stream().filter(n -> n.matches(side)))
                .map(Named::value).findFirst().orElse(null);
    }
}
