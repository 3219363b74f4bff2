namespace UprGraph.Neo4j;

/// <summary>What a load did.</summary>
/// <param name="ServerVersion">The Neo4j version loaded into.</param>
/// <param name="NodesWritten">Nodes merged (created or updated).</param>
/// <param name="NodesCreated">Of those, nodes that were new.</param>
/// <param name="RelationshipsWritten">Relationships merged (created or updated).</param>
/// <param name="RelationshipsCreated">Of those, relationships that were new.</param>
/// <param name="StaleRelationshipsDeleted">Relationships of the loaded documents that an earlier load wrote and this graph no longer has.</param>
/// <param name="Batches">Transactions committed (schema, node, deletion and relationship batches).</param>
/// <param name="Elapsed">Wall time of the whole load.</param>
public sealed record LoadReport(
    string ServerVersion,
    int NodesWritten,
    int NodesCreated,
    int RelationshipsWritten,
    int RelationshipsCreated,
    int StaleRelationshipsDeleted,
    int Batches,
    TimeSpan Elapsed)
{
    /// <summary>Nodes only the loaded documents gave that their new graph no longer has (merged away by a curation file).</summary>
    public int StaleNodesDeleted { get; init; }

    public double RelationshipsPerSecond => Elapsed > TimeSpan.Zero ? RelationshipsWritten / Elapsed.TotalSeconds : 0;
}
