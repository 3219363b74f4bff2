// Which stakeholders criticise the same laws? Pairs of stakeholders that both criticise, or recommend amending or
// repealing, the same laws (an article's criticism counts for its law), with the laws they share.
// Unattributed statements are left out.
// Parameters: $minShared (integer: the fewest laws a pair must share, e.g. 1), $limit (integer, e.g. 25).
MATCH (critic:Stakeholder)-[r:CRITICIZES|RECOMMENDS_AMENDING|RECOMMENDS_REPEALING]->(target)
WHERE coalesce(r.unattributed, false) = false AND (target:Law OR target:Article)
OPTIONAL MATCH (target)-[:PART_OF]->(parent:Law)
WITH DISTINCT critic, coalesce(parent, target) AS law
WITH law, collect(critic) AS critics
UNWIND critics AS a
UNWIND critics AS b
WITH a, b, law
WHERE a.id < b.id
WITH a, b, law
ORDER BY law.name
WITH a, b, collect(law.name) AS laws
WHERE size(laws) >= $minShared
RETURN coalesce(a.abbreviation, a.name) AS stakeholder1, coalesce(b.abbreviation, b.name) AS stakeholder2,
       size(laws) AS sharedLaws, laws
ORDER BY sharedLaws DESC, stakeholder1, stakeholder2
LIMIT $limit
