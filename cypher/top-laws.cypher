// Which laws are criticised by the most stakeholders? Laws ranked by the number of distinct stakeholders that
// criticise them or recommend amending or repealing them (CRITICIZES, RECOMMENDS_AMENDING, RECOMMENDS_REPEALING);
// statements about a law's articles count for the law. Statements without a named source (unattributed) are left out.
// Critics: named organisations first, then joint submissions by number (JS2 before JS11).
// Ties: more statements first, then by id (the same order as UprGraph's GraphRankings.TopLaws and the CLI).
// Parameters: $limit (integer, e.g. 10).
MATCH (law:Law)
OPTIONAL MATCH (article:Article)-[:PART_OF]->(law)
WITH law, collect(article) + [law] AS targets
UNWIND targets AS target
MATCH (critic:Stakeholder)-[r:CRITICIZES|RECOMMENDS_AMENDING|RECOMMENDS_REPEALING]->(target)
WHERE coalesce(r.unattributed, false) = false
WITH law, critic, r
ORDER BY CASE WHEN critic.category = 'joint-submission' THEN 1 ELSE 0 END,
         CASE WHEN critic.category = 'joint-submission' THEN toInteger(substring(critic.abbreviation, 2)) END,
         toLower(coalesce(critic.abbreviation, critic.name)), critic.id
WITH law, count(r) AS statements, collect(DISTINCT critic) AS critics
RETURN law.id AS id, law.name AS law, law.year AS year, size(critics) AS critics, statements,
       [c IN critics | coalesce(c.abbreviation, c.name)] AS criticNames
ORDER BY critics DESC, statements DESC, id
LIMIT $limit
