using System.Xml.Linq;
using UprGraph.Export.Gexf;
using UprGraph.Export.Tests.Readers;

namespace UprGraph.Export.Tests.Gexf;

public sealed class GexfWriterTests : IDisposable
{
    private static readonly XNamespace s_ns = GexfWriter.Namespace;
    private static readonly XNamespace s_viz = GexfWriter.VizNamespace;
    private readonly TempFolder _folder = new();

    [Fact]
    public void Writes_the_sample_graph_as_approved()
    {
        // Act
        var xml = new GexfWriter().WriteToString(SampleGraph.Build());

        // Assert
        Approved.Equal("sample.gexf", xml);
    }

    [Fact]
    public void Writes_gexf_1_2draft_static_and_directed()
    {
        // Act
        var root = XDocument.Parse(new GexfWriter().WriteToString(SampleGraph.Build())).Root!;

        // Assert
        Assert.Equal(s_ns + "gexf", root.Name);
        Assert.Equal("1.2", (string)root.Attribute("version")!);
        var graph = root.Element(s_ns + "graph")!;
        Assert.Equal("static", (string)graph.Attribute("mode")!);
        Assert.Equal("directed", (string)graph.Attribute("defaultedgetype")!);
    }

    [Fact]
    public void Sizes_nodes_by_critics_with_a_floor_and_colours_them_by_kind()
    {
        // Act
        var root = XDocument.Parse(new GexfWriter().WriteToString(SampleGraph.Build())).Root!;

        // Assert: two stakeholders criticise the Penal Code through its articles (6 + 2 x 4); nobody the treaty.
        XElement Node(string id) => root.Descendants(s_ns + "node").Single(n => (string)n.Attribute("id")! == id);
        Assert.Equal("14.0", (string)Node(SampleGraph.PenalCode).Element(s_viz + "size")!.Attribute("value")!);
        Assert.Equal("6.0", (string)Node(SampleGraph.Opcat).Element(s_viz + "size")!.Attribute("value")!);
        Assert.Equal("213", (string)Node(SampleGraph.PenalCode).Element(s_viz + "color")!.Attribute("r")!);
        Assert.NotEqual((string)Node(SampleGraph.PenalCode).Element(s_viz + "color")!.Attribute("b")!,
            (string)Node(SampleGraph.Amnesty).Element(s_viz + "color")!.Attribute("b")!);
    }

    [Fact]
    public void Networkx_reads_every_node_and_edge_with_typed_values()
    {
        // Arrange
        var graph = SampleGraph.Build();
        var file = _folder.File("graph.gexf");
        new GexfWriter().WriteFile(graph, file);

        // Act
        var output = PythonReader.AssertReads("networkx-gexf", file, ExpectedValues.Gexf(graph));

        // Assert
        Assert.Contains("MultiDiGraph", output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
