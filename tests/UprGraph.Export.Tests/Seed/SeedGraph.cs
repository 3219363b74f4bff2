using UprGraph.Graph;

namespace UprGraph.Export.Tests.Seed;

/// <summary>The graph the extraction pipeline builds from the seed document seeds/A-HRC-WG.6-34-KAZ-3.txt.</summary>
internal static class SeedGraph
{
    public const string File = "seeds/A-HRC-WG.6-34-KAZ-3.txt";

    private static readonly Lazy<KnowledgeGraph> s_graph = new(() => new ExtractionPipelineBuilder().Build().ExtractFile(RepositoryFiles.Path(File)));

    /// <summary>The extracted graph; asserts it is not empty, so a sink test cannot pass on nothing.</summary>
    public static KnowledgeGraph Extract()
    {
        var graph = s_graph.Value;
        Assert.True(graph.Nodes.Count > 0 && graph.Edges.Count > 0, $"The pipeline extracted an empty graph from {File}.");
        return graph;
    }
}
