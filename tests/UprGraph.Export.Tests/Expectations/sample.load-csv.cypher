// Builds the UprGraph graph from the CSV files of this folder with LOAD CSV (Neo4j 3.1 to 4.x as written).
// 1. Copy the *.csv files into the database's import folder (dbms.directories.import, usually <neo4j>/import).
// 2. Run: cypher-shell -u neo4j -p <password> < load-csv.cypher, or paste one statement at a time into Neo4j Browser.
// Re-running is safe: nodes merge on id, relationships on their id.
// Neo4j 3.x on Java 17: LOAD CSV fails ("cannot access class sun.net.www.protocol.http.HttpURLConnection") unless
//   neo4j.conf has dbms.jvm.additional=--add-exports=java.base/sun.net.www.protocol.<p>=ALL-UNNAMED for p in http, ftp, file, jar.
// Neo4j 5 writes constraints as: CREATE CONSTRAINT IF NOT EXISTS FOR (n:Law) REQUIRE n.id IS UNIQUE;
//   and indexes as: CREATE INDEX IF NOT EXISTS FOR (n:Law) ON (n.name);

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

// 1 Document nodes
LOAD CSV WITH HEADERS FROM 'file:///nodes-Document.csv' AS row
MERGE (n:Document {id: row.`id:ID`})
SET n.name = row.`name`,
    n.symbol = row.`symbol`,
    n.country = row.`country`,
    n.session = toInteger(row.`session:int`),
    n.cycle = toInteger(row.`cycle:int`),
    n.year = toInteger(row.`year:int`),
    n.file = row.`file`,
    n.encoding = row.`encoding`,
    n.warnings = split(row.`warnings:string[]`, ';'),
    n.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    n.why = row.`why`;

// 1 Country nodes
LOAD CSV WITH HEADERS FROM 'file:///nodes-Country.csv' AS row
MERGE (n:Country {id: row.`id:ID`})
SET n.name = row.`name`,
    n.code = row.`code`,
    n.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    n.why = row.`why`;

// 4 Stakeholder nodes
LOAD CSV WITH HEADERS FROM 'file:///nodes-Stakeholder.csv' AS row
MERGE (n:Stakeholder {id: row.`id:ID`})
SET n.name = row.`name`,
    n.abbreviation = row.`abbreviation`,
    n.aliases = split(row.`aliases:string[]`, ';'),
    n.category = row.`category`,
    n.document = row.`document`,
    n.critics = toInteger(row.`critics:int`),
    n.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    n.why = row.`why`;

// 3 Law nodes
LOAD CSV WITH HEADERS FROM 'file:///nodes-Law.csv' AS row
MERGE (n:Law {id: row.`id:ID`})
SET n.name = row.`name`,
    n.aliases = split(row.`aliases:string[]`, ';'),
    n.year = toInteger(row.`year:int`),
    n.country = row.`country`,
    n.proposed = CASE row.`proposed:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    n.draft = CASE row.`draft:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    n.critics = toInteger(row.`critics:int`),
    n.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    n.why = row.`why`;

// 2 Article nodes
LOAD CSV WITH HEADERS FROM 'file:///nodes-Article.csv' AS row
MERGE (n:Article {id: row.`id:ID`})
SET n.name = row.`name`,
    n.law = row.`law`,
    n.number = row.`number`,
    n.country = row.`country`,
    n.critics = toInteger(row.`critics:int`),
    n.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    n.why = row.`why`;

// 1 Treaty nodes
LOAD CSV WITH HEADERS FROM 'file:///nodes-Treaty.csv' AS row
MERGE (n:Treaty {id: row.`id:ID`})
SET n.name = row.`name`,
    n.aliases = split(row.`aliases:string[]`, ';'),
    n.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    n.why = row.`why`;

// 2 Issue nodes
LOAD CSV WITH HEADERS FROM 'file:///nodes-Issue.csv' AS row
MERGE (n:Issue {id: row.`id:ID`})
SET n.name = row.`name`,
    n.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    n.why = row.`why`;

