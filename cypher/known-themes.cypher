// known-themes: which of the given theme ids the graph knows (requests naming another are refused).
// @param ids List<String> theme ids
MATCH (t:Theme)
WHERE t.id IN $ids
RETURN t.id AS id
