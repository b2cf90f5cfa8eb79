// schema: constraints and indexes of the governance graph.
// Applied at every start-up; every statement is IF NOT EXISTS, so running it again changes nothing.

// Keys: every node kind has a unique id (community edition: uniqueness constraints, which also index).
CREATE CONSTRAINT authority_id IF NOT EXISTS FOR (n:Authority) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT authority_ons IF NOT EXISTS FOR (n:Authority) REQUIRE n.onsCode IS UNIQUE;
CREATE CONSTRAINT inspectorate_id IF NOT EXISTS FOR (n:Inspectorate) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT inspection_id IF NOT EXISTS FOR (n:Inspection) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT judgement_id IF NOT EXISTS FOR (n:Judgement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT inspector_id IF NOT EXISTS FOR (n:Inspector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT finding_id IF NOT EXISTS FOR (n:Finding) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT recommendation_id IF NOT EXISTS FOR (n:Recommendation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT board_id IF NOT EXISTS FOR (n:Board) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT team_id IF NOT EXISTS FOR (n:Team) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partner_id IF NOT EXISTS FOR (n:Partner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT post_holding_id IF NOT EXISTS FOR (n:PostHolding) REQUIRE n.id IS UNIQUE;
// Entity: the shared label of everything a finding can be about (Authority, Board, Team, Role, Partner).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Lookups the questions need.
CREATE INDEX authority_name IF NOT EXISTS FOR (n:Authority) ON (n.name);
CREATE INDEX inspection_fieldwork IF NOT EXISTS FOR (n:Inspection) ON (n.fieldworkStart);
CREATE INDEX finding_polarity IF NOT EXISTS FOR (n:Finding) ON (n.polarity);
CREATE INDEX finding_inspection IF NOT EXISTS FOR (n:Finding) ON (n.inspection);
CREATE INDEX recommendation_inspection IF NOT EXISTS FOR (n:Recommendation) ON (n.inspection);
CREATE INDEX post_holding_start IF NOT EXISTS FOR (n:PostHolding) ON (n.start);
CREATE INDEX partner_sector IF NOT EXISTS FOR (n:Partner) ON (n.sector);
CREATE INDEX board_kind IF NOT EXISTS FOR (n:Board) ON (n.kind);

// Full-text search over what the reports say.
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Finding|Recommendation) ON EACH [n.text];

// A board membership is stated by an inspection: the loader finds an inspection's memberships by it.
CREATE INDEX member_of_inspection IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.inspection);
