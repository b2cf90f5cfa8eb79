/**
 * From dataset files to the graph: reading YAML or JSON, checking it completely (JSON Schema, ids,
 * references), and writing a whole batch in one transaction, or nothing.
 */
package org.govgraph.ingest;
