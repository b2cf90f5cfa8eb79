package org.govgraph.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** A load refused before anything was written, with every problem found. */
public final class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<DatasetProblem> problems;

    public DatasetException(List<DatasetProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<DatasetProblem> problems() {
        return problems;
    }

    private static String summary(List<DatasetProblem> problems) {
        return problems.size() + " problem(s), nothing was loaded:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
