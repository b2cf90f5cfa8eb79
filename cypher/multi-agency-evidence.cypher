// multi-agency-evidence: for each inspection of the chosen authorities, every finding about a partner agency, with the partner's sector and the finding's polarity: the evidence of each sector's engagement.
// @param authorities List<String>? ids of authorities; absent: all of them
MATCH (i:Inspection)-[:OF_AUTHORITY]->(a:Authority)
WHERE $authorities IS NULL OR a.id IN $authorities
OPTIONAL MATCH (i)-[:FOUND]->(f:Finding)-[:ABOUT]->(p:Partner)
WITH a, i, f, p
ORDER BY f.ord
RETURN a.id AS authority, a.name AS authorityName, i.id AS inspection, i.fieldworkStart AS date,
  collect(CASE WHEN f IS NULL THEN null ELSE
    {finding: f.id, ref: f.ref, polarity: f.polarity, text: f.text, partner: p.id, partnerName: p.name,
     sector: p.sector} END) AS evidence
ORDER BY authority, date
