package org.govgraph.extract.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs extracted items with curated ones by their words: the Dice overlap of their word sets, best pairs first,
 * each item used once. Two texts pair when at least {@code threshold} of their words are shared.
 */
final class TextMatch {

    static final double THRESHOLD = 0.6;

    record Pair<A, B>(A got, B want, double similarity) {
    }

    private TextMatch() {
    }

    static <A, B> List<Pair<A, B>> pairs(List<A> got, Function<A, String> gotText, List<B> want, Function<B, String> wantText) {
        List<Set<String>> g = got.stream().map(a -> words(gotText.apply(a))).toList();
        List<Set<String>> w = want.stream().map(b -> words(wantText.apply(b))).toList();
        record Candidate(int i, int j, double s) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < w.size(); j++) {
                double s = dice(g.get(i), w.get(j));
                if (s >= THRESHOLD) {
                    candidates.add(new Candidate(i, j, s));
                }
            }
        }
        candidates.sort((x, y) -> Double.compare(y.s, x.s));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedW = new HashSet<>();
        List<Pair<A, B>> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (usedG.add(c.i)) {
                if (usedW.add(c.j)) {
                    pairs.add(new Pair<>(got.get(c.i), want.get(c.j), c.s));
                } else {
                    usedG.remove(c.i);
                }
            }
        }
        return pairs;
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^a-z0-9']+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
