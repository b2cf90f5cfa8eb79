package org.govgraph.ingest;

/**
 * One thing wrong with a dataset file, precise enough to fix it: the file, the line (0 when the
 * problem is the file as a whole), the field as a path such as {@code findings/3/polarity}, and what is wrong.
 */
public record DatasetProblem(String file, int line, String field, String message) {

    /** A problem with the file as a whole. */
    public static DatasetProblem ofFile(String file, String message) {
        return new DatasetProblem(file, 0, "", message);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(", line ").append(line);
        }
        if (!field.isEmpty()) {
            out.append(" (").append(field).append(')');
        }
        return out.append(": ").append(message).toString();
    }
}
