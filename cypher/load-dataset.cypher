// load-dataset: writes one checked dataset (one inspection) into the graph.
// Run statement by statement, in order, inside the loader's single write transaction.
// Every node is MERGEd on its constrained id, so loading the same file again changes nothing.
// What the inspection owns (the inspection, its judgements, findings, recommendations, spells, inspectors'
// roles) is replaced by each new version of its file, and facts the new version no longer holds are removed.
// Shared nodes (authorities, boards, teams, partners, roles, reports, themes) carry the values of the most
// recent inspection that states them ($ds.statedAt: fieldwork date, then inspection id), keep older values
// that it lacks, and keep every other name they were given as a sorted alias: the graph depends on the
// files loaded, never on the order they were loaded in.
// @param ds Map the dataset as built by org.govgraph.ingest.DatasetParameters: statedAt,
//   report {id, props}, inspection {id, authority, inspectorate {id, name}, props, followsUp {inspection, ref, quote}?},
//   authorities [{id, props, successors}], themes [{id, props}], judgements [{id, props}],
//   inspectors [{id, name, rel}], partners / teams / boards [{id, props, ref, quote, authority?, members?}],
//   memberPairs [[member, board]], mentioned [id], roles [{id, authority, props}], spells [{id, role, props}],
//   findings / recommendations [{id, props, themes, about}].

MERGE (r:Report {id: $ds.report.id})
WITH r, (r.statedAt IS NULL OR $ds.statedAt >= r.statedAt) AS newer, $ds.report.props AS x
SET r.title = coalesce(CASE WHEN newer THEN x.title END, r.title, x.title),
    r.publisher = coalesce(CASE WHEN newer THEN x.publisher END, r.publisher, x.publisher),
    r.file = coalesce(CASE WHEN newer THEN x.file END, r.file, x.file),
    r.published = coalesce(CASE WHEN newer THEN x.published END, r.published, x.published),
    r.url = coalesce(CASE WHEN newer THEN x.url END, r.url, x.url),
    r.licence = coalesce(CASE WHEN newer THEN x.licence END, r.licence, x.licence),
    r.statedAt = CASE WHEN newer THEN $ds.statedAt ELSE r.statedAt END;

UNWIND $ds.authorities AS a
MERGE (n:Authority {id: a.id})
WITH n, a.props AS x, (n.statedAt IS NULL OR $ds.statedAt >= n.statedAt) AS newer,
     coalesce(n.aliases, []) + coalesce(n.name, []) + coalesce(a.props.aliases, []) + [a.props.name] AS names
SET n:Entity,
    n.name = CASE WHEN newer THEN x.name ELSE n.name END,
    n.nation = coalesce(CASE WHEN newer THEN x.nation END, n.nation, x.nation),
    n.onsCode = coalesce(CASE WHEN newer THEN x.onsCode END, n.onsCode, x.onsCode),
    n.dfeCode = coalesce(CASE WHEN newer THEN x.dfeCode END, n.dfeCode, x.dfeCode),
    n.ofstedUrn = coalesce(CASE WHEN newer THEN x.ofstedUrn END, n.ofstedUrn, x.ofstedUrn),
    n.kind = coalesce(CASE WHEN newer THEN x.kind END, n.kind, x.kind),
    n.region = coalesce(CASE WHEN newer THEN x.region END, n.region, x.region),
    n.abolished = coalesce(CASE WHEN newer THEN x.abolished END, n.abolished, x.abolished),
    n.statedAt = CASE WHEN newer THEN $ds.statedAt ELSE n.statedAt END
SET n.aliases = COLLECT { UNWIND names AS alias WITH DISTINCT alias WHERE alias <> n.name RETURN alias ORDER BY alias };

UNWIND $ds.authorities AS a
UNWIND a.successors AS successor
MATCH (old:Authority {id: a.id}), (new:Authority {id: successor})
MERGE (old)-[:SUCCEEDED_BY]->(new);

MATCH (a:Authority {id: $ds.inspection.authority}), (r:Report {id: $ds.report.id})
MERGE (x:Inspectorate {id: $ds.inspection.inspectorate.id})
SET x.name = $ds.inspection.inspectorate.name
MERGE (i:Inspection {id: $ds.inspection.id})
SET i = $ds.inspection.props, i.id = $ds.inspection.id
MERGE (i)-[:OF_AUTHORITY]->(a)
MERGE (i)-[:BY]->(x)
MERGE (i)-[:REPORTED_IN]->(r)
WITH i, a, x, r
OPTIONAL MATCH (i)-[old:OF_AUTHORITY|BY|REPORTED_IN]->(o)
WHERE NOT o IN [a, x, r]
DELETE old;

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (i)-[old:FOLLOWS_UP]->(e)
WHERE $ds.inspection.followsUp IS NULL OR e.id <> $ds.inspection.followsUp.inspection
DELETE old
WITH DISTINCT i
WHERE $ds.inspection.followsUp IS NOT NULL
MATCH (e:Inspection {id: $ds.inspection.followsUp.inspection})
MERGE (i)-[f:FOLLOWS_UP]->(e)
SET f.ref = $ds.inspection.followsUp.ref, f.quote = $ds.inspection.followsUp.quote;

