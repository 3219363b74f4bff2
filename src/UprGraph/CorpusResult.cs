using UprGraph.Graph;

namespace UprGraph;

/// <summary>The merged graph of a corpus, with the documents that were skipped and why.</summary>
public sealed record CorpusResult(KnowledgeGraph Graph, int Documents, IReadOnlyList<DocumentFailure> Failures);
