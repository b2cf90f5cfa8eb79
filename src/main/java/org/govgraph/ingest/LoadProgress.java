package org.govgraph.ingest;

import java.time.Duration;

/**
 * Told after each chunk of a load is written, so that a long load can show how far it is (the command line
 * prints a line, the server logs one).
 */
@FunctionalInterface
public interface LoadProgress {

    /** A listener that ignores progress. */
    LoadProgress NONE = step -> { };

    void written(Step step);

    /**
     * Where a load stands after a chunk.
     *
     * @param chunk     chunks written so far (committed, when the load commits chunk by chunk)
     * @param chunks    chunks in all
     * @param files     dataset files written so far
     * @param totalFiles dataset files in all
     * @param rows      rows written so far (findings, recommendations, spells and the other facts)
     * @param totalRows rows in all
     * @param elapsed   time since writing began
     */
    record Step(int chunk, int chunks, int files, int totalFiles, long rows, long totalRows, Duration elapsed) {

        /** Rows written per second so far. */
        public double rowsPerSecond() {
            double seconds = elapsed.toNanos() / 1e9;
            return seconds <= 0 ? 0 : rows / seconds;
        }

        /** Time left at the rate so far. */
        public Duration left() {
            double rate = rowsPerSecond();
            return rate <= 0 ? Duration.ZERO : Duration.ofMillis(Math.round((totalRows - rows) / rate * 1000));
        }

        /** One line for a terminal or a log. */
        public String line() {
            return String.format("wrote %d of %d files (%,d of %,d rows, chunk %d of %d) in %.1f s, %,.0f rows/s, about %d s left",
                    files, totalFiles, rows, totalRows, chunk, chunks, elapsed.toNanos() / 1e9, rowsPerSecond(),
                    left().toSeconds());
        }
    }
}
