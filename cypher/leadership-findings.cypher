// leadership-findings: what an authority's inspections found about leadership and workforce stability: findings about its leadership posts, and findings on leadership or workforce that speak of interim or agency staff, turnover, vacancies, stability or recruitment.
// @param authority String id of the authority
MATCH (:Authority {id: $authority})<-[:OF_AUTHORITY]-(i:Inspection)-[:FOUND]->(f:Finding)
WHERE EXISTS { (f)-[:ABOUT]->(:Role) }
   OR (EXISTS { (f)-[:ON_THEME]->(t:Theme) WHERE t.id IN ['workforce', 'leadership-governance'] }
       AND f.text =~ '(?is).*\\b(interim|acting|turnover|stabil|instabil|vacanc|agency|temporary|permanent|recruit|retention|retain|changes? (in|of) (senior )?manage|senior management changes).*')
RETURN f.id AS id, i.id AS inspection, i.fieldworkStart AS date, f.ref AS ref, f.section AS section,
  f.polarity AS polarity, f.text AS text
ORDER BY date, f.ord
