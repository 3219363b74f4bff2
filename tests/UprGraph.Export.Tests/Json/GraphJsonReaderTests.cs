using System.Text;
using UprGraph.Export.Json;
using UprGraph.Model;

namespace UprGraph.Export.Tests.Json;

public class GraphJsonReaderTests
{
    [Fact]
    public void Reads_back_the_graph_it_wrote()
    {
        // Arrange
        var graph = SampleGraph.Build();
        using var stream = new MemoryStream();
        new GraphJsonWriter().Write(graph, stream);
        stream.Position = 0;

        // Act
        var read = GraphJsonReader.Read(stream);

        // Assert
        GraphEquality.AssertEqual(graph, read);
        Assert.Equal("RUR", read["country:RUR"].Country);
        Assert.True(read.Edges.Single(e => e.Id == SampleGraph.UnattributedId).Unattributed);
    }

    [Fact]
    public void Rejects_a_node_of_an_unknown_kind_with_a_located_message()
    {
        // Arrange
        const string json = """{"nodes": [{"id": "law:X:a", "kind": "Statute", "name": "A"}], "edges": []}""";

        // Act
        var error = Assert.Throws<InputException>(() => GraphJsonReader.Read(Stream(json), "out/graph.json"));

        // Assert
        Assert.Equal("out/graph.json:1:1: not a UprGraph graph.json: node law:X:a has the unknown kind \"Statute\"", error.Message);
    }

    [Fact]
    public void Rejects_an_edge_to_a_node_that_is_not_in_the_file()
    {
        // Arrange
        const string json = """{"nodes": [{"id": "a", "kind": "Issue", "name": "A"}], "edges": [{"id": "e", "type": "RAISES", "source": "a", "target": "b"}]}""";

        // Act
        var error = Assert.Throws<InputException>(() => GraphJsonReader.Read(Stream(json)));

        // Assert
        Assert.Contains("Edge e joins a node that was not added", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_the_line_of_broken_json()
    {
        // Arrange
        const string json = "{\"nodes\": [\n  {\"id\": \"a\",\n  ]}";

        // Act
        var error = Assert.Throws<InputException>(() => GraphJsonReader.Read(Stream(json), "g.json"));

        // Assert
        Assert.StartsWith("g.json:3:1: not valid JSON", error.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
