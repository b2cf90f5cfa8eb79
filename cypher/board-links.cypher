// board-links: the boards an authority sits on or its inspections name, with every authority and partner recorded on each, where each board is named, and the findings about it inspection by inspection.
// @param authority String id of the authority
MATCH (a:Authority {id: $authority})
CALL (a) {
  MATCH (a)<-[:OF_AUTHORITY]-(:Inspection)-[:MENTIONS]->(b:Board)
  RETURN b
  UNION
  MATCH (a)-[:MEMBER_OF]->(b:Board)
  RETURN b
}
RETURN b {.id, .name, .kind, .scope, .aliases} AS board,
  [(x:Entity)-[r:MEMBER_OF]->(b) |
    {id: x.id, name: x.name, label: [l IN labels(x) WHERE l <> 'Entity'][0], sector: x.sector,
     inspection: r.inspection, ref: r.ref, quote: r.quote}] AS members,
  [(i:Inspection)-[m:MENTIONS]->(b) |
    {inspection: i.id, authority: i.authority, date: i.fieldworkStart, ref: m.ref, quote: m.quote}] AS mentions,
  [(i:Inspection)-[:FOUND]->(f:Finding)-[:ABOUT]->(b) |
    {id: f.id, inspection: i.id, authority: i.authority, date: i.fieldworkStart, ref: f.ref, polarity: f.polarity,
     text: f.text}] AS findings
ORDER BY b.scope DESC, b.name
