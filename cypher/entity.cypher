// entity: one board, team, role, partner or authority with everything said about it across all inspections: where each inspection names it, the findings and recommendations about it, its members or the boards it sits on, and the spells of a post.
// @param id String id of the entity
MATCH (e:Entity {id: $id})
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, properties(e) AS props,
  [(i:Inspection)-[m:MENTIONS]->(e) |
    {inspection: i.id, authority: i.authority, date: i.fieldworkStart, ref: m.ref, quote: m.quote}] AS mentions,
  [(i:Inspection)-[:FOUND]->(f:Finding)-[:ABOUT]->(e) |
    {id: f.id, kind: 'finding', inspection: i.id, authority: i.authority, date: i.fieldworkStart, ref: f.ref,
     polarity: f.polarity, text: f.text}] +
  [(i:Inspection)-[:RECOMMENDED]->(r:Recommendation)-[:ABOUT]->(e) |
    {id: r.id, kind: 'recommendation', inspection: i.id, authority: i.authority, date: i.fieldworkStart,
     ref: r.ref, polarity: null, text: r.text}] AS statements,
  [(x:Entity)-[r:MEMBER_OF]->(e) |
    {id: x.id, name: x.name, label: [l IN labels(x) WHERE l <> 'Entity'][0], inspection: r.inspection,
     ref: r.ref, quote: r.quote}] AS members,
  [(e)-[r:MEMBER_OF]->(b:Board) |
    {id: b.id, name: b.name, label: 'Board', inspection: r.inspection, ref: r.ref, quote: r.quote}] AS memberOf,
  [(e)<-[:IN_ROLE]-(s:PostHolding)<-[:NOTES]-(i:Inspection) |
    s {.id, .holder, .tenure, .start, .end, .startText, .endText, .duration, .ref, .quote, inspection: i.id}] AS spells,
  [(o:Authority)-[:HAS_TEAM|HAS_ROLE]->(e) | o.id][0] AS authority
