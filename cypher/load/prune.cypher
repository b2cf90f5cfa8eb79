// load/prune: removes what an inspection's earlier file said and its new file no longer says: judgements,
// inspectors' visits, mentions, board memberships, spells, findings and recommendations. Run before the
// inspection's facts are written; on a new inspection it finds nothing.
// @param inspections List<Map> {id, judgements, inspectors, mentioned, memberPairs, spells, findings,
//   recommendations}: the ids (or [member, board] pairs) the new file holds
UNWIND $inspections AS row
MATCH (i:Inspection {id: row.id})
CALL (i, row) {
  MATCH (i)-[:JUDGED]->(old:Judgement)
  WHERE NOT old.id IN row.judgements
  DETACH DELETE old
}
CALL (i, row) {
  MATCH (p:Inspector)-[old:INSPECTED]->(i)
  WHERE NOT p.id IN row.inspectors
  DELETE old
}
CALL (i, row) {
  MATCH (i)-[old:MENTIONS]->(n)
  WHERE NOT n.id IN row.mentioned
  DELETE old
}
CALL (i, row) {
  MATCH (member:Entity)-[old:MEMBER_OF {inspection: row.id}]->(board:Board)
  WHERE NOT [member.id, board.id] IN row.memberPairs
  DELETE old
}
CALL (i, row) {
  MATCH (i)-[:NOTES]->(old:PostHolding)
  WHERE NOT old.id IN row.spells
  DETACH DELETE old
}
CALL (i, row) {
  MATCH (i)-[:FOUND]->(old:Finding)
  WHERE NOT old.id IN row.findings
  DETACH DELETE old
}
CALL (i, row) {
  MATCH (i)-[:RECOMMENDED]->(old:Recommendation)
  WHERE NOT old.id IN row.recommendations
  DETACH DELETE old
}
RETURN count(*) AS pruned;
