/** Settings of a govgraph process: read once, immutable, passed down explicitly. */
package org.govgraph.config;
