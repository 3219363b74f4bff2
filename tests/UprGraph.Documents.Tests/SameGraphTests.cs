using UprGraph.Documents.Pdf;
using UprGraph.Documents.Tests.Fixtures;
using UprGraph.Documents.Word;
using UprGraph.Graph;

namespace UprGraph.Documents.Tests;

/// <summary>
/// The text, PDF and Word forms of one summary give the same graph. Needs the extractor: while the pipeline returns
/// an empty graph these tests fail on the non-empty check.
/// </summary>
public sealed class SameGraphTests(SeedInputs inputs) : IClassFixture<SeedInputs>
{
    private readonly ExtractionPipeline _pipeline = new ExtractionPipelineBuilder()
        .AddReader(new PdfDocumentReader())
        .AddReader(new DocxDocumentReader())
        .Build();

    [Fact]
    public void Pdf_gives_the_graph_of_the_text()
    {
        var text = ExtractNonEmpty(inputs.TextPath);
        var pdf = _pipeline.ExtractFile(inputs.PdfPath);
        Assert.Equal(NodeIds(text), NodeIds(pdf));
        Assert.Equal(EdgeIds(text), EdgeIds(pdf));
    }

    [Fact]
    public void Word_gives_the_graph_of_the_text()
    {
        var text = ExtractNonEmpty(inputs.TextPath);
        var docx = _pipeline.ExtractFile(inputs.DocxPath);
        Assert.Equal(NodeIds(text), NodeIds(docx));
        Assert.Equal(EdgeIds(text), EdgeIds(docx));
    }

    private KnowledgeGraph ExtractNonEmpty(string path)
    {
        var graph = _pipeline.ExtractFile(path);
        Assert.NotEmpty(graph.Nodes);
        Assert.NotEmpty(graph.Edges);
        return graph;
    }

    private static List<string> NodeIds(KnowledgeGraph graph) => graph.Nodes.Select(n => n.Id).ToList();

    private static List<string> EdgeIds(KnowledgeGraph graph) => graph.Edges.Select(e => e.Id).ToList();
}
