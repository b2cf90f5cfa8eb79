package org.govgraph.ingest.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Whole numbers observed in the seeds (findings in each inspection, months of each spell...), drawn from as they
 * were observed: the empirical distribution, so a generated dataset has the seeds' counts and their spread.
 */
public record Sample(List<Integer> values) {

    /** How far {@link #around} moves an observed value either way, as a share of it. */
    static final double SPREAD = 0.2;

    public Sample {
        values = List.copyOf(values).stream().sorted().toList();
        if (values.stream().anyMatch(v -> v < 0)) {
            throw new IllegalArgumentException("a sample counts things: no negative values " + values);
        }
    }

    public static Sample of(List<Integer> values) {
        return new Sample(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public int size() {
        return values.size();
    }

    public double mean() {
        return values.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    public int max() {
        return values.isEmpty() ? 0 : values.getLast();
    }

    /** One observed value, as observed. */
    public int pick(SplittableRandom random) {
        if (values.isEmpty()) {
            throw new IllegalStateException("nothing was observed to draw from");
        }
        return values.get(random.nextInt(values.size()));
    }

    /**
     * One observed value moved by up to a fifth either way, so that a handful of seeds gives more than a handful
     * of counts; the mean stays the seeds' mean (the move is symmetric) and zero stays zero.
     */
    public int around(SplittableRandom random) {
        int value = pick(random);
        return (int) Math.round(value * (1 - SPREAD + 2 * SPREAD * random.nextDouble()));
    }
}
