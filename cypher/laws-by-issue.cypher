// Which laws are criticised under which issue? For each thematic heading (Issue) the laws criticised, or recommended
// for amendment or repeal, in the paragraphs under it (an article's criticism counts for its law), with the number of
// distinct critics and of statements. Unattributed statements are left out.
// Parameters: $issue (an issue's name or id, e.g. "Freedom of opinion and expression"; null for every issue).
MATCH (issue:Issue)
WHERE $issue IS NULL OR issue.id = $issue OR issue.name = $issue
MATCH (critic:Stakeholder)-[r:CRITICIZES|RECOMMENDS_AMENDING|RECOMMENDS_REPEALING]->(target)
WHERE r.issue = issue.id AND coalesce(r.unattributed, false) = false AND (target:Law OR target:Article)
OPTIONAL MATCH (target)-[:PART_OF]->(parent:Law)
WITH issue, coalesce(parent, target) AS law, critic, r
RETURN issue.name AS issue, law.id AS id, law.name AS law, count(DISTINCT critic) AS critics, count(r) AS statements
ORDER BY issue, critics DESC, statements DESC, id
