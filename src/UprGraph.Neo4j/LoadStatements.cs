using UprGraph.Model;

namespace UprGraph.Neo4j;

/// <summary>
/// The Cypher text of a load. Labels and types come from the schema (<see cref="CypherNames"/>); every value is a parameter.
/// Nodes and relationships written in a load are found again by Neo4j's own id, through <c>id()</c> (3.x, 4.x: a number)
/// or <c>elementId()</c> (5.x and later: a string); the rest of the text is the same on every generation.
/// </summary>
internal sealed class LoadStatements(string internalId)
{
    /// <summary>
    /// Rows are the nodes' property maps (with <c>id</c>); <c>SET n = row</c> also removes properties no longer set.
    /// Returns the count, and each node's id with its Neo4j internal id (two lists in the same order) for the relationships.
    /// </summary>
    public string MergeNodes(NodeKind kind) =>
        $"UNWIND $rows AS row MERGE (n:{CypherNames.Label(kind)} {{id: row.id}}) SET n = row {NodesWritten}";

    /// <summary>As <see cref="MergeNodes"/> for a label the database has no node of (the uniqueness constraint still guards it).</summary>
    public string CreateNodes(NodeKind kind) =>
        $"UNWIND $rows AS row CREATE (n:{CypherNames.Label(kind)}) SET n = row {NodesWritten}";

    /// <summary>How many nodes of a label the database has (from Neo4j's count store: no scan).</summary>
    public static string CountNodes(NodeKind kind) =>
        $"MATCH (n:{CypherNames.Label(kind)}) RETURN count(n) AS count";

    /// <summary>
    /// Rows are <c>{a: source, b: target, p: property map with id}</c>, the ends given by the Neo4j internal ids their node
    /// statements returned in this load: a seek by internal id costs a record read, where a seek by <c>id</c> goes through
    /// the uniqueness constraint's index (on 3.1 a Lucene lookup; the relationships load about half again as fast).
    /// The label filters keep a relationship off a node of another label should an internal id have been reused.
    /// </summary>
    public string MergeRelationships(string type, NodeKind source, NodeKind target) =>
        $"{MatchEnds(source, target)} MERGE (a)-[r:{CypherNames.RelationshipType(type)} {{id: row.p.id}}]->(b) SET r = row.p RETURN count(r) AS written";

    /// <summary>
    /// As <see cref="MergeRelationships"/> but without looking for an existing relationship: only for a type the database
    /// has none of before the load (each edge id occurs once in a graph), where it is about a third faster.
    /// </summary>
    public string CreateRelationships(string type, NodeKind source, NodeKind target) =>
        $"{MatchEnds(source, target)} CREATE (a)-[r:{CypherNames.RelationshipType(type)}]->(b) SET r = row.p RETURN count(r) AS written";

    /// <summary>How many relationships of a type the database has (from Neo4j's count store: no scan).</summary>
    public static string CountRelationships(string type) =>
        $"MATCH ()-[r:{CypherNames.RelationshipType(type)}]->() RETURN count(r) AS count";

    /// <summary>Neo4j's own id of <paramref name="variable"/>: <c>id(r)</c> or <c>elementId(r)</c>.</summary>
    public string InternalIdOf(string variable) => $"{internalId}({variable})";

    public string DeleteRelationships =>
        $"MATCH ()-[r]->() WHERE {internalId}(r) IN $ids DELETE r RETURN count(*) AS deleted";

    /// <summary>
    /// For each node of <c>$ids</c>: how many relationships still tie it to a document (a statement read from one, a
    /// SUBMITTED_TO, a MEMBER_OF, a statement about one of its articles). Rows: id, ties.
    /// </summary>
    public static string DocumentTies(NodeKind kind) =>
        $"UNWIND $ids AS id MATCH (n:{CypherNames.Label(kind)} {{id: id}}) "
        + "OPTIONAL MATCH (n)-[r]-() WHERE r.document IS NOT NULL OR type(r) IN ['SUBMITTED_TO', 'MEMBER_OF'] "
        + "WITH n, count(r) AS own "
        + "OPTIONAL MATCH (n)<-[:PART_OF]-(:Article)-[s]-() WHERE s.document IS NOT NULL "
        + "RETURN n.id AS id, own + count(s) AS ties";

    public static string DeleteNodes(NodeKind kind) =>
        $"UNWIND $ids AS id MATCH (n:{CypherNames.Label(kind)} {{id: id}}) DETACH DELETE n RETURN count(*) AS deleted";

    /// <summary>
    /// Sets <c>critics</c> of the nodes of <c>$ids</c> from the database: for laws and articles the distinct stakeholders
    /// with a critical, attributed statement about them (a law's articles included), for stakeholders the distinct
    /// targets of theirs; none removes the property.
    /// </summary>
    public static string RecountCritics(NodeKind kind)
    {
        var critical = string.Join("|", RelationTypes.Critical.Select(CypherNames.RelationshipType));
        var match = $"UNWIND $ids AS id MATCH (n:{CypherNames.Label(kind)} {{id: id}}) ";
        var count = kind switch
        {
            NodeKind.Law => "OPTIONAL MATCH (a:Article)-[:PART_OF]->(n) WITH n, collect(a) + [n] AS targets UNWIND targets AS t "
                + $"OPTIONAL MATCH (s:Stakeholder)-[r:{critical}]->(t) WHERE coalesce(r.unattributed, false) = false WITH n, count(DISTINCT s) AS critics ",
            NodeKind.Article => $"OPTIONAL MATCH (s:Stakeholder)-[r:{critical}]->(n) WHERE coalesce(r.unattributed, false) = false WITH n, count(DISTINCT s) AS critics ",
            _ => $"OPTIONAL MATCH (n)-[r:{critical}]->(t) WHERE coalesce(r.unattributed, false) = false WITH n, count(DISTINCT t) AS critics ",
        };
        return match + count + "SET n.critics = CASE WHEN critics > 0 THEN critics END RETURN count(n) AS written";
    }

    private string NodesWritten => $"RETURN count(n) AS written, collect(row.id) AS ids, collect({internalId}(n)) AS internal";

    /// <summary>A Neo4j internal id as the server gave it: a number from <c>id()</c>, a string from <c>elementId()</c>.</summary>
    public static object ReadInternalId(System.Text.Json.JsonElement value) =>
        value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString()! : value.GetInt64();

    private string MatchEnds(NodeKind source, NodeKind target) =>
        $"UNWIND $rows AS row MATCH (a:{CypherNames.Label(source)}) WHERE {internalId}(a) = row.a MATCH (b:{CypherNames.Label(target)}) WHERE {internalId}(b) = row.b";
}
