using UprGraph.Export.Gexf;
using UprGraph.Export.GraphML;
using UprGraph.Export.Json;
using UprGraph.Export.Neo4jImport;
using UprGraph.Export.Report;
using UprGraph.Graph;

namespace UprGraph.Export;

/// <summary>The export sinks, in the order the CLI writes them.</summary>
public static class GraphSinks
{
    public static IReadOnlyList<IGraphSink> All { get; } =
    [
        new GraphJsonWriter(),
        new GraphMLWriter(),
        new GexfWriter(),
        new Neo4jImportWriter(),
        new ReportWriter(),
        new HtmlReportWriter(),
    ];

    /// <summary>
    /// Writes every sink into <paramref name="directory"/> (created if missing) as one set (<see cref="OutputSet"/>: all
    /// outputs replaced, or none) and returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(KnowledgeGraph graph, string directory, IEnumerable<IGraphSink>? sinks = null) =>
        OutputSet.Write(graph, directory, sinks ?? All);
}