UNWIND $ds.themes AS t
MERGE (n:Theme {id: t.id})
WITH n, t.props AS x, (n.statedAt IS NULL OR $ds.statedAt >= n.statedAt) AS newer
SET n.name = coalesce(CASE WHEN newer THEN x.name END, n.name, x.name),
    n.description = coalesce(CASE WHEN newer THEN x.description END, n.description, x.description),
    n.statedAt = CASE WHEN newer THEN $ds.statedAt ELSE n.statedAt END;

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (i)-[:JUDGED]->(old:Judgement)
WHERE NOT old.id IN [j IN $ds.judgements | j.id]
DETACH DELETE old
WITH DISTINCT i
UNWIND $ds.judgements AS j
MERGE (n:Judgement {id: j.id})
SET n = j.props, n.id = j.id
MERGE (i)-[:JUDGED]->(n);

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (p:Inspector)-[old:INSPECTED]->(i)
WHERE NOT p.id IN [x IN $ds.inspectors | x.id]
DELETE old
WITH DISTINCT i
UNWIND $ds.inspectors AS x
MERGE (p:Inspector {id: x.id})
SET p.name = x.name
MERGE (p)-[r:INSPECTED]->(i)
SET r = x.rel;

MATCH (i:Inspection {id: $ds.inspection.id})
UNWIND $ds.partners AS p
MERGE (n:Partner {id: p.id})
WITH i, p, n, p.props AS x, (n.statedAt IS NULL OR $ds.statedAt >= n.statedAt) AS newer,
     coalesce(n.aliases, []) + coalesce(n.name, []) + coalesce(p.props.aliases, []) + [p.props.name] AS names
SET n:Entity,
    n.name = CASE WHEN newer THEN x.name ELSE n.name END,
    n.sector = coalesce(CASE WHEN newer THEN x.sector END, n.sector, x.sector),
    n.statedAt = CASE WHEN newer THEN $ds.statedAt ELSE n.statedAt END
SET n.aliases = COLLECT { UNWIND names AS alias WITH DISTINCT alias WHERE alias <> n.name RETURN alias ORDER BY alias }
MERGE (i)-[m:MENTIONS]->(n)
SET m.ref = p.ref, m.quote = p.quote;

MATCH (i:Inspection {id: $ds.inspection.id})
UNWIND $ds.teams AS t
MATCH (a:Authority {id: t.authority})
MERGE (n:Team {id: t.id})
WITH i, a, t, n, t.props AS x, (n.statedAt IS NULL OR $ds.statedAt >= n.statedAt) AS newer,
     coalesce(n.aliases, []) + coalesce(n.name, []) + coalesce(t.props.aliases, []) + [t.props.name] AS names
SET n:Entity,
    n.name = CASE WHEN newer THEN x.name ELSE n.name END,
    n.kind = coalesce(CASE WHEN newer THEN x.kind END, n.kind, x.kind),
    n.authority = coalesce(CASE WHEN newer THEN x.authority END, n.authority, x.authority),
    n.statedAt = CASE WHEN newer THEN $ds.statedAt ELSE n.statedAt END
SET n.aliases = COLLECT { UNWIND names AS alias WITH DISTINCT alias WHERE alias <> n.name RETURN alias ORDER BY alias }
MERGE (a)-[:HAS_TEAM]->(n)
MERGE (i)-[m:MENTIONS]->(n)
SET m.ref = t.ref, m.quote = t.quote;

MATCH (i:Inspection {id: $ds.inspection.id})
UNWIND $ds.boards AS b
MERGE (n:Board {id: b.id})
WITH i, b, n, b.props AS x, (n.statedAt IS NULL OR $ds.statedAt >= n.statedAt) AS newer,
     coalesce(n.aliases, []) + coalesce(n.name, []) + coalesce(b.props.aliases, []) + [b.props.name] AS names
SET n:Entity,
    n.name = CASE WHEN newer THEN x.name ELSE n.name END,
    n.kind = coalesce(CASE WHEN newer THEN x.kind END, n.kind, x.kind),
    n.scope = coalesce(CASE WHEN newer THEN x.scope END, n.scope, x.scope),
    n.statedAt = CASE WHEN newer THEN $ds.statedAt ELSE n.statedAt END
