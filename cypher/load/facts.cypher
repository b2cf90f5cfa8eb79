// load/facts: writes the facts an inspection owns, for a chunk of the load: judgements, inspectors, mentions of
// partners, teams and boards, board memberships, and leadership spells. Each row names its inspection.
// Run statement by statement, in order, after load/prune.
// @param judgements List<Map> {inspection, id, props} (statement 1)
// @param inspectors List<Map> {inspection, id, name, rel} (statement 2)
// @param mentions List<Map> {inspection, entity, ref, quote} (statement 3)
// @param members List<Map> {inspection, report, board, member, ref, quote} (statement 4)
// @param spells List<Map> {inspection, id, role, props} (statement 5)
UNWIND $judgements AS j
MATCH (i:Inspection {id: j.inspection})
MERGE (n:Judgement {id: j.id})
SET n = j.props, n.id = j.id
MERGE (i)-[:JUDGED]->(n);

UNWIND $inspectors AS x
MATCH (i:Inspection {id: x.inspection})
MERGE (p:Inspector {id: x.id})
SET p.name = x.name
MERGE (p)-[r:INSPECTED]->(i)
SET r = x.rel;

UNWIND $mentions AS m
MATCH (i:Inspection {id: m.inspection}), (n:Entity {id: m.entity})
MERGE (i)-[r:MENTIONS]->(n)
SET r.ref = m.ref, r.quote = m.quote;

UNWIND $members AS m
MATCH (board:Board {id: m.board}), (member:Entity {id: m.member})
MERGE (member)-[r:MEMBER_OF {inspection: m.inspection}]->(board)
SET r.ref = m.ref, r.quote = m.quote, r.report = m.report;

UNWIND $spells AS s
MATCH (i:Inspection {id: s.inspection}), (r:Role {id: s.role})
MERGE (n:PostHolding {id: s.id})
SET n = s.props, n.id = s.id
MERGE (i)-[:NOTES]->(n)
MERGE (n)-[:IN_ROLE]->(r)
WITH n, r
OPTIONAL MATCH (n)-[old:IN_ROLE]->(o)
WHERE o <> r
DELETE old;
