// load/shared-board: reads and writes Board nodes, which several inspections may state (see DatasetLoader).
// Statement 1 returns the stored properties of the nodes a chunk of the load states; the loader folds every
// statement of the chunk into them in order (org.govgraph.ingest.SharedNodeFold) and statement 2 writes the result.
// @param ids List<String> ids of the nodes (statement 1)
// @param rows List<Map> {id, props} the folded properties; a null value removes the property (statement 2)
UNWIND $ids AS id
MATCH (n:Board {id: id})
RETURN id, properties(n) AS props;

UNWIND $rows AS row
MERGE (n:Board {id: row.id})
SET n:Entity, n += row.props;
