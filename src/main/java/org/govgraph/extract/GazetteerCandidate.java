package org.govgraph.extract;

/**
 * A possible mention found by the {@link Gazetteer} before overlapping ones are resolved: its offsets in the
 * normalized text, its compiled entry and how it was found ({@code source}: 0 name, 1 abbreviation, 2 pattern).
 */
record GazetteerCandidate(int start, int end, GazetteerCompiled entry, int source) {
}
