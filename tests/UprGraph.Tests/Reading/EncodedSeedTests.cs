using System.Text;
using UprGraph.Graph;
using UprGraph.Model;
using UprGraph.Tests.Fixtures;
using UprGraph.Tests.Graph;

namespace UprGraph.Tests.Reading;

/// <summary>The seed saved in another encoding gives the UTF-8 seed's graph: only the Document node's encoding and file differ.</summary>
public sealed class EncodedSeedTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ExtractionPipeline _pipeline = new ExtractionPipelineBuilder().Build();

    public static TheoryData<string, string> Encodings => new()
    {
        { "windows-1252", "windows-1252" },
        { "utf-16le", "utf-16le" },
        { "utf-16be", "utf-16be" },
        { "utf-8-bom", "utf-8-bom" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_seed_in_another_encoding_gives_the_graph_of_the_utf8_seed(string encodingName, string recorded)
    {
        // Arrange
        var seed = RepositoryFiles.Path(RepositoryFiles.Seed);
        var path = _folder.Write("seed-" + encodingName + ".txt", Transcode(File.ReadAllText(seed), encodingName));

        // Act
        var utf8 = _pipeline.ExtractFile(seed);
        var other = _pipeline.ExtractFile(path);

        // Assert
        Assert.Equal("utf-8", Document(utf8).Encoding);
        Assert.Equal(recorded, Document(other).Encoding);
        Assert.Equal(GraphText.Write(WithoutEncodingAndFile(utf8)), GraphText.Write(WithoutEncodingAndFile(other)));
    }

    public void Dispose() => _folder.Dispose();

    private static byte[] Transcode(string text, string encodingName) => encodingName switch
    {
        "windows-1252" => CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!.GetBytes(text),
        "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
    };

    private static GraphNode Document(KnowledgeGraph graph) => Assert.Single(graph.NodesOf(NodeKind.Document));

    private static KnowledgeGraph WithoutEncodingAndFile(KnowledgeGraph graph)
    {
        var builder = new KnowledgeGraphBuilder();
        foreach (var node in graph.Nodes)
        {
            builder.AddNode(node.Kind == NodeKind.Document ? node with { Encoding = null, File = null } : node);
        }

        foreach (var edge in graph.Edges)
        {
            builder.AddEdge(edge);
        }

        return builder.Build();
    }
}
