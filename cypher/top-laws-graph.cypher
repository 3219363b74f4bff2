// The top laws as a picture (for Neo4j Browser's graph view): the $limit laws with the most distinct critics, as in
// top-laws.cypher, with the stakeholders that criticise them or their articles, and those relationships.
// Parameters: $limit (integer, e.g. 5). In Neo4j Browser, replace $limit by a number (or set it with :param on 3.2+).
MATCH (law:Law)
OPTIONAL MATCH (article:Article)-[:PART_OF]->(law)
WITH law, collect(article) + [law] AS targets
UNWIND targets AS target
MATCH (critic:Stakeholder)-[r:CRITICIZES|RECOMMENDS_AMENDING|RECOMMENDS_REPEALING]->(target)
WHERE coalesce(r.unattributed, false) = false
WITH law, count(r) AS statements, count(DISTINCT critic) AS critics
ORDER BY critics DESC, statements DESC, law.id
LIMIT $limit
OPTIONAL MATCH (article:Article)-[:PART_OF]->(law)
WITH law, collect(article) + [law] AS targets
UNWIND targets AS target
MATCH statement = (critic:Stakeholder)-[r:CRITICIZES|RECOMMENDS_AMENDING|RECOMMENDS_REPEALING]->(target)
WHERE coalesce(r.unattributed, false) = false
OPTIONAL MATCH part = (target)-[:PART_OF]->(law)
RETURN statement, part
