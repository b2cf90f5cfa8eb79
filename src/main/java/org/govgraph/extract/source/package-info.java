/** Reading one inspection report file, plain text or PDF, into checked and normalised text for the extractor. */
package org.govgraph.extract.source;
