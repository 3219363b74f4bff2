using System.Text.Json;
using UprGraph.Export.Json;

namespace UprGraph.Export.Tests.Json;

public class GraphJsonWriterTests
{
    [Fact]
    public void Writes_the_sample_graph_as_approved()
    {
        // Act
        var json = new GraphJsonWriter().WriteToString(SampleGraph.Build());

        // Assert
        Approved.Equal("sample.graph.json", json);
    }

    [Fact]
    public void Writes_typed_values_and_omits_unset_ones()
    {
        // Act
        using var document = JsonDocument.Parse(new GraphJsonWriter().WriteToString(SampleGraph.Build()));

        // Assert
        var law = Item(document, "nodes", SampleGraph.RefugeesLaw);
        Assert.Equal(JsonValueKind.Number, law.GetProperty("year").ValueKind);
        Assert.False(law.GetProperty("proposed").GetBoolean());
        Assert.Equal(["Refugees Law"], law.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.False(law.TryGetProperty("abbreviation", out _));
        var edge = Item(document, "edges", SampleGraph.CriticizesId);
        Assert.Equal(SampleGraph.TrickyEvidence, edge.GetProperty("evidence").GetString());
        Assert.Equal([12], edge.GetProperty("footnotes").EnumerateArray().Select(f => f.GetInt32()));
        Assert.False(edge.TryGetProperty("unattributed", out _));
        Assert.True(Item(document, "edges", SampleGraph.UnattributedId).GetProperty("unattributed").GetBoolean());
    }

    [Fact]
    public void Writes_the_same_bytes_for_the_same_graph()
    {
        // Act
        var first = new GraphJsonWriter().WriteToString(SampleGraph.Build());
        var second = new GraphJsonWriter().WriteToString(SampleGraph.Build());

        // Assert
        Assert.Equal(first, second);
    }

    private static JsonElement Item(JsonDocument document, string array, string id) =>
        document.RootElement.GetProperty(array).EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);
}
