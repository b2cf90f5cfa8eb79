// leadership-spells: every leadership post of the chosen authorities with each post-holding spell the reports state, its tenure, dates as written and the paragraph that says so.
// @param authorities List<String>? ids of authorities; absent: all of them
MATCH (a:Authority)-[:HAS_ROLE]->(r:Role)
WHERE $authorities IS NULL OR a.id IN $authorities
OPTIONAL MATCH (r)<-[:IN_ROLE]-(s:PostHolding)<-[:NOTES]-(i:Inspection)
WITH a, r, s, i
ORDER BY coalesce(s.start, s.end)
RETURN a.id AS authority, a.name AS authorityName, r.id AS role, r.title AS title, r.kind AS kind,
  collect(CASE WHEN s IS NULL THEN null ELSE s {
    .id, .holder, .tenure, .start, .end, .startText, .endText, .startDerived, .endDerived, .duration,
    .ref, .quote, .report, inspection: i.id, inspectionDate: i.fieldworkStart} END) AS spells
ORDER BY authority, kind, role
