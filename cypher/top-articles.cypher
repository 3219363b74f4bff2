// Which articles are criticised by the most stakeholders? Articles ranked by the number of distinct stakeholders that
// criticise them or recommend amending or repealing them; unattributed statements are left out.
// Ties: more statements first, then by id (as GraphRankings.TopArticles).
// Parameters: $limit (integer, e.g. 10).
MATCH (critic:Stakeholder)-[r:CRITICIZES|RECOMMENDS_AMENDING|RECOMMENDS_REPEALING]->(article:Article)
WHERE coalesce(r.unattributed, false) = false
OPTIONAL MATCH (article)-[:PART_OF]->(law:Law)
WITH article, law, critic, r
ORDER BY critic.id
WITH article, law, count(r) AS statements, collect(DISTINCT critic) AS critics
RETURN article.id AS id, article.name AS article, law.name AS law, size(critics) AS critics, statements,
       [c IN critics | coalesce(c.abbreviation, c.name)] AS criticNames
ORDER BY critics DESC, statements DESC, id
LIMIT $limit
