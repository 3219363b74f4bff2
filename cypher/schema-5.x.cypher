// UprGraph: uniqueness constraints and indexes for Neo4j 5.x (and 4.4)
// Run once before loading by hand, e.g. cypher-shell -u neo4j < cypher/schema-5.x.cypher
// Generated from graph-schema/graph-schema.json by CypherDialect (a test keeps this file equal to it); do not edit.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stakeholder_id IF NOT EXISTS FOR (n:Stakeholder) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT law_id IF NOT EXISTS FOR (n:Law) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT treaty_id IF NOT EXISTS FOR (n:Treaty) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT issue_id IF NOT EXISTS FOR (n:Issue) REQUIRE n.id IS UNIQUE;
CREATE INDEX law_name IF NOT EXISTS FOR (n:Law) ON (n.name);
CREATE INDEX stakeholder_abbreviation IF NOT EXISTS FOR (n:Stakeholder) ON (n.abbreviation);
CREATE INDEX document_symbol IF NOT EXISTS FOR (n:Document) ON (n.symbol);
