package org.govgraph.ingest.synthetic;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How often each value occurs in the seeds (each theme, polarity, partner sector, tenure), kept in the values'
 * order so that a draw depends on the random numbers only, never on a hash map's order.
 */
public record Frequencies(SortedMap<String, Integer> counts) {

    public Frequencies {
        counts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(counts));
        if (counts.values().stream().anyMatch(n -> n <= 0)) {
            throw new IllegalArgumentException("counts are positive: " + counts);
        }
    }

    /** Counts of the values in {@code counts}, whatever their order. */
    public static Frequencies of(Map<String, Integer> counts) {
        return new Frequencies(new TreeMap<>(counts));
    }

    public int count(String value) {
        return counts.getOrDefault(value, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public double share(String value) {
        int total = total();
        return total == 0 ? 0 : (double) count(value) / total;
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** One value, each as likely as it is frequent in the seeds. */
    public String draw(SplittableRandom random) {
        int total = total();
        if (total == 0) {
            throw new IllegalStateException("nothing was observed to draw from");
        }
        int r = random.nextInt(total);
        for (var e : counts.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        throw new AssertionError("unreachable");
    }
}
