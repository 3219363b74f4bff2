using UprGraph.Graph;

namespace UprGraph;

/// <summary>
/// The merged graph of a corpus, with the documents that were skipped and why, and the warnings of documents that were
/// built although their segmentation did not go as the genre's documents do.
/// </summary>
public sealed record CorpusResult(KnowledgeGraph Graph, int Documents, IReadOnlyList<DocumentFailure> Failures)
{
    public IReadOnlyList<DocumentWarningLine> Warnings { get; init; } = [];

    /// <summary>The segmented documents, when the extraction was asked to keep them.</summary>
    public IReadOnlyList<Segmentation.SegmentedDocument> Segmented { get; init; } = [];
}
