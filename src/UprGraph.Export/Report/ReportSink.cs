using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Report;

/// <summary>
/// A report format: a report ranks the whole graph, so the streaming core collects the nodes and edges first, builds
/// the <see cref="GraphReport"/> and hands it to the format.
/// </summary>
public abstract class ReportSink(ReportBuilder? builder) : GraphStreamSink
{
    private readonly ReportBuilder _builder = builder ?? new ReportBuilder();

    public override void Write(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        var graph = new KnowledgeGraphBuilder();
        foreach (var node in nodes)
        {
            graph.AddNode(node);
        }

        foreach (var edge in edges)
        {
            graph.AddEdge(edge);
        }

        using var writer = new StreamWriter(stream, ExportEncoding.Utf8, 1 << 14, leaveOpen: true) { NewLine = "\n" };
        WriteReport(_builder.Build(graph.Build()), writer);
    }

    /// <summary>Writes the report in this sink's format.</summary>
    protected abstract void WriteReport(GraphReport report, TextWriter writer);
}
