using System.Text.RegularExpressions;

namespace UprGraph.Neo4j.Tests;

/// <summary>The loader on a Neo4j 5 server: nodes give back element ids, and relationships find their ends by them.</summary>
public sealed partial class ElementIdLoadTests
{
    [Fact]
    public async Task On_neo4j_5_every_relationship_is_matched_by_the_element_ids_its_node_statements_returned()
    {
        // Arrange
        var graph = SampleGraph.Build();
        var server = new ElementIdServer();

        // Act
        var report = await new GraphLoader(server, batchSize: 3).LoadAsync(graph);

        // Assert
        Assert.Equal(graph.Nodes.Count, report.NodesWritten);
        Assert.Equal(graph.Edges.Count, report.RelationshipsWritten);
        Assert.Equal(graph.Edges.Count, server.Relationships);
        Assert.DoesNotContain(server.Statements, s => LegacyId().IsMatch(s));
    }

    [GeneratedRegex(@"\bid\(")]
    private static partial Regex LegacyId();
}
