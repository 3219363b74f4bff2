using UprGraph.Export.GraphML;
using UprGraph.Export.Tests.Readers;

namespace UprGraph.Export.Tests.GraphML;

/// <summary>The GraphML of the sample graph read by real readers: networkx 2.8.8 and python-igraph 0.10.2.</summary>
public sealed class GraphMLReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Networkx_reads_every_node_and_edge_with_typed_values()
    {
        // Arrange
        var graph = SampleGraph.Build();
        var file = _folder.File("graph.graphml");
        new GraphMLWriter().WriteFile(graph, file);

        // Act
        var output = PythonReader.AssertReads("networkx-graphml", file, ExpectedValues.GraphML(graph));

        // Assert
        Assert.Contains("MultiDiGraph", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Igraph_reads_every_node_and_edge_with_the_same_values()
    {
        // Arrange
        var graph = SampleGraph.Build();
        var file = _folder.File("graph.graphml");
        new GraphMLWriter().WriteFile(graph, file);

        // Act
        var output = PythonReader.AssertReads("igraph-graphml", file, ExpectedValues.GraphML(graph));

        // Assert
        Assert.Contains("directed=True", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reader_check_fails_when_a_value_differs()
    {
        // Arrange: expect a year the file does not hold, so the check itself is shown to fail.
        var graph = SampleGraph.Build();
        var file = _folder.File("graph.graphml");
        new GraphMLWriter().WriteFile(graph, file);
        var expected = ExpectedValues.GraphML(graph);
        expected.Nodes[SampleGraph.RefugeesLaw]["year"] = 2010;

        // Act
        var (exitCode, output) = PythonReader.Run("networkx-graphml", file, expected);

        // Assert
        Assert.Equal(1, exitCode);
        Assert.Contains("year=2009", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Networkx_and_igraph_read_a_synthetic_graph_of_a_thousand_edges()
    {
        // Arrange
        var graph = new UprGraph.Graph.SyntheticGraph(200, 1000).Build();
        var file = _folder.File("synthetic.graphml");
        new GraphMLWriter().WriteFile(graph, file);

        // Act and assert
        PythonReader.AssertReads("networkx-graphml", file, ExpectedValues.GraphML(graph));
        PythonReader.AssertReads("igraph-graphml", file, ExpectedValues.GraphML(graph));
    }

    public void Dispose() => _folder.Dispose();
}
