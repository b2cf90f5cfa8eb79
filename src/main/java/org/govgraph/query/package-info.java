/**
 * The questions govgraph answers: governance maps, leadership turnover, board links, multi-agency gaps,
 * comparisons over inspections, search and entity pages. Each service runs named queries from {@code cypher/}
 * (or, for search, a statement built with Cypher-DSL) and returns records; no HTTP types here.
 */
package org.govgraph.query;
