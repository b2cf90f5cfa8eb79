// load-dataset: writes one checked dataset (one inspection) into the graph.
// Run statement by statement, in order, inside the loader's single write transaction.
// Every node is MERGEd on its constrained id, so loading the same file again changes nothing;
// facts of the inspection that a new version of the file no longer holds are removed.
// @param ds Map the dataset as built by org.govgraph.ingest.DatasetParameters:
//   report {id, props}, inspection {id, authority, inspectorate {id, name}, props, followsUp {inspection, ref, quote}?},
//   authorities [{id, props, successors}], themes [{id, props}], judgements [{id, props}],
//   inspectors [{id, name, rel}], partners / teams / boards [{id, props, ref, quote, authority?, members?}],
//   memberPairs [[member, board]], mentioned [id], roles [{id, authority, props}], spells [{id, role, props}],
//   findings / recommendations [{id, props, themes, about}].

MERGE (r:Report {id: $ds.report.id})
SET r += $ds.report.props;

UNWIND $ds.authorities AS a
MERGE (n:Authority {id: a.id})
SET n:Entity, n += a.props;

UNWIND $ds.authorities AS a
UNWIND a.successors AS successor
MATCH (old:Authority {id: a.id}), (new:Authority {id: successor})
MERGE (old)-[:SUCCEEDED_BY]->(new);

MATCH (a:Authority {id: $ds.inspection.authority}), (r:Report {id: $ds.report.id})
MERGE (x:Inspectorate {id: $ds.inspection.inspectorate.id})
SET x.name = $ds.inspection.inspectorate.name
MERGE (i:Inspection {id: $ds.inspection.id})
SET i += $ds.inspection.props
MERGE (i)-[:OF_AUTHORITY]->(a)
MERGE (i)-[:BY]->(x)
MERGE (i)-[:REPORTED_IN]->(r)
WITH i, a, x, r
OPTIONAL MATCH (i)-[old:OF_AUTHORITY|BY|REPORTED_IN]->(o)
WHERE NOT o IN [a, x, r]
DELETE old;

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (i)-[old:FOLLOWS_UP]->(e)
WHERE $ds.inspection.followsUp IS NULL OR e.id <> $ds.inspection.followsUp.inspection
DELETE old
WITH DISTINCT i
WHERE $ds.inspection.followsUp IS NOT NULL
MATCH (e:Inspection {id: $ds.inspection.followsUp.inspection})
MERGE (i)-[f:FOLLOWS_UP]->(e)
SET f.ref = $ds.inspection.followsUp.ref, f.quote = $ds.inspection.followsUp.quote;

UNWIND $ds.themes AS t
MERGE (n:Theme {id: t.id})
SET n += t.props;

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (i)-[:JUDGED]->(old:Judgement)
WHERE NOT old.id IN [j IN $ds.judgements | j.id]
DETACH DELETE old
WITH DISTINCT i
UNWIND $ds.judgements AS j
MERGE (n:Judgement {id: j.id})
SET n += j.props
MERGE (i)-[:JUDGED]->(n);

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (p:Inspector)-[old:INSPECTED]->(i)
WHERE NOT p.id IN [x IN $ds.inspectors | x.id]
DELETE old
WITH DISTINCT i
UNWIND $ds.inspectors AS x
MERGE (p:Inspector {id: x.id})
SET p.name = x.name
MERGE (p)-[r:INSPECTED]->(i)
SET r += x.rel;

MATCH (i:Inspection {id: $ds.inspection.id})
UNWIND $ds.partners AS p
MERGE (n:Partner {id: p.id})
SET n:Entity, n += p.props
MERGE (i)-[m:MENTIONS]->(n)
SET m.ref = p.ref, m.quote = p.quote;

MATCH (i:Inspection {id: $ds.inspection.id})
UNWIND $ds.teams AS t
MATCH (a:Authority {id: t.authority})
MERGE (n:Team {id: t.id})
SET n:Entity, n += t.props
MERGE (a)-[:HAS_TEAM]->(n)
MERGE (i)-[m:MENTIONS]->(n)
SET m.ref = t.ref, m.quote = t.quote;

MATCH (i:Inspection {id: $ds.inspection.id})
UNWIND $ds.boards AS b
MERGE (n:Board {id: b.id})
SET n:Entity, n += b.props
MERGE (i)-[m:MENTIONS]->(n)
SET m.ref = b.ref, m.quote = b.quote;

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (member:Entity)-[old:MEMBER_OF {inspection: $ds.inspection.id}]->(board:Board)
WHERE NOT [member.id, board.id] IN $ds.memberPairs
DELETE old
WITH DISTINCT i
UNWIND $ds.boards AS b
UNWIND b.members AS m
MATCH (board:Board {id: b.id}), (member:Entity {id: m.member})
MERGE (member)-[r:MEMBER_OF {inspection: i.id}]->(board)
SET r.ref = m.ref, r.quote = m.quote, r.report = $ds.report.id;

MATCH (i:Inspection {id: $ds.inspection.id})-[old:MENTIONS]->(n)
WHERE NOT n.id IN $ds.mentioned
DELETE old;

UNWIND $ds.roles AS r
MATCH (a:Authority {id: r.authority})
MERGE (n:Role {id: r.id})
SET n:Entity, n += r.props
MERGE (a)-[:HAS_ROLE]->(n);

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (i)-[:NOTES]->(old:PostHolding)
WHERE NOT old.id IN [s IN $ds.spells | s.id]
DETACH DELETE old
WITH DISTINCT i
UNWIND $ds.spells AS s
MATCH (r:Role {id: s.role})
MERGE (n:PostHolding {id: s.id})
SET n += s.props
MERGE (i)-[:NOTES]->(n)
MERGE (n)-[:IN_ROLE]->(r)
WITH n, r
OPTIONAL MATCH (n)-[old:IN_ROLE]->(o)
WHERE o <> r
DELETE old;

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (i)-[:FOUND]->(old:Finding)
WHERE NOT old.id IN [f IN $ds.findings | f.id]
DETACH DELETE old
WITH DISTINCT i
UNWIND $ds.findings AS f
MERGE (n:Finding {id: f.id})
SET n += f.props
MERGE (i)-[:FOUND]->(n)
WITH n, f
OPTIONAL MATCH (n)-[old:ON_THEME|ABOUT]->(o)
WHERE NOT o.id IN f.themes + f.about
DELETE old
WITH DISTINCT n, f
CALL (n, f) {
  UNWIND f.themes AS t
  MATCH (theme:Theme {id: t})
  MERGE (n)-[:ON_THEME]->(theme)
}
CALL (n, f) {
  UNWIND f.about AS e
  MATCH (entity:Entity {id: e})
  MERGE (n)-[:ABOUT]->(entity)
};

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (i)-[:RECOMMENDED]->(old:Recommendation)
WHERE NOT old.id IN [r IN $ds.recommendations | r.id]
DETACH DELETE old
WITH DISTINCT i
UNWIND $ds.recommendations AS r
MERGE (n:Recommendation {id: r.id})
SET n += r.props
MERGE (i)-[:RECOMMENDED]->(n)
WITH n, r
OPTIONAL MATCH (n)-[old:ON_THEME|ABOUT]->(o)
WHERE NOT o.id IN r.themes + r.about
DELETE old
WITH DISTINCT n, r
CALL (n, r) {
  UNWIND r.themes AS t
  MATCH (theme:Theme {id: t})
  MERGE (n)-[:ON_THEME]->(theme)
}
CALL (n, r) {
  UNWIND r.about AS e
  MATCH (entity:Entity {id: e})
  MERGE (n)-[:ABOUT]->(entity)
};
