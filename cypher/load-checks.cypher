// load-checks: what the loader must know of the graph before it writes a batch.
// Statement 1: which of the earlier inspections a batch follows up are in the graph already.
//   Parameters: $ids, list of inspection ids. Returns: id.
// Statement 2: ids the batch declares as one kind of node that the graph holds as another kind.
//   Parameters: $entities, list of {id, label}. Returns: id, labels (without Entity).
MATCH (i:Inspection) WHERE i.id IN $ids
RETURN i.id AS id;

UNWIND $entities AS e
MATCH (n:Entity {id: e.id})
WHERE NOT e.label IN labels(n)
RETURN e.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels;
