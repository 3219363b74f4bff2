using System.Globalization;
using UprGraph.Export.GraphML;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Report;

/// <summary>
/// Builds the <see cref="GraphReport"/> of a graph: a summary line, the documents, the most criticised laws and articles
/// with their critics (<see cref="GraphRankings"/>) and the statements behind them (<see cref="ReportEvidence"/>), issues by statements, stakeholders by activity and unattributed
/// statements; with several documents, a short section per document.
/// </summary>
public sealed class ReportBuilder(int limit = 10, int perDocumentLimit = 5)
{
    public GraphReport Build(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var documents = graph.NodesOf(NodeKind.Document).ToList();
        var sections = new List<ReportSection> { DocumentsTable(graph, documents) };
        sections.AddRange(Rankings(graph, 2, limit));
        sections.Add(StakeholdersTable(graph));
        sections.Add(UnattributedSection(graph));
        if (documents.Count > 1)
        {
            foreach (var document in documents.Where(d => d.Symbol is not null))
            {
                var subgraph = ReportStatistics.OfDocument(graph, document.Symbol!);
                sections.Add(ReportSection.Heading(2, DocumentTitle(graph, document), Summary(subgraph)));
                sections.AddRange(Rankings(subgraph, 3, perDocumentLimit));
            }
        }

        var title = documents.Count == 1 ? "UprGraph report: " + DocumentTitle(graph, documents[0]) : "UprGraph report";
        return new GraphReport(title, Summary(graph), sections);
    }

    private static IEnumerable<ReportSection> Rankings(KnowledgeGraph graph, int level, int limit)
    {
        var laws = GraphRankings.TopLaws(graph, limit);
        yield return Table(level, "Most criticised laws", laws.Count == 0 ? "No law is criticised." : null,
            ["#", "Law", "Country", "Year", "Critics", "", "Statements", "Criticised by"],
            laws.Select((r, i) => Row(i + 1, r.Node.Name, CountryName(graph, r.Node.Country), Number(r.Node.Year), Number(r.Count),
                ReportBars.Of(r.Count, laws[0].Count), Number(r.Statements), Names(r.Related)))) with
        {
            Evidence = laws.Select(r => ReportEvidence.Of(graph, r.Node)).ToList(),
        };
        var articles = GraphRankings.TopArticles(graph, limit);
        yield return Table(level, "Most criticised articles", articles.Count == 0 ? "No article is criticised." : null,
            ["#", "Article", "Of", "Critics", "", "Statements", "Criticised by"],
            articles.Select((r, i) => Row(i + 1, r.Node.Name, LawName(graph, r.Node), Number(r.Count), ReportBars.Of(r.Count, articles[0].Count),
                Number(r.Statements), Names(r.Related)))) with
        {
            Evidence = articles.Select(r => ReportEvidence.Of(graph, r.Node)).ToList(),
        };
        var issues = ReportStatistics.Issues(graph).Take(limit).ToList();
        yield return Table(level, "Issues by number of statements", issues.Count == 0 ? "No statement falls under an issue." : null,
            ["#", "Issue", "Statements", "", "Stakeholders"],
            issues.Select((x, i) => Row(i + 1, x.Issue.Name, Number(x.Statements), ReportBars.Of(x.Statements, issues[0].Statements), Number(x.Stakeholders))));
    }

    private ReportSection StakeholdersTable(KnowledgeGraph graph)
    {
        var top = GraphRankings.TopStakeholders(graph, limit);
        return Table(2, "Stakeholders by activity", top.Count == 0 ? "No stakeholder makes a statement." : null,
            ["#", "Stakeholder", "Category", "Statements", "", "Laws, articles and treaties addressed"],
            top.Select((r, i) => Row(i + 1, StakeholderName(r.Node), r.Node.Category, Number(r.Statements), ReportBars.Of(r.Statements, top[0].Statements),
                Number(r.Count))));
    }

