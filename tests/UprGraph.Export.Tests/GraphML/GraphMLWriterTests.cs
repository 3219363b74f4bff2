using System.Xml.Linq;
using UprGraph.Export.GraphML;

namespace UprGraph.Export.Tests.GraphML;

public class GraphMLWriterTests
{
    private static readonly XNamespace s_ns = GraphMLWriter.Namespace;

    [Fact]
    public void Writes_the_sample_graph_as_approved()
    {
        // Arrange
        var graph = SampleGraph.Build();

        // Act
        var xml = new GraphMLWriter().WriteToString(graph);

        // Assert
        Approved.Equal("sample.graphml", xml);
    }

    [Fact]
    public void Declares_typed_keys_for_every_node_and_edge_attribute()
    {
        // Act
        var document = XDocument.Parse(new GraphMLWriter().WriteToString(SampleGraph.Build()));

        // Assert
        var keys = document.Root!.Elements(s_ns + "key")
            .ToDictionary(k => (string)k.Attribute("for")! + "." + (string)k.Attribute("attr.name")!, k => (string)k.Attribute("attr.type")!);
        Assert.Equal("int", keys["node.year"]);
        Assert.Equal("boolean", keys["node.proposed"]);
        Assert.Equal("string", keys["node.aliases"]);
        Assert.Equal("string", keys["node.label"]);
        Assert.Equal("int", keys["edge.weight"]);
        Assert.Equal("boolean", keys["edge.unattributed"]);
        Assert.Equal("string", keys["edge.footnotes"]);
        Assert.Equal("directed", (string)document.Root!.Element(s_ns + "graph")!.Attribute("edgedefault")!);
    }

    [Fact]
    public void Keeps_parallel_edges_apart_with_their_own_ids()
    {
        // Act
        var document = XDocument.Parse(new GraphMLWriter().WriteToString(SampleGraph.Build()));

        // Assert
        var parallel = document.Descendants(s_ns + "edge")
            .Where(e => (string)e.Attribute("source")! == SampleGraph.Amnesty && (string)e.Attribute("target")! == SampleGraph.Article174)
            .Select(e => (string)e.Attribute("id")!)
            .ToList();
        Assert.Equal([SampleGraph.CriticizesId, SampleGraph.ParallelId], parallel);
    }

    [Fact]
    public void Escapes_quotes_and_brackets_and_replaces_control_characters()
    {
        // Act
        var xml = new GraphMLWriter().WriteToString(SampleGraph.Build());

        // Assert
        Assert.Contains("on \"inciting discord\" was used against &lt;journalists&gt; &amp; bloggers.\uFFFD12</data>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0007', xml);
    }

    [Fact]
    public void Labels_stakeholders_by_abbreviation_and_other_nodes_by_name()
    {
        // Act
        var document = XDocument.Parse(new GraphMLWriter().WriteToString(SampleGraph.Build()));

        // Assert
        string Label(string id) => document.Descendants(s_ns + "node").Single(n => (string)n.Attribute("id")! == id)
            .Elements(s_ns + "data").Single(d => (string)d.Attribute("key")! == "n_label").Value;
        Assert.Equal("AI", Label(SampleGraph.Amnesty));
        Assert.Equal("Freedom Now", Label(SampleGraph.FreedomNow));
        Assert.Equal("Law \"On Refugees\"", Label(SampleGraph.RefugeesLaw));
    }
}
