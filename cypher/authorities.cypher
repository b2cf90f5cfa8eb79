// authorities: every authority (or one) with its inspections at a glance: inspectorate, dates, judgements, and how many findings and recommendations each holds.
// @param authority String? id of one authority; absent: all of them
MATCH (a:Authority)
WHERE $authority IS NULL OR a.id = $authority
OPTIONAL MATCH (i:Inspection)-[:OF_AUTHORITY]->(a)
WITH a, i
ORDER BY i.fieldworkStart
WITH a, collect(i {
    .id, .inspectorate, .kind, .framework, .fieldworkStart, .fieldworkEnd, .published, .report,
    findings: COUNT { (i)-[:FOUND]->() },
    recommendations: COUNT { (i)-[:RECOMMENDED]->() },
    followsUp: [(i)-[:FOLLOWS_UP]->(e) | e.id][0],
    judgements: [(i)-[:JUDGED]->(j) | j {.area, .grade, .scale, .rank, .ref, .quote}]
  }) AS inspections
RETURN a {.id, .name, .nation, .onsCode, .dfeCode, .ofstedUrn, .region, .kind, .abolished,
    successors: [(a)-[:SUCCEEDED_BY]->(s) | s.id],
    predecessors: [(p)-[:SUCCEEDED_BY]->(a) | p.id]} AS authority,
  inspections
ORDER BY a.name
