// inspection-statements: everything one inspection states that comparisons need: its findings and recommendations with themes and the entities they are about, the boards, teams and partners it names, and the post-holding spells it notes.
// @param inspection String id of the inspection
MATCH (i:Inspection {id: $inspection})
RETURN i {.id, .authority, .inspectorate, .kind, .fieldworkStart, .fieldworkEnd} AS inspection,
  [(i)-[:FOUND]->(f:Finding) |
    f {.id, .ref, .section, .polarity, .text, .ord,
       themes: [(f)-[:ON_THEME]->(t) | t.id], about: [(f)-[:ABOUT]->(e) | e.id]}] AS findings,
  [(i)-[:RECOMMENDED]->(r:Recommendation) |
    r {.id, .number, .ref, .text, .priority, .timescale, .group, .ord,
       themes: [(r)-[:ON_THEME]->(t) | t.id], about: [(r)-[:ABOUT]->(e) | e.id]}] AS recommendations,
  [(i)-[m:MENTIONS]->(e) |
    {id: e.id, name: e.name, label: [l IN labels(e) WHERE l <> 'Entity'][0], ref: m.ref, quote: m.quote}] AS entities,
  [(i)-[:NOTES]->(s:PostHolding)-[:IN_ROLE]->(r:Role) |
    s {.id, .holder, .tenure, .start, .end, .ref, .quote, role: r.id, roleTitle: r.title}] AS spells