SET n.aliases = COLLECT { UNWIND names AS alias WITH DISTINCT alias WHERE alias <> n.name RETURN alias ORDER BY alias }
MERGE (i)-[m:MENTIONS]->(n)
SET m.ref = b.ref, m.quote = b.quote;

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (member:Entity)-[old:MEMBER_OF {inspection: $ds.inspection.id}]->(board:Board)
WHERE NOT [member.id, board.id] IN $ds.memberPairs
DELETE old
WITH DISTINCT i
UNWIND $ds.boards AS b
UNWIND b.members AS m
MATCH (board:Board {id: b.id}), (member:Entity {id: m.member})
MERGE (member)-[r:MEMBER_OF {inspection: i.id}]->(board)
SET r.ref = m.ref, r.quote = m.quote, r.report = $ds.report.id;

MATCH (i:Inspection {id: $ds.inspection.id})-[old:MENTIONS]->(n)
WHERE NOT n.id IN $ds.mentioned
DELETE old;

UNWIND $ds.roles AS r
MATCH (a:Authority {id: r.authority})
MERGE (n:Role {id: r.id})
WITH a, r, n, r.props AS x, (n.statedAt IS NULL OR $ds.statedAt >= n.statedAt) AS newer,
     coalesce(n.aliases, []) + coalesce(n.title, []) + coalesce(r.props.aliases, []) + [r.props.title] AS names
SET n:Entity,
    n.title = CASE WHEN newer THEN x.title ELSE n.title END,
    n.kind = coalesce(CASE WHEN newer THEN x.kind END, n.kind, x.kind),
    n.authority = coalesce(CASE WHEN newer THEN x.authority END, n.authority, x.authority),
    n.statedAt = CASE WHEN newer THEN $ds.statedAt ELSE n.statedAt END
SET n.aliases = COLLECT { UNWIND names AS alias WITH DISTINCT alias WHERE alias <> n.title RETURN alias ORDER BY alias }
MERGE (a)-[:HAS_ROLE]->(n);

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (i)-[:NOTES]->(old:PostHolding)
WHERE NOT old.id IN [s IN $ds.spells | s.id]
DETACH DELETE old
WITH DISTINCT i
UNWIND $ds.spells AS s
MATCH (r:Role {id: s.role})
MERGE (n:PostHolding {id: s.id})
SET n = s.props, n.id = s.id
MERGE (i)-[:NOTES]->(n)
MERGE (n)-[:IN_ROLE]->(r)
WITH n, r
OPTIONAL MATCH (n)-[old:IN_ROLE]->(o)
WHERE o <> r
DELETE old;

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (i)-[:FOUND]->(old:Finding)
WHERE NOT old.id IN [f IN $ds.findings | f.id]
DETACH DELETE old
WITH DISTINCT i
UNWIND $ds.findings AS f
MERGE (n:Finding {id: f.id})
SET n = f.props, n.id = f.id
MERGE (i)-[:FOUND]->(n)
WITH n, f
OPTIONAL MATCH (n)-[old:ON_THEME|ABOUT]->(o)
WHERE NOT o.id IN f.themes + f.about
DELETE old
WITH DISTINCT n, f
CALL (n, f) {
  UNWIND f.themes AS t
  MATCH (theme:Theme {id: t})
  MERGE (n)-[:ON_THEME]->(theme)
}
CALL (n, f) {
  UNWIND f.about AS e
  MATCH (entity:Entity {id: e})
  MERGE (n)-[:ABOUT]->(entity)
};

MATCH (i:Inspection {id: $ds.inspection.id})
OPTIONAL MATCH (i)-[:RECOMMENDED]->(old:Recommendation)
WHERE NOT old.id IN [r IN $ds.recommendations | r.id]
DETACH DELETE old
WITH DISTINCT i
UNWIND $ds.recommendations AS r
MERGE (n:Recommendation {id: r.id})
SET n = r.props, n.id = r.id
MERGE (i)-[:RECOMMENDED]->(n)
WITH n, r
OPTIONAL MATCH (n)-[old:ON_THEME|ABOUT]->(o)
WHERE NOT o.id IN r.themes + r.about
DELETE old
WITH DISTINCT n, r
CALL (n, r) {
  UNWIND r.themes AS t
  MATCH (theme:Theme {id: t})
  MERGE (n)-[:ON_THEME]->(theme)
}
CALL (n, r) {
  UNWIND r.about AS e
  MATCH (entity:Entity {id: e})
  MERGE (n)-[:ABOUT]->(entity)
};
