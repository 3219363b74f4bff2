// UprGraph: uniqueness constraints and indexes for Neo4j 3.x
// Run once before loading by hand, e.g. cypher-shell -u neo4j < cypher/schema-3.x.cypher
// Generated from graph-schema/graph-schema.json by CypherDialect (a test keeps this file equal to it); do not edit.
CREATE CONSTRAINT ON (n:Document) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Country) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Stakeholder) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Law) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Article) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Treaty) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Issue) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Law(name);
CREATE INDEX ON :Stakeholder(abbreviation);
CREATE INDEX ON :Document(symbol);