    private static ReportSection DocumentsTable(KnowledgeGraph graph, List<GraphNode> documents) =>
        Table(2, "Documents", documents.Count == 0 ? "The graph has no document." : null,
            ["Symbol", "Country", "Session", "Cycle", "Year", "Stakeholders", "Statements", "Unattributed"],
            documents.Select(d =>
            {
                var statements = ReportStatistics.Statements(graph).Where(e => e.Document == d.Symbol).ToList();
                var stakeholders = statements.Where(e => !e.Unattributed).Select(e => e.Source).Distinct(StringComparer.Ordinal).Count();
                return Row(d.Symbol ?? d.Name, CountryName(graph, d.Country), Number(d.Session), Number(d.Cycle), Number(d.Year), Number(stakeholders),
                    Number(statements.Count), Number(statements.Count(e => e.Unattributed)));
            }));

    private ReportSection UnattributedSection(KnowledgeGraph graph)
    {
        var counts = ReportStatistics.Unattributed(graph);
        var total = counts.Sum(c => c.Count);
        var byType = string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Count} {c.Type}")));
        var text = total == 0
            ? "Every statement names its source."
            : string.Create(CultureInfo.InvariantCulture, $"{total} of {ReportStatistics.Statements(graph).Count()} statements name no source ({byType}); the document stands as their source in the graph.");
        var statements = graph.Edges.Where(e => e.Unattributed)
            .OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Paragraph).ThenBy(e => e.Sentence).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(limit);
        return Table(2, "Unattributed statements", text, ["Document", "Paragraph", "Relationship", "About", "Statement"],
            statements.Select(e => Row(e.Document, Number(e.Paragraph), e.Type, graph.TryGetNode(e.Target, out var t) ? t.Name : e.Target, e.Evidence)));
    }

    private static string Summary(KnowledgeGraph graph)
    {
        var statements = ReportStatistics.Statements(graph).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{Count(graph, NodeKind.Document, "document")} · {Count(graph, NodeKind.Stakeholder, "stakeholder")} · {Count(graph, NodeKind.Law, "law")} · {Count(graph, NodeKind.Article, "article")} · {Count(graph, NodeKind.Treaty, "treaty", "treaties")} · {Count(graph, NodeKind.Issue, "issue")} · {statements.Count} statements ({statements.Count(e => e.Unattributed)} unattributed)");
    }

    private static string Count(KnowledgeGraph graph, NodeKind kind, string one, string? many = null)
    {
        var count = graph.NodesOf(kind).Count();
        return count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many ?? one + "s");
    }

    private static string DocumentTitle(KnowledgeGraph graph, GraphNode document) =>
        string.Create(CultureInfo.InvariantCulture, $"{document.Symbol ?? document.Name} ({CountryName(graph, document.Country) ?? "?"}, session {Number(document.Session)})");

    /// <summary>A country by its name (Kazakhstan, not KAZ), from its Country node; the code when the graph has none.</summary>
    private static string? CountryName(KnowledgeGraph graph, string? code) =>
        code is not null && graph.TryGetNode(DocumentIds.Country(code), out var country) ? country.Name : code;

    private static string StakeholderName(GraphNode stakeholder) =>
        stakeholder.Abbreviation is { Length: > 0 } abbreviation && abbreviation != stakeholder.Name ? $"{abbreviation}: {stakeholder.Name}" : stakeholder.Name;

    private static string LawName(KnowledgeGraph graph, GraphNode article) =>
        article.Law is { } law && graph.TryGetNode(law, out var node) ? node.Name : "";

    private static string Names(IEnumerable<GraphNode> nodes) => string.Join(", ", nodes.Select(GraphMLWriter.LabelOf));

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string[] Row(params object?[] cells) =>
        cells.Select(c => c switch { null => "", int i => i.ToString(CultureInfo.InvariantCulture), _ => c.ToString() ?? "" }).ToArray();

    private static ReportSection Table(int level, string title, string? text, IReadOnlyList<string> headers, IEnumerable<string[]> rows) =>
        new(level, title, text, headers, rows.ToList());
}
