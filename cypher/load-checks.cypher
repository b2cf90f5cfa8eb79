// load-checks: what the loader must know of the graph before it writes a batch.
// Statement 1 returns the earlier inspections a batch follows up that the graph holds already, with their
// authority and date; statement 2 the ids the batch declares as one kind of node that the graph holds as
// another (id, labels), or as a team or post of another authority (id, authority).
// @param ids List<String> ids of the inspections followed up (statement 1)
// @param entities List<Map> {id, label, authority?} of every board, team, role, partner and authority declared (statement 2)
MATCH (i:Inspection) WHERE i.id IN $ids
RETURN i.id AS id, i.authority AS authority, i.fieldworkStart AS date;

UNWIND $entities AS e
MATCH (n:Entity {id: e.id})
WHERE NOT e.label IN labels(n) OR (e.authority IS NOT NULL AND n.authority <> e.authority)
RETURN e.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels, n.authority AS authority;
