package org.govgraph.extract.eval;

/** Counts of one kind of item: found and right (tp), found but wrong (fp), missed (fn); and the measures from them. */
public record Score(int tp, int fp, int fn) {

    public static final Score NONE = new Score(0, 0, 0);

    public Score plus(Score other) {
        return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public double precision() {
        return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? (fp == 0 ? 1 : 0) : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Nothing to find and nothing found. */
    public boolean empty() {
        return tp == 0 && fp == 0 && fn == 0;
    }
}
