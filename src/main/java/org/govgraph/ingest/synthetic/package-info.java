/**
 * Synthetic datasets for scale testing ({@code govgraph generate}): authorities, inspections, boards, partners,
 * posts and findings written in the dataset format, with every count and frequency measured from the curated seed
 * datasets at generation time and every text drawn from the seeds' words, reproducible from a seed number. Every
 * id starts {@code syn-} and every report says it is synthetic, so nothing generated passes for a real report.
 */
package org.govgraph.ingest.synthetic;
