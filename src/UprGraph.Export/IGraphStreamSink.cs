using UprGraph.Graph;

namespace UprGraph.Export;

/// <summary>A sink whose output is one file, so it can also write to any stream.</summary>
public interface IGraphStreamSink : IGraphSink
{
    /// <summary>Writes the graph to the stream as UTF-8 (without a byte order mark); leaves the stream open.</summary>
    void Write(KnowledgeGraph graph, Stream stream);
}
