using UprGraph.Curation;
using UprGraph.Graph;

namespace UprGraph.Cli.Commands;

/// <summary>
/// What a command works on: the graph (curated when a curation file applied), how the documents' extraction went (none
/// for --graph), the curation's result, and the exit status so far (1 when some documents were skipped).
/// </summary>
internal sealed record GraphBuild(KnowledgeGraph Graph, CorpusResult? Corpus, CurationResult? Curation, int Status);
