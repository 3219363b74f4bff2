using UprGraph.Export.GraphML;
using UprGraph.Model;

namespace UprGraph.Export.Tests;

public sealed class AtomicOutputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_failing_writer_keeps_the_earlier_file_and_leaves_no_temporary_file()
    {
        // Arrange
        var path = _folder.File("graph.graphml");
        new GraphMLWriter().WriteFile(SampleGraph.Build(), path);
        var before = File.ReadAllText(path);

        // Act
        Assert.Throws<InvalidOperationException>(() => new GraphMLWriter().WriteFile(SampleGraph.Build().Nodes, FailingEdges(), path));

        // Assert
        Assert.Equal(before, File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Writes_every_sink_into_one_folder()
    {
        // Act
        var written = GraphSinks.WriteAll(SampleGraph.Build(), _folder.Path);

        // Assert
        Assert.Equal(
            ["graph.json", "graph.graphml", "graph.gexf", "neo4j-import", "report.md", "report.html"],
            written.Select(Path.GetFileName));
        Assert.All(written, p => Assert.True(File.Exists(p) || Directory.Exists(p), p));
    }

    public void Dispose() => _folder.Dispose();

    private static IEnumerable<GraphEdge> FailingEdges()
    {
        yield return SampleGraph.Build().Edges[0];
        throw new InvalidOperationException("the extractor failed");
    }
}
