namespace UprGraph.Neo4j;

/// <summary>The update counters Neo4j returns for one statement.</summary>
public sealed record CypherStats(
    int NodesCreated,
    int NodesDeleted,
    int RelationshipsCreated,
    int RelationshipsDeleted,
    int PropertiesSet,
    int ConstraintsAdded,
    int IndexesAdded)
{
    public static CypherStats None { get; } = new(0, 0, 0, 0, 0, 0, 0);
}
