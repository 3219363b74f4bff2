namespace UprGraph.Neo4j.Tests;

/// <summary>The tests that share one Neo4j server; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jTests : ICollectionFixture<Neo4jServer>
{
    public const string Name = "neo4j";
}
