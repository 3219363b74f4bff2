using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Review;

/// <summary>
/// Every edge with evidence of one document, grouped by paragraph and sentence in the order of the text, with the
/// document's stakeholders (those the paragraph names first) for attributing an unattributed edge.
/// </summary>
public sealed class ReviewDocument
{
    private ReviewDocument(string symbol, IReadOnlyList<ReviewParagraph> paragraphs, IReadOnlyList<GraphNode> stakeholders)
    {
        Symbol = symbol;
        Paragraphs = paragraphs;
        Stakeholders = stakeholders;
    }

    public string Symbol { get; }

    public IReadOnlyList<ReviewParagraph> Paragraphs { get; }

    /// <summary>The stakeholders that speak in the document, in <see cref="StakeholderOrder"/>.</summary>
    public IReadOnlyList<GraphNode> Stakeholders { get; }

    public int EdgeCount => Paragraphs.Sum(p => p.Sentences.Sum(s => s.Edges.Count));

    /// <param name="graph">The (curated) graph.</param>
    /// <param name="symbol">The document.</param>
    /// <param name="paragraph">Only this paragraph, when given.</param>
    /// <param name="entryId">The id a curation entry names for an edge of the graph (null for an added edge).</param>
    /// <param name="addedAt">The line of the curation entry that added an edge, or null.</param>
    public static ReviewDocument Of(KnowledgeGraph graph, string symbol, int? paragraph, Func<string, string?> entryId, Func<string, int?> addedAt)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(entryId);
        ArgumentNullException.ThrowIfNull(addedAt);
        var edges = graph.Edges.Where(e => e.Document == symbol && e.Evidence is not null && (paragraph is null || e.Paragraph == paragraph)).ToList();
        var paragraphs = edges
            .GroupBy(e => e.Paragraph ?? 0)
            .OrderBy(g => g.Key)
            .Select(p => new ReviewParagraph(p.Key, p
                .GroupBy(e => (e.Sentence ?? 0, e.Evidence!))
                .OrderBy(s => s.Key.Item1)
                .Select(s => new ReviewSentence(s.Key.Item1, s.Key.Item2, s
                    .OrderBy(e => RelationTypes.All.ToList().IndexOf(e.Type)).ThenBy(e => e.Id, StringComparer.Ordinal)
                    .Select(e => new ReviewEdge(e, Name(graph, e.Source), graph[e.Source].Kind, Name(graph, e.Target), graph[e.Target].Kind, entryId(e.Id), addedAt(e.Id)))
                    .ToList()))
                .ToList()))
            .ToList();
        var stakeholders = graph.Edges.Where(e => e.Document == symbol && e.Evidence is not null && !e.Unattributed)
            .Select(e => e.Source).Distinct(StringComparer.Ordinal)
            .Select(id => graph.TryGetNode(id, out var node) ? node : null)
            .OfType<GraphNode>()
            .Where(n => n.Kind == NodeKind.Stakeholder)
            .Order(StakeholderOrder.Instance)
            .ToList();
        return new ReviewDocument(symbol, paragraphs, stakeholders);
    }

    private static string Name(KnowledgeGraph graph, string id) =>
        graph.TryGetNode(id, out var node) ? node.Kind == NodeKind.Document ? "(no named source)" : node.Abbreviation ?? node.Name : id;
}
