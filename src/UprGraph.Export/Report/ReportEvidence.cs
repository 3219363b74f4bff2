using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Report;

/// <summary>
/// The statements about a law (its articles' included) or an article, in the order of the text: by document, paragraph
/// and sentence. Every statement type counts, and so do statements without a named source.
/// </summary>
public static class ReportEvidence
{
    public static IReadOnlyList<ReportStatement> Of(KnowledgeGraph graph, GraphNode target)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(target);
        var targets = new List<string> { target.Id };
        if (target.Kind == NodeKind.Law)
        {
            targets.AddRange(graph.InEdges(target.Id).Where(e => e.Type == RelationTypes.PartOf).Select(e => e.Source));
        }

        return targets
            .SelectMany(graph.InEdges)
            .Where(e => RelationTypes.Statements.Contains(e.Type) && e.Evidence is not null)
            .OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Paragraph).ThenBy(e => e.Sentence).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => Statement(graph, target, e))
            .ToList();
    }

    private static ReportStatement Statement(KnowledgeGraph graph, GraphNode target, GraphEdge edge) =>
        new(edge.Unattributed ? null : Label(graph, edge.Source), edge.Type, edge.Document, edge.Paragraph, edge.Evidence!)
        {
            About = edge.Target == target.Id ? null : graph.TryGetNode(edge.Target, out var about) ? about.Name : edge.Target,
            Sentence = edge.Sentence, ActSpan = edge.ActSpan, CueSpan = edge.CueSpan, Footnotes = edge.Footnotes, Via = edge.Via,
            CuratedWhy = edge.Curated ? edge.Why ?? "" : null,
            Counted = RelationTypes.Critical.Contains(edge.Type) && !edge.Unattributed
                && graph.TryGetNode(edge.Source, out var source) && source.Kind == NodeKind.Stakeholder,
        };

    private static string Label(KnowledgeGraph graph, string id) =>
        graph.TryGetNode(id, out var node)
            ? node.Abbreviation is { Length: > 0 } abbreviation && abbreviation != node.Name ? $"{abbreviation} ({node.Name})" : node.Name
            : id;
}
