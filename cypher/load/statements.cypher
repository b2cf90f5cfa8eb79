// load/statements: writes findings (statement 1) and recommendations (statement 2) of a chunk of the load with
// their inspection, themes and the entities they are about, replacing themes and entities an earlier version
// of the file gave them. One row per finding or recommendation, in batches of thousands.
// @param findings List<Map> {inspection, id, props, themes, about} (statement 1)
// @param recommendations List<Map> {inspection, id, props, themes, about} (statement 2)
UNWIND $findings AS f
MATCH (i:Inspection {id: f.inspection})
MERGE (n:Finding {id: f.id})
SET n = f.props, n.id = f.id
MERGE (i)-[:FOUND]->(n)
WITH n, f
CALL (n, f) {
  MATCH (n)-[old:ON_THEME|ABOUT]->(o)
  WHERE NOT o.id IN f.themes + f.about
  DELETE old
}
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

UNWIND $recommendations AS r
MATCH (i:Inspection {id: r.inspection})
MERGE (n:Recommendation {id: r.id})
SET n = r.props, n.id = r.id
MERGE (i)-[:RECOMMENDED]->(n)
WITH n, r
CALL (n, r) {
  MATCH (n)-[old:ON_THEME|ABOUT]->(o)
  WHERE NOT o.id IN r.themes + r.about
  DELETE old
}
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