// 4 CRITICIZES relationships
LOAD CSV WITH HEADERS FROM 'file:///relationships-CRITICIZES.csv' AS row
OPTIONAL MATCH (a0:Document {id: row.`:START_ID`})
OPTIONAL MATCH (a1:Stakeholder {id: row.`:START_ID`})
WITH row, coalesce(a0, a1) AS a
WHERE a IS NOT NULL
OPTIONAL MATCH (b0:Law {id: row.`:END_ID`})
OPTIONAL MATCH (b1:Article {id: row.`:END_ID`})
WITH row, a, coalesce(b0, b1) AS b
WHERE b IS NOT NULL
MERGE (a)-[r:CRITICIZES {id: row.id}]->(b)
SET r.document = row.`document`,
    r.paragraph = toInteger(row.`paragraph:int`),
    r.sentence = toInteger(row.`sentence:int`),
    r.evidence = row.`evidence`,
    r.footnotes = [x IN split(row.`footnotes:int[]`, ';') | toInteger(x)],
    r.cue = row.`cue`,
    r.via = row.`via`,
    r.actSpan = [x IN split(row.`actSpan:int[]`, ';') | toInteger(x)],
    r.cueSpan = [x IN split(row.`cueSpan:int[]`, ';') | toInteger(x)],
    r.unattributed = CASE row.`unattributed:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.issue = row.`issue`,
    r.weight = toInteger(row.`weight:int`),
    r.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.why = row.`why`;

// 1 RECOMMENDS_AMENDING relationships
LOAD CSV WITH HEADERS FROM 'file:///relationships-RECOMMENDS_AMENDING.csv' AS row
MATCH (a:Stakeholder {id: row.`:START_ID`})
MATCH (b:Law {id: row.`:END_ID`})
MERGE (a)-[r:RECOMMENDS_AMENDING {id: row.id}]->(b)
SET r.document = row.`document`,
    r.paragraph = toInteger(row.`paragraph:int`),
    r.sentence = toInteger(row.`sentence:int`),
    r.evidence = row.`evidence`,
    r.footnotes = [x IN split(row.`footnotes:int[]`, ';') | toInteger(x)],
    r.cue = row.`cue`,
    r.via = row.`via`,
    r.actSpan = [x IN split(row.`actSpan:int[]`, ';') | toInteger(x)],
    r.cueSpan = [x IN split(row.`cueSpan:int[]`, ';') | toInteger(x)],
    r.unattributed = CASE row.`unattributed:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.issue = row.`issue`,
    r.weight = toInteger(row.`weight:int`),
    r.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.why = row.`why`;

// 1 RECOMMENDS_REPEALING relationships
LOAD CSV WITH HEADERS FROM 'file:///relationships-RECOMMENDS_REPEALING.csv' AS row
MATCH (a:Stakeholder {id: row.`:START_ID`})
MATCH (b:Article {id: row.`:END_ID`})
MERGE (a)-[r:RECOMMENDS_REPEALING {id: row.id}]->(b)
SET r.document = row.`document`,
    r.paragraph = toInteger(row.`paragraph:int`),
    r.sentence = toInteger(row.`sentence:int`),
    r.evidence = row.`evidence`,
    r.footnotes = [x IN split(row.`footnotes:int[]`, ';') | toInteger(x)],
    r.cue = row.`cue`,
    r.via = row.`via`,
    r.actSpan = [x IN split(row.`actSpan:int[]`, ';') | toInteger(x)],
    r.cueSpan = [x IN split(row.`cueSpan:int[]`, ';') | toInteger(x)],
    r.unattributed = CASE row.`unattributed:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.issue = row.`issue`,
    r.weight = toInteger(row.`weight:int`),
    r.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.why = row.`why`;

// 1 RECOMMENDS_ADOPTING relationships
LOAD CSV WITH HEADERS FROM 'file:///relationships-RECOMMENDS_ADOPTING.csv' AS row
MATCH (a:Stakeholder {id: row.`:START_ID`})
MATCH (b:Law {id: row.`:END_ID`})
MERGE (a)-[r:RECOMMENDS_ADOPTING {id: row.id}]->(b)
SET r.document = row.`document`,
    r.paragraph = toInteger(row.`paragraph:int`),
    r.sentence = toInteger(row.`sentence:int`),
    r.evidence = row.`evidence`,
    r.footnotes = [x IN split(row.`footnotes:int[]`, ';') | toInteger(x)],
    r.cue = row.`cue`,
    r.via = row.`via`,
    r.actSpan = [x IN split(row.`actSpan:int[]`, ';') | toInteger(x)],
    r.cueSpan = [x IN split(row.`cueSpan:int[]`, ';') | toInteger(x)],
    r.unattributed = CASE row.`unattributed:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.issue = row.`issue`,
    r.weight = toInteger(row.`weight:int`),
    r.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.why = row.`why`;

