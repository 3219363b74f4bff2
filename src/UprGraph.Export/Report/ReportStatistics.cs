using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Report;

/// <summary>Counts the report shows beside the rankings of <see cref="GraphRankings"/>.</summary>
public static class ReportStatistics
{
    /// <summary>A statement is an edge with evidence (a sentence it was read from).</summary>
    public static IEnumerable<GraphEdge> Statements(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.Edges.Where(e => e.Evidence is not null);
    }

    /// <summary>
    /// Issues by the number of statements about them: RAISES edges to the issue, and statements made under the issue's
    /// heading (their <c>issue</c>); an edge counts once. Ties break by name.
    /// </summary>
    public static IReadOnlyList<(GraphNode Issue, int Statements, int Stakeholders)> Issues(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var byIssue = graph.Edges
            .SelectMany(e => new[] { e.Type == RelationTypes.Raises ? e.Target : null, e.Evidence is not null ? e.Issue : null }
                .Where(i => i is not null).Distinct(StringComparer.Ordinal).Select(i => (Issue: i!, Edge: e)))
            .GroupBy(x => x.Issue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Edge).ToList(), StringComparer.Ordinal);
        return graph.NodesOf(NodeKind.Issue)
            .Select(i => (Issue: i, Edges: byIssue.GetValueOrDefault(i.Id) ?? []))
            .Where(x => x.Edges.Count > 0)
            .Select(x => (x.Issue, x.Edges.Count, x.Edges.Where(e => !e.Unattributed).Select(e => e.Source).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Issue.Name, StringComparer.Ordinal).ThenBy(x => x.Issue.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The unattributed statements, by relationship type in schema order.</summary>
    public static IReadOnlyList<(string Type, int Count)> Unattributed(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.Edges.Where(e => e.Unattributed)
            .GroupBy(e => e.Type, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderBy(x => RelationTypes.All.ToList().IndexOf(x.Key) is var i && i < 0 ? int.MaxValue : i)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The graph of one document's statements (all nodes, only the edges read from that document).</summary>
    public static KnowledgeGraph OfDocument(KnowledgeGraph graph, string symbol)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var builder = new KnowledgeGraphBuilder();
        foreach (var node in graph.Nodes)
        {
            builder.AddNode(node with { Critics = null });
        }

        foreach (var edge in graph.Edges.Where(e => e.Document == symbol || e.Type == RelationTypes.PartOf))
        {
            builder.AddEdge(edge);
        }

        return builder.Build();
    }
}
