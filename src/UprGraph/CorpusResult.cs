using UprGraph.Graph;

namespace UprGraph;

/// <summary>The merged graph of a corpus, with the documents that were skipped and why.</summary>
public sealed record CorpusResult(KnowledgeGraph Graph, int Documents, IReadOnlyList<DocumentFailure> Failures)
{
    /// <summary>The segmented documents, when the extraction was asked to keep them.</summary>
    public IReadOnlyList<Segmentation.SegmentedDocument> Segmented { get; init; } = [];
}
