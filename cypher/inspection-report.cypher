// inspection-report: the report an inspection was loaded from (extract --load refuses to overwrite another report's inspection).
// @param inspection String an inspection id, e.g. powys-2017-07
MATCH (i:Inspection {id: $inspection})-[:REPORTED_IN]->(r:Report)
RETURN r.id AS report, r.title AS title
