using UprGraph.Export.Gexf;
using UprGraph.Export.GraphML;
using UprGraph.Export.Json;
using UprGraph.Export.Neo4jImport;
using UprGraph.Export.Tests.Json;
using UprGraph.Export.Tests.Readers;

namespace UprGraph.Export.Tests.Seed;

/// <summary>
/// Every sink on the graph extracted from the seed document, compared with the graph in memory. These fail while the
/// pipeline returns an empty graph (before the extractor is merged).
/// </summary>
public sealed class SeedExportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Graph_json_of_the_seed_validates_against_the_schema_and_reads_back_equal()
    {
        // Arrange
        var graph = SeedGraph.Extract();
        var json = new GraphJsonWriter().WriteToString(graph);

        // Act
        var results = GraphJsonSchemaTests.Validate(json);
        using var stream = new MemoryStream(ExportEncoding.Utf8.GetBytes(json));
        var read = GraphJsonReader.Read(stream);

        // Assert
        Assert.True(results.IsValid, GraphJsonSchemaTests.Describe(results));
        GraphEquality.AssertEqual(graph, read);
    }

    [Fact]
    public void Networkx_and_igraph_read_the_seed_graphml_with_the_values_in_memory()
    {
        // Arrange
        var graph = SeedGraph.Extract();
        var file = _folder.File("graph.graphml");
        new GraphMLWriter().WriteFile(graph, file);

        // Act and assert
        PythonReader.AssertReads("networkx-graphml", file, ExpectedValues.GraphML(graph));
        PythonReader.AssertReads("igraph-graphml", file, ExpectedValues.GraphML(graph));
    }

    [Fact]
    public void Networkx_reads_the_seed_gexf_with_the_values_in_memory()
    {
        // Arrange
        var graph = SeedGraph.Extract();
        var file = _folder.File("graph.gexf");
        new GexfWriter().WriteFile(graph, file);

        // Act and assert
        PythonReader.AssertReads("networkx-gexf", file, ExpectedValues.Gexf(graph));
    }

    [Fact]
    public void The_seed_neo4j_import_folder_has_a_row_per_node_and_relationship()
    {
        // Arrange
        var graph = SeedGraph.Extract();

        // Act
        var layout = Neo4jImportWriter.WriteFile(graph.Nodes, graph.Edges, _folder.File("neo4j-import"));

        // Assert
        Assert.Equal(graph.Nodes.Count, layout.Nodes.Values.Sum());
        Assert.Equal(graph.Edges.Count, layout.Relationships.Sum(r => r.Count));
        foreach (var (type, count) in layout.Relationships)
        {
            var lines = File.ReadLines(Path.Combine(_folder.File("neo4j-import"), Neo4jImportFiles.Relationships(type))).Count();
            Assert.Equal(count + 1, lines);
        }
    }

    public void Dispose() => _folder.Dispose();
}
