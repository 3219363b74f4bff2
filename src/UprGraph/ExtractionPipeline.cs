using System.Runtime.CompilerServices;
using UprGraph.Graph;
using UprGraph.Reading;

namespace UprGraph;

/// <summary>
/// The extraction pipeline: read -> segment -> recognise -> resolve -> relate -> graph. Immutable; build it with
/// <see cref="ExtractionPipelineBuilder"/>. Thread-safe: documents can be extracted in parallel.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly DocumentExtractor _extractor;

    internal ExtractionPipeline(IReadOnlyList<IDocumentReader> readers, ExtractionOptions options)
    {
        _readers = readers;
        _extractor = new DocumentExtractor(options);
    }

    public IReadOnlyList<IDocumentReader> Readers => _readers;

    /// <summary>Reads a file with the first reader that accepts it.</summary>
    public SourceDocument Read(string path) => DocumentReaders.Read(_readers, path);

    /// <summary>Extracts the graph of one document.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public KnowledgeGraph Extract(SourceDocument document) => _extractor.Extract(document);

    /// <summary>Extracts one document up to its resolved relations (what the graph is built from; the evaluation reads it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Relations.DocumentExtraction Relate(SourceDocument document) => _extractor.Relate(document);

    /// <summary>Reads and extracts one file.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public KnowledgeGraph ExtractFile(string path) => Extract(Read(path));

    /// <summary>Merges per-document graphs in the order given (laws of one country merge, joint submissions stay apart).</summary>
    public static KnowledgeGraph Merge(IEnumerable<KnowledgeGraph> graphs)
    {
        var builder = new KnowledgeGraphBuilder();
        foreach (var graph in graphs)
        {
            builder.AddGraph(graph);
        }

        return builder.Build();
    }
}
