/** The command line: {@code serve}, {@code db} and {@code load}, wiring the layers together. */
package org.govgraph.cli;
