using UprGraph.Model;

namespace UprGraph.Neo4j;

/// <summary>
/// The Cypher text of a load. Labels and types come from the schema (<see cref="CypherNames"/>); every value is a parameter.
/// The same text works on Neo4j 3.x, 4.4 and 5.x.
/// </summary>
internal static class LoadStatements
{
    /// <summary>Rows are the nodes' property maps (with <c>id</c>); <c>SET n = row</c> also removes properties no longer set.</summary>
    public static string MergeNodes(NodeKind kind) =>
        $"UNWIND $rows AS row MERGE (n:{CypherNames.Label(kind)} {{id: row.id}}) SET n = row RETURN count(n) AS written";

    /// <summary>Rows are <c>{s: source id, t: target id, p: property map with id}</c>; both ends are matched by label and id.</summary>
    public static string MergeRelationships(string type, NodeKind source, NodeKind target) =>
        $"UNWIND $rows AS row MATCH (a:{CypherNames.Label(source)} {{id: row.s}}) MATCH (b:{CypherNames.Label(target)} {{id: row.t}}) "
        + $"MERGE (a)-[r:{CypherNames.RelationshipType(type)} {{id: row.p.id}}]->(b) SET r = row.p RETURN count(r) AS written";

    /// <summary>The relationships an earlier load wrote for these documents: internal id and UprGraph id.</summary>
    public const string RelationshipsOfDocuments =
        "MATCH ()-[r]->() WHERE r.document IN $documents RETURN id(r) AS internal, r.id AS id";

    public const string DeleteRelationships =
        "MATCH ()-[r]->() WHERE id(r) IN $ids DELETE r RETURN count(*) AS deleted";
}
