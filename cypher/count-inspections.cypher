// count-inspections: how many inspections the graph holds (serve and db load the seeds only into an empty graph).
MATCH (i:Inspection)
RETURN count(i) AS n
