using UprGraph.Model;

namespace UprGraph.Graph;

/// <summary>
/// The rankings users ask first: laws and articles by the number of distinct stakeholders that criticise them or
/// recommend amending or repealing them (an article's critics count for its law too), stakeholders by activity.
/// Ties break by statements, then by id, so the order is stable.
/// </summary>
public static class GraphRankings
{
    public static IReadOnlyList<RankedEntity> TopLaws(KnowledgeGraph graph, int limit = 10) =>
        RankTargets(graph, NodeKind.Law, limit);

    public static IReadOnlyList<RankedEntity> TopArticles(KnowledgeGraph graph, int limit = 10) =>
        RankTargets(graph, NodeKind.Article, limit);

    /// <summary>Stakeholders by the number of statements (edges with evidence) they are the source of.</summary>
    public static IReadOnlyList<RankedEntity> TopStakeholders(KnowledgeGraph graph, int limit = 10) =>
        graph.NodesOf(NodeKind.Stakeholder)
            .Select(s =>
            {
                var statements = graph.OutEdges(s.Id).Where(e => e.Evidence is not null).ToList();
                var targets = statements.Where(e => RelationTypes.Statements.Contains(e.Type))
                    .Select(e => e.Target).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                    .Select(id => graph[id]).ToList();
                return new RankedEntity(s, targets, statements.Count, null);
            })
            .Where(r => r.Statements > 0)
            .OrderByDescending(r => r.Statements).ThenByDescending(r => r.Count).ThenBy(r => r.Node.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();

    private static List<RankedEntity> RankTargets(KnowledgeGraph graph, NodeKind kind, int limit) =>
        graph.NodesOf(kind)
            .Select(node => Rank(graph, node))
            .Where(r => r.Count > 0)
            .OrderByDescending(r => r.Count).ThenByDescending(r => r.Statements).ThenBy(r => r.Node.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();

    private static RankedEntity Rank(KnowledgeGraph graph, GraphNode node)
    {
        var edges = CriticalEdges(graph, node.Id).ToList();
        if (node.Kind == NodeKind.Law)
        {
            edges.AddRange(graph.InEdges(node.Id)
                .Where(e => e.Type == RelationTypes.PartOf)
                .SelectMany(e => CriticalEdges(graph, e.Source)));
        }

        var critics = edges.Select(e => e.Source).Distinct(StringComparer.Ordinal)
            .Select(id => graph[id]).Order(StakeholderOrder.Instance).ToList();
        var firstReviewYear = edges.Select(e => e.Document is { } d && graph.TryGetNode(DocumentIds.Document(d), out var doc) ? doc.Year : null)
            .Where(y => y is not null).Min();
        return new RankedEntity(node, critics, edges.Count, firstReviewYear);
    }

    private static IEnumerable<GraphEdge> CriticalEdges(KnowledgeGraph graph, string target) =>
        graph.InEdges(target).Where(e => RelationTypes.Critical.Contains(e.Type) && !e.Unattributed
            && graph[e.Source].Kind == NodeKind.Stakeholder);
}
