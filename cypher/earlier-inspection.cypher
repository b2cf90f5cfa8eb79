// earlier-inspection: an authority's inspections whose fieldwork began in a month or year (a report's "last inspection in July 2017").
// @param authority String an authority id, e.g. powys
// @param date String a year or a month, e.g. 2017 or 2017-07
MATCH (i:Inspection)-[:OF_AUTHORITY]->(:Authority {id: $authority})
WHERE i.fieldworkStart STARTS WITH $date
RETURN i.id AS inspection
ORDER BY i.fieldworkStart DESC
