package org.govgraph.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How alike two statements of reports are: cosine similarity of their content words weighted by how rare each
 * word is among the statements being compared (TF-IDF). Words are lower-cased, stop words dropped and common
 * English endings stripped, so that "assessments" meets "assessment" and "strengthened" meets "strength"; words
 * that reports use for the same thing ({@code govgraph/synonyms.yaml}) count as one.
 */
final class TextSimilarity {

    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "are", "was", "were", "with", "that", "this", "these", "those", "from", "have", "has",
            "had", "been", "being", "not", "but", "all", "any", "its", "their", "they", "them", "there", "which", "who",
            "will", "would", "should", "must", "could", "can", "may", "into", "onto", "such", "than", "then", "also",
            "more", "most", "some", "other", "very", "well", "where", "when", "while", "what", "our", "we", "you",
            "his", "her", "she", "him", "out", "over", "under", "about", "between", "within", "through", "further",
            "local", "authority", "council", "children", "child", "services", "service", "young", "people", "ensure",
            "including", "across", "made", "make", "need", "needs", "work", "working");

    private final Map<String, Double> idf = new HashMap<>();

    /** Weights words by their rarity among {@code corpus}. */
    TextSimilarity(Collection<String> corpus) {
        Map<String, Integer> df = new HashMap<>();
        for (String text : corpus) {
            Set.copyOf(terms(text)).forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = Math.max(1, corpus.size());
        df.forEach((t, d) -> idf.put(t, Math.log(1.0 + (double) n / d)));
    }

    /**
     * How well {@code answer} speaks to {@code ask}, in [0, 1]: the mean of the cosine of their TF-IDF vectors and
     * the share of the answer's words (weighted by rarity) that the ask also uses, so that a short bullet saying
     * what a long recommendation asked for scores well while a long general paragraph does not.
     */
    double similarity(String ask, String answer) {
        return (cosine(ask, answer) + answerOverlap(ask, answer)) / 2;
    }

    /** Rarity of the words both use over the rarity of all the answer's words. */
    double answerOverlap(String ask, String answer) {
        Set<String> ta = Set.copyOf(terms(ask));
        Set<String> tb = Set.copyOf(terms(answer));
        double wb = tb.stream().mapToDouble(this::weight).sum();
        double shared = tb.stream().filter(ta::contains).mapToDouble(this::weight).sum();
        return wb == 0 ? 0 : shared / wb;
    }

    private double weight(String term) {
        return idf.getOrDefault(term, Math.log(2.0));
    }

    /** Cosine similarity of TF-IDF vectors, in [0, 1]. */
    double cosine(String a, String b) {
        Map<String, Double> va = vector(a);
        Map<String, Double> vb = vector(b);
        double dot = 0;
        for (var e : va.entrySet()) {
            dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
        }
        double na = Math.sqrt(va.values().stream().mapToDouble(x -> x * x).sum());
        double nb = Math.sqrt(vb.values().stream().mapToDouble(x -> x * x).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private Map<String, Double> vector(String text) {
        Map<String, Double> v = new HashMap<>();
        for (String t : terms(text)) {
            v.merge(t, idf.getOrDefault(t, Math.log(2.0)), Double::sum);
        }
        return v;
    }

    static List<String> terms(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
                .filter(w -> w.length() > 2 && !STOP.contains(w))
                .map(w -> SYNONYMS.getOrDefault(w, w))
                .map(TextSimilarity::stem)
                .toList();
    }

    /** Each word of {@code govgraph/synonyms.yaml} to the first word of its group. */
    private static final Map<String, String> SYNONYMS = loadSynonyms();

    private static Map<String, String> loadSynonyms() {
        record File(List<List<String>> groups) {
        }
        try (var in = TextSimilarity.class.getClassLoader().getResourceAsStream("govgraph/synonyms.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: govgraph/synonyms.yaml");
            }
            Map<String, String> map = new HashMap<>();
            for (List<String> group : tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readValue(in, File.class).groups()) {
                group.forEach(w -> map.put(w.toLowerCase(Locale.ROOT), group.getFirst().toLowerCase(Locale.ROOT)));
            }
            return Map.copyOf(map);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String stem(String w) {
        for (String suffix : List.of("ational", "ements", "ement", "ments", "ment", "ations", "ation", "ening", "ened",
                "ings", "ing", "ies", "ied", "ness", "ity", "ers", "er", "ed", "es", "s")) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
