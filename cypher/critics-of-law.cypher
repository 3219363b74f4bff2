// Who criticises a given law, and where does the summary say so? Every statement that criticises the law or one of its
// articles or recommends amending or repealing them, with the evidence sentence, paragraph, footnotes and document.
// Unattributed statements (no named source; their source is the document) are listed too, marked unattributed = true.
// Parameters: $law (the law's name, one of its aliases, or its id, e.g. "Criminal Code" or "law:KAZ:criminal-code").
MATCH (law:Law)
WHERE law.id = $law OR law.name = $law OR $law IN coalesce(law.aliases, [])
OPTIONAL MATCH (article:Article)-[:PART_OF]->(law)
WITH law, collect(article) + [law] AS targets
UNWIND targets AS target
MATCH (source)-[r:CRITICIZES|RECOMMENDS_AMENDING|RECOMMENDS_REPEALING]->(target)
RETURN law.name AS law, coalesce(source.abbreviation, source.name) AS critic, source.name AS criticName,
       type(r) AS relation, target.name AS about, r.document AS document, r.paragraph AS paragraph,
       r.evidence AS evidence, r.footnotes AS footnotes, coalesce(r.unattributed, false) AS unattributed
ORDER BY document, paragraph, critic
