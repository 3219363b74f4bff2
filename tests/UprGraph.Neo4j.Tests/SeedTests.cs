using UprGraph.Graph;

namespace UprGraph.Neo4j.Tests;

/// <summary>
/// The seed summary (A/HRC/WG.6/34/KAZ/3) through the real pipeline into Neo4j. These fail until the extractor
/// produces a graph: an empty seed graph would prove nothing.
/// </summary>
[Collection(Neo4jTests.Name)]
public sealed class SeedTests(Neo4jServer server) : IAsyncLifetime
{
    private static readonly Lazy<KnowledgeGraph> s_seed = new(() =>
        new ExtractionPipelineBuilder().Build().ExtractFile(RepoRoot.File("seeds", "A-HRC-WG.6-34-KAZ-3.txt")));

    public async Task InitializeAsync() => await server.ClearAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Seed_graph_lands_in_neo4j_with_every_node_relationship_and_property()
    {
        var graph = s_seed.Value;
        Assert.True(graph.Edges.Count > 0, "The seed's graph is empty: the extractor has not landed yet.");
        using var client = server.NewClient();

        var report = await new GraphLoader(client).LoadAsync(graph);

        var actual = await GraphSnapshot.ReadAsync(client);
        var expected = GraphSnapshot.Of(graph);
        Assert.Equal((graph.Nodes.Count, graph.Edges.Count), (report.NodesCreated, report.RelationshipsCreated));
        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(expected.Relationships, actual.Relationships);
    }

    [Fact]
    public async Task Top_laws_query_on_the_seed_agrees_with_the_rankings()
    {
        var graph = s_seed.Value;
        var expected = GraphRankings.TopLaws(graph, 10);
        Assert.True(expected.Count > 0, "The seed has no criticised law: the extractor has not landed yet.");
        using var client = server.NewClient();
        await new GraphLoader(client).LoadAsync(graph);

        var rows = (await client.RunAsync([QueryFiles.Statement("top-laws.cypher")]))[0];

        Assert.Equal(
            expected.Select(r => $"{r.Node.Id} {r.Count} {r.Statements}"),
            Enumerable.Range(0, rows.Rows.Count).Select(i =>
                $"{rows.Value(i, "id").GetString()} {rows.Value(i, "critics").GetInt32()} {rows.Value(i, "statements").GetInt32()}"));
    }
}
