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

    /// <summary>Other names the sinks answer to: <c>report-html</c>, the HTML report's name before it was <c>html</c>.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["report-html"] = "html" };

    /// <summary>Every name a sink can be asked for by: the sinks' names, then the aliases.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(s => s.Name), .. Aliases.Keys];

    /// <summary>The sink of a name or alias (any case), or false.</summary>
    public static bool TryFind(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IGraphSink? sink)
    {
        var canonical = Aliases.TryGetValue(name, out var alias) ? alias : name;
        sink = All.FirstOrDefault(s => s.Name.Equals(canonical, StringComparison.OrdinalIgnoreCase));
        return sink is not null;
    }

    /// <summary>
    /// Writes every sink into <paramref name="directory"/> (created if missing) as one set (<see cref="OutputSet"/>: all
    /// outputs replaced, or none) and returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(KnowledgeGraph graph, string directory, IEnumerable<IGraphSink>? sinks = null) =>
        OutputSet.Write(graph, directory, sinks ?? All);
}
