using UprGraph.Graph;
using UprGraph.Reading;

namespace UprGraph;

/// <summary>Runs the stages on one document. (Filled in stage by stage.)</summary>
internal sealed class DocumentExtractor(ExtractionOptions options)
{
    public ExtractionOptions Options { get; } = options;

    public KnowledgeGraph Extract(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Options.EmitRaises ? new KnowledgeGraphBuilder().Build() : KnowledgeGraph.Empty;
    }
}
