// board-interlocks: authorities and partners that sit on more than one board, among the members of the given boards: the ties between boards.
// @param boards List<String> ids of boards
MATCH (x:Entity)-[:MEMBER_OF]->(b:Board)
WHERE b.id IN $boards
WITH DISTINCT x
MATCH (x)-[:MEMBER_OF]->(other:Board)
WITH x, collect(DISTINCT other {.id, .name, .scope}) AS boards
WHERE size(boards) > 1
RETURN x.id AS id, x.name AS name, [l IN labels(x) WHERE l <> 'Entity'][0] AS label, boards
ORDER BY label, name
