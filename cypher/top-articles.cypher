// Which articles are criticised by the most stakeholders? Articles ranked by the number of distinct stakeholders that
// criticise them or recommend amending or repealing them; unattributed statements are left out.
// Critics: named organisations first, then joint submissions by number (JS2 before JS11).
// Critics: named organisations first, then joint submissions by number (JS2 before JS11).
// Ties: more statements first, then by id (as GraphRankings.TopArticles).
// Parameters: $limit (integer, e.g. 10).
MATCH (critic:Stakeholder)-[r:CRITICIZES|RECOMMENDS_AMENDING|RECOMMENDS_REPEALING]->(article:Article)
WHERE coalesce(r.unattributed, false) = false
OPTIONAL MATCH (article)-[:PART_OF]->(law:Law)
WITH article, law, critic, r
ORDER BY CASE WHEN critic.category = 'joint-submission' THEN 1 ELSE 0 END,
         CASE WHEN critic.category = 'joint-submission' THEN toInteger(substring(critic.abbreviation, 2)) END,
         toLower(coalesce(critic.abbreviation, critic.name)), critic.id
WITH article, law, count(r) AS statements, collect(DISTINCT critic) AS critics
RETURN article.id AS id, article.name AS article, law.name AS law, size(critics) AS critics, statements,
       [c IN critics | coalesce(c.abbreviation, c.name)] AS criticNames
ORDER BY critics DESC, statements DESC, id
LIMIT $limit
