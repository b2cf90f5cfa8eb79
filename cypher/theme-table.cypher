// theme-table: for the chosen authorities' inspections, how many findings of each polarity each theme holds, with those findings (id, reference, words).
// @param authorities List<String> ids of authorities
// @param themes List<String>? ids of themes; absent: all of them
MATCH (a:Authority)<-[:OF_AUTHORITY]-(i:Inspection)-[:FOUND]->(f:Finding)-[:ON_THEME]->(t:Theme)
WHERE a.id IN $authorities AND ($themes IS NULL OR t.id IN $themes)
WITH a, i, t, f
ORDER BY f.ord
RETURN a.id AS authority, i.id AS inspection, i.fieldworkStart AS date, t.id AS theme, t.name AS themeName,
  f.polarity AS polarity, count(f) AS count,
  collect(f {.id, .ref, .polarity, .text, inspection: i.id}) AS findings
ORDER BY authority, date, theme, polarity
