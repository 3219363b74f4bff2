// Which laws are criticised review after review? Laws criticised, or recommended for amendment or repeal, in at least
// $minDocuments summaries (an article's criticism counts for its law), with those documents, the year of the first one
// and the number of distinct critics. Unattributed statements are left out.
// Parameters: $minDocuments (integer, e.g. 2 for "more than one document").
MATCH (critic:Stakeholder)-[r:CRITICIZES|RECOMMENDS_AMENDING|RECOMMENDS_REPEALING]->(target)
WHERE coalesce(r.unattributed, false) = false AND (target:Law OR target:Article) AND r.document IS NOT NULL
OPTIONAL MATCH (target)-[:PART_OF]->(parent:Law)
WITH coalesce(parent, target) AS law, r.document AS symbol, critic
OPTIONAL MATCH (document:Document {symbol: symbol})
WITH law, symbol, document.year AS year, critic
ORDER BY symbol
WITH law, collect(DISTINCT symbol) AS documents, min(year) AS firstYear, count(DISTINCT critic) AS critics
WHERE size(documents) >= $minDocuments
RETURN law.id AS id, law.name AS law, size(documents) AS documentCount, firstYear, critics, documents
ORDER BY documentCount DESC, critics DESC, id
