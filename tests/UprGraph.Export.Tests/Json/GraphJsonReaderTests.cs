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

    [Theory]
    [InlineData("")]
    [InlineData("\"schemaVersion\": 1, ")]
    [InlineData("\"schemaVersion\": 2, ")]
    public void Reads_a_file_without_a_version_or_of_a_known_one(string version)
    {
        // Arrange
        var json = "{" + version + """ "nodes": [{"id": "issue:right-to-health", "kind": "Issue", "name": "Right to health"}], "edges": []}""";

        // Act
        var graph = GraphJsonReader.Read(Stream(json), "old.json");

        // Assert
        Assert.Equal("Right to health", Assert.Single(graph.Nodes).Name);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("99")]
    [InlineData("0")]
    public void Rejects_an_unknown_schema_version_naming_it(string version)
    {
        // Arrange
        var json = "{\"schemaVersion\": " + version + """, "nodes": [], "edges": []}""";

        // Act
        var error = Assert.Throws<InputException>(() => GraphJsonReader.Read(Stream(json), "new.json"));

        // Assert
        Assert.Equal($"new.json:1:1: schemaVersion {version} is unknown; this UprGraph reads versions 1 and 2 (was the file written by a newer UprGraph?)", error.Message);
    }

    [Fact]
    public void Rejects_a_schema_version_that_is_not_a_number()
    {
        // Arrange
        const string json = """{"schemaVersion": "2", "nodes": [], "edges": []}""";

        // Act
        var error = Assert.Throws<InputException>(() => GraphJsonReader.Read(Stream(json), "g.json"));

        // Assert
        Assert.Equal("g.json:1:1: not a UprGraph graph.json: \"schemaVersion\" is \"2\", not a version number", error.Message);
    }

    [Fact]
    public void Rejects_a_node_id_that_occurs_twice_naming_it()
    {
        // Arrange
        const string json = """
            {"nodes": [{"id": "law:GHA:criminal-offences-act", "kind": "Law", "name": "Criminal Offences Act"},
                       {"id": "law:GHA:criminal-offences-act", "kind": "Law", "name": "Criminal Code"}], "edges": []}
            """;

        // Act
        var error = Assert.Throws<InputException>(() => GraphJsonReader.Read(Stream(json), "g.json"));

        // Assert
        Assert.Equal("g.json:1:1: not a UprGraph graph.json: the node id \"law:GHA:criminal-offences-act\" occurs twice", error.Message);
    }

    [Fact]
    public void Rejects_an_edge_id_that_occurs_twice_naming_it()
    {
        // Arrange
        const string json = """
            {"nodes": [{"id": "a", "kind": "Issue", "name": "A"}, {"id": "b", "kind": "Issue", "name": "B"}],
             "edges": [{"id": "e1", "type": "RAISES", "source": "a", "target": "b"}, {"id": "e1", "type": "RAISES", "source": "b", "target": "a"}]}
            """;

        // Act
        var error = Assert.Throws<InputException>(() => GraphJsonReader.Read(Stream(json), "g.json"));

        // Assert
        Assert.Equal("g.json:1:1: not a UprGraph graph.json: the edge id \"e1\" occurs twice", error.Message);
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
