using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export;

/// <summary>
/// A one-file sink with a streaming core: nodes and edges are read once, in the order given, and written as they come,
/// so a lazy sequence of a million edges is never held. The other overloads only wrap that core.
/// </summary>
public abstract class GraphStreamSink : IGraphStreamSink
{
    public abstract string Name { get; }

    public abstract string DefaultFileName { get; }

    public bool IsDirectory => false;

    /// <summary>The streaming core: writes UTF-8 without a byte order mark and leaves the stream open.</summary>
    public abstract void Write(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges, Stream stream);

    public void Write(KnowledgeGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Write(graph.Nodes, graph.Edges, stream);
    }

    public void WriteFile(KnowledgeGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        WriteFile(graph.Nodes, graph.Edges, path);
    }

    public void WriteFile(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges, string path) =>
        AtomicOutput.WriteFile(path, stream => Write(nodes, edges, stream));

    /// <summary>The whole output as a string (for tests and small graphs).</summary>
    public string WriteToString(KnowledgeGraph graph)
    {
        using var buffer = new MemoryStream();
        Write(graph, buffer);
        return ExportEncoding.Utf8.GetString(buffer.ToArray());
    }
}
