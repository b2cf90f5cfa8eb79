// themes: every theme the graph knows, with its name and how many findings and recommendations are on it (for the explorer's pickers).
MATCH (t:Theme)
RETURN t.id AS id, t.name AS name, COUNT { (t)<-[:ON_THEME]-() } AS statements
ORDER BY name, id
