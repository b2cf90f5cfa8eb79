// load/links: relationships between shared nodes that a load adds and never removes (as load-dataset did):
// an authority's successors, its teams and its posts. Run statement by statement, in order.
// @param successions List<Map> {from, to} authority ids (statement 1)
// @param teams List<Map> {authority, team} (statement 2)
// @param roles List<Map> {authority, role} (statement 3)
UNWIND $successions AS s
MATCH (old:Authority {id: s.from}), (new:Authority {id: s.to})
MERGE (old)-[:SUCCEEDED_BY]->(new);

UNWIND $teams AS t
MATCH (a:Authority {id: t.authority}), (n:Team {id: t.team})
MERGE (a)-[:HAS_TEAM]->(n);

UNWIND $roles AS r
MATCH (a:Authority {id: r.authority}), (n:Role {id: r.role})
MERGE (a)-[:HAS_ROLE]->(n);
