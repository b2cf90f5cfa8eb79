/**
 * The Neo4j side: the embedded database when govgraph runs its own, the one {@link org.neo4j.driver.Driver}
 * through which every read and write goes (embedded or external), the schema and the named Cypher files.
 */
package org.govgraph.store;
