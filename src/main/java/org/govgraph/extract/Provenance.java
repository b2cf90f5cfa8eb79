package org.govgraph.extract;

/**
 * Where an extracted item stands in the report's text (character offsets, end exclusive, and 1-based lines) and how
 * sure the extractor is of it, from 0 to 1.
 */
public record Provenance(int start, int end, int firstLine, int lastLine, double confidence, String method) {

    static Provenance of(Block block, double confidence, String method) {
        return new Provenance(block.start(), block.end(), block.firstLine(), block.lastLine(), confidence, method);
    }
}
