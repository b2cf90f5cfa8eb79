// count-inspections: how many inspections the graph holds (serve and db load the seeds only into an empty graph).
// Parameters: none. Returns: n.
MATCH (i:Inspection)
RETURN count(i) AS n