// 1 RECOMMENDS_RATIFYING relationships
LOAD CSV WITH HEADERS FROM 'file:///relationships-RECOMMENDS_RATIFYING.csv' AS row
MATCH (a:Stakeholder {id: row.`:START_ID`})
MATCH (b:Treaty {id: row.`:END_ID`})
MERGE (a)-[r:RECOMMENDS_RATIFYING {id: row.id}]->(b)
SET r.document = row.`document`,
    r.paragraph = toInteger(row.`paragraph:int`),
    r.sentence = toInteger(row.`sentence:int`),
    r.evidence = row.`evidence`,
    r.footnotes = [x IN split(row.`footnotes:int[]`, ';') | toInteger(x)],
    r.cue = row.`cue`,
    r.via = row.`via`,
    r.actSpan = [x IN split(row.`actSpan:int[]`, ';') | toInteger(x)],
    r.cueSpan = [x IN split(row.`cueSpan:int[]`, ';') | toInteger(x)],
    r.unattributed = CASE row.`unattributed:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.issue = row.`issue`,
    r.weight = toInteger(row.`weight:int`),
    r.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.why = row.`why`;

// 1 RAISES relationships
LOAD CSV WITH HEADERS FROM 'file:///relationships-RAISES.csv' AS row
MATCH (a:Stakeholder {id: row.`:START_ID`})
MATCH (b:Issue {id: row.`:END_ID`})
MERGE (a)-[r:RAISES {id: row.id}]->(b)
SET r.document = row.`document`,
    r.paragraph = toInteger(row.`paragraph:int`),
    r.sentence = toInteger(row.`sentence:int`),
    r.evidence = row.`evidence`,
    r.footnotes = [x IN split(row.`footnotes:int[]`, ';') | toInteger(x)],
    r.cue = row.`cue`,
    r.via = row.`via`,
    r.actSpan = [x IN split(row.`actSpan:int[]`, ';') | toInteger(x)],
    r.cueSpan = [x IN split(row.`cueSpan:int[]`, ';') | toInteger(x)],
    r.unattributed = CASE row.`unattributed:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.issue = row.`issue`,
    r.weight = toInteger(row.`weight:int`),
    r.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.why = row.`why`;

// 2 PART_OF relationships
LOAD CSV WITH HEADERS FROM 'file:///relationships-PART_OF.csv' AS row
MATCH (a:Article {id: row.`:START_ID`})
MATCH (b:Law {id: row.`:END_ID`})
MERGE (a)-[r:PART_OF {id: row.id}]->(b)
SET r.document = row.`document`,
    r.paragraph = toInteger(row.`paragraph:int`),
    r.sentence = toInteger(row.`sentence:int`),
    r.evidence = row.`evidence`,
    r.footnotes = [x IN split(row.`footnotes:int[]`, ';') | toInteger(x)],
    r.cue = row.`cue`,
    r.via = row.`via`,
    r.actSpan = [x IN split(row.`actSpan:int[]`, ';') | toInteger(x)],
    r.cueSpan = [x IN split(row.`cueSpan:int[]`, ';') | toInteger(x)],
    r.unattributed = CASE row.`unattributed:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.issue = row.`issue`,
    r.weight = toInteger(row.`weight:int`),
    r.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.why = row.`why`;

// 1 MEMBER_OF relationships
LOAD CSV WITH HEADERS FROM 'file:///relationships-MEMBER_OF.csv' AS row
MATCH (a:Stakeholder {id: row.`:START_ID`})
MATCH (b:Stakeholder {id: row.`:END_ID`})
MERGE (a)-[r:MEMBER_OF {id: row.id}]->(b)
SET r.document = row.`document`,
    r.paragraph = toInteger(row.`paragraph:int`),
    r.sentence = toInteger(row.`sentence:int`),
    r.evidence = row.`evidence`,
    r.footnotes = [x IN split(row.`footnotes:int[]`, ';') | toInteger(x)],
    r.cue = row.`cue`,
    r.via = row.`via`,
    r.actSpan = [x IN split(row.`actSpan:int[]`, ';') | toInteger(x)],
    r.cueSpan = [x IN split(row.`cueSpan:int[]`, ';') | toInteger(x)],
    r.unattributed = CASE row.`unattributed:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.issue = row.`issue`,
    r.weight = toInteger(row.`weight:int`),
    r.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.why = row.`why`;

