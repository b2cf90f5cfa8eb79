package org.govgraph.ingest.synthetic;

/**
 * What to generate: how many authorities, how many inspections of each, and the seed that makes the result
 * reproducible (the same request always gives the same files, byte for byte).
 */
public record GenerationRequest(int authorities, int inspections, long seed) {

    /** Ids are {@code syn-0001} and up: four digits at most. */
    public static final int MAX_AUTHORITIES = 9999;
    /** Inspections go back from the seeds' latest fieldwork a year or two apart: beyond this they reach past 1950. */
    public static final int MAX_INSPECTIONS = 25;

    public GenerationRequest {
        if (authorities < 1 || authorities > MAX_AUTHORITIES) {
            throw new IllegalArgumentException("authorities must be between 1 and " + MAX_AUTHORITIES + ", not " + authorities);
        }
        if (inspections < 1 || inspections > MAX_INSPECTIONS) {
            throw new IllegalArgumentException("inspections must be between 1 and " + MAX_INSPECTIONS + ", not " + inspections);
        }
    }
}
