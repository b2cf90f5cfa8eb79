// load/inspections: writes the inspections of a chunk of the load, each with its authority, inspectorate and
// report, replacing the inspection's properties and links with what its file says now; then what each
// follows up. Run statement by statement, in order.
// @param inspectorates List<Map> {id, name} (statement 1)
// @param inspections List<Map> {id, authority, inspectorate, report, props, followsUp {inspection, ref, quote}?}
//   (statements 2 and 3)
UNWIND $inspectorates AS x
MERGE (n:Inspectorate {id: x.id})
SET n.name = x.name;

UNWIND $inspections AS row
MATCH (a:Authority {id: row.authority}), (r:Report {id: row.report}), (x:Inspectorate {id: row.inspectorate})
MERGE (i:Inspection {id: row.id})
SET i = row.props, i.id = row.id
MERGE (i)-[:OF_AUTHORITY]->(a)
MERGE (i)-[:BY]->(x)
MERGE (i)-[:REPORTED_IN]->(r)
WITH i, a, x, r
OPTIONAL MATCH (i)-[old:OF_AUTHORITY|BY|REPORTED_IN]->(o)
WHERE NOT o IN [a, x, r]
DELETE old;

UNWIND $inspections AS row
MATCH (i:Inspection {id: row.id})
OPTIONAL MATCH (i)-[old:FOLLOWS_UP]->(e)
WHERE row.followsUp IS NULL OR e.id <> row.followsUp.inspection
DELETE old
WITH DISTINCT i, row
WHERE row.followsUp IS NOT NULL
MATCH (e:Inspection {id: row.followsUp.inspection})
MERGE (i)-[f:FOLLOWS_UP]->(e)
SET f.ref = row.followsUp.ref, f.quote = row.followsUp.quote;
