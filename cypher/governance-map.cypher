// governance-map: the boards, teams, roles and their post holders, and partners around one authority, as its inspections (or one of them) describe them; for each, the findings about it with their polarity.
// One row per entity; the inspections themselves come from the authorities query.
// @param authority String id of the authority, e.g. powys
// @param inspections List<String> ids of the inspections whose view is wanted
MATCH (a:Authority {id: $authority})
MATCH (i:Inspection)-[:OF_AUTHORITY]->(a)
WHERE i.id IN $inspections
WITH a, collect(i) AS scope
CALL (a, scope) {
  UNWIND scope AS i
  MATCH (i)-[:MENTIONS]->(e)
  RETURN e
  UNION
  UNWIND scope AS i
  MATCH (i)-[:NOTES]->(:PostHolding)-[:IN_ROLE]->(e:Role)
  RETURN e
  UNION
  UNWIND scope AS i
  MATCH (i)-[:FOUND|RECOMMENDED]->()-[:ABOUT]->(e:Entity)
  WHERE e <> a
  RETURN e
}
RETURN e.id AS id,
  [l IN labels(e) WHERE l <> 'Entity'][0] AS label,
  e {.name, .title, .kind, .sector, .scope, .aliases} AS props,
  EXISTS { (a)-[r:MEMBER_OF]->(e) WHERE r.inspection IN $inspections } AS authorityIsMember,
  [(i)-[m:MENTIONS]->(e) WHERE i IN scope | {inspection: i.id, ref: m.ref, quote: m.quote}] AS mentions,
  [(i)-[:FOUND]->(f:Finding)-[:ABOUT]->(e) WHERE i IN scope |
    {id: f.id, inspection: i.id, ref: f.ref, polarity: f.polarity, text: f.text,
     themes: [(f)-[:ON_THEME]->(t) | t.id]}] AS findings,
  [(e)<-[:IN_ROLE]-(s:PostHolding)<-[:NOTES]-(i) WHERE i IN scope |
    s {.id, .holder, .tenure, .start, .end, .startText, .endText, .ref, .quote, inspection: i.id}] AS spells,
  [(x:Entity)-[r:MEMBER_OF]->(e) WHERE x <> a AND r.inspection IN $inspections |
    {id: x.id, name: x.name, label: [l IN labels(x) WHERE l <> 'Entity'][0], inspection: r.inspection,
     ref: r.ref, quote: r.quote}] AS members
ORDER BY label, id
