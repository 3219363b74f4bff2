using UprGraph.Graph;

namespace UprGraph.Export;

/// <summary>
/// One export format. The CLI writes every sink of <see cref="GraphSinks.All"/> next to each other:
/// <c>graph.json</c>, <c>graph.graphml</c>, <c>graph.gexf</c>, <c>neo4j-import/</c>, <c>report.md</c>.
/// </summary>
public interface IGraphSink
{
    /// <summary>A short name for messages and options ("graphml").</summary>
    string Name { get; }

    /// <summary>The file (or, for <see cref="IsDirectory"/> sinks, folder) name the sink writes inside an output folder.</summary>
    string DefaultFileName { get; }

    /// <summary>True when the sink writes a folder of files rather than one file.</summary>
    bool IsDirectory { get; }

    /// <summary>
    /// Writes the graph to <paramref name="path"/> (a file or a folder) through a temporary sibling that is moved into
    /// place when complete, so a failure leaves an earlier output untouched.
    /// </summary>
    void WriteFile(KnowledgeGraph graph, string path);
}
