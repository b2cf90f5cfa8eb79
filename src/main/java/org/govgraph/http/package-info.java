/** The HTTP API and the static web UI: routes, error mapping, request logging. No Cypher here. */
package org.govgraph.http;