// 1 REVIEWS relationships
LOAD CSV WITH HEADERS FROM 'file:///relationships-REVIEWS.csv' AS row
MATCH (a:Document {id: row.`:START_ID`})
MATCH (b:Country {id: row.`:END_ID`})
MERGE (a)-[r:REVIEWS {id: row.id}]->(b)
SET r.document = row.`document`,
    r.paragraph = toInteger(row.`paragraph:int`),
    r.sentence = toInteger(row.`sentence:int`),
    r.evidence = row.`evidence`,
    r.footnotes = [x IN split(row.`footnotes:int[]`, ';') | toInteger(x)],
    r.cue = row.`cue`,
    r.via = row.`via`,
    r.actSpan = [x IN split(row.`actSpan:int[]`, ';') | toInteger(x)],
    r.cueSpan = [x IN split(row.`cueSpan:int[]`, ';') | toInteger(x)],
    r.unattributed = CASE row.`unattributed:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.issue = row.`issue`,
    r.weight = toInteger(row.`weight:int`),
    r.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.why = row.`why`;

// 2 LAW_OF relationships
LOAD CSV WITH HEADERS FROM 'file:///relationships-LAW_OF.csv' AS row
MATCH (a:Law {id: row.`:START_ID`})
MATCH (b:Country {id: row.`:END_ID`})
MERGE (a)-[r:LAW_OF {id: row.id}]->(b)
SET r.document = row.`document`,
    r.paragraph = toInteger(row.`paragraph:int`),
    r.sentence = toInteger(row.`sentence:int`),
    r.evidence = row.`evidence`,
    r.footnotes = [x IN split(row.`footnotes:int[]`, ';') | toInteger(x)],
    r.cue = row.`cue`,
    r.via = row.`via`,
    r.actSpan = [x IN split(row.`actSpan:int[]`, ';') | toInteger(x)],
    r.cueSpan = [x IN split(row.`cueSpan:int[]`, ';') | toInteger(x)],
    r.unattributed = CASE row.`unattributed:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.issue = row.`issue`,
    r.weight = toInteger(row.`weight:int`),
    r.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.why = row.`why`;

// 2 SUBMITTED_TO relationships
LOAD CSV WITH HEADERS FROM 'file:///relationships-SUBMITTED_TO.csv' AS row
MATCH (a:Stakeholder {id: row.`:START_ID`})
MATCH (b:Document {id: row.`:END_ID`})
MERGE (a)-[r:SUBMITTED_TO {id: row.id}]->(b)
SET r.document = row.`document`,
    r.paragraph = toInteger(row.`paragraph:int`),
    r.sentence = toInteger(row.`sentence:int`),
    r.evidence = row.`evidence`,
    r.footnotes = [x IN split(row.`footnotes:int[]`, ';') | toInteger(x)],
    r.cue = row.`cue`,
    r.via = row.`via`,
    r.actSpan = [x IN split(row.`actSpan:int[]`, ';') | toInteger(x)],
    r.cueSpan = [x IN split(row.`cueSpan:int[]`, ';') | toInteger(x)],
    r.unattributed = CASE row.`unattributed:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.issue = row.`issue`,
    r.weight = toInteger(row.`weight:int`),
    r.curated = CASE row.`curated:boolean` WHEN 'true' THEN true WHEN 'false' THEN false END,
    r.why = row.`why`;
