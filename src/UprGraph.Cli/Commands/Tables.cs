using System.Globalization;
using Spectre.Console;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Cli.Commands;

/// <summary>The console tables: rankings and the build summary.</summary>
internal static class Tables
{
    /// <param name="relatedHeader">What the last column lists: "Criticised by" for laws and articles, "Acts addressed" for stakeholders.</param>
    public static Table Ranking(string title, IReadOnlyList<RankedEntity> ranking, string countHeader, string relatedHeader)
    {
        var table = new Table().Title(Markup.Escape(title)).Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Name");
        table.AddColumn(new TableColumn(countHeader).RightAligned());
        table.AddColumn(new TableColumn("Statements").RightAligned());
        table.AddColumn(relatedHeader);
        var rank = 0;
        foreach (var entry in ranking)
        {
            rank++;
            table.AddRow(
                rank.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(entry.Node.Name),
                entry.Count.ToString(CultureInfo.InvariantCulture),
                entry.Statements.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", entry.Related.Select(Short))));
        }

        return table;
    }

    public static Table Summary(KnowledgeGraph graph, int documents, int skipped, int warned = 0)
    {
        var table = new Table().Title("Graph").Border(TableBorder.Rounded);
        table.AddColumn("What");
        table.AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("documents read", documents.ToString(CultureInfo.InvariantCulture));
        if (skipped > 0)
        {
            table.AddRow("[red]documents skipped[/]", skipped.ToString(CultureInfo.InvariantCulture));
        }

        if (warned > 0)
        {
            table.AddRow("[yellow]documents built with warnings[/]", warned.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            table.AddRow($"nodes: {kind}", graph.NodesOf(kind).Count().ToString(CultureInfo.InvariantCulture));
        }

        foreach (var type in RelationTypes.All)
        {
            var count = graph.EdgesOf(type).Count();
            if (count > 0)
            {
                table.AddRow($"edges: {type}", count.ToString(CultureInfo.InvariantCulture));
            }
        }

        var unattributed = graph.Edges.Count(e => e.Unattributed);
        if (unattributed > 0)
        {
            table.AddRow("statements with no named source", unattributed.ToString(CultureInfo.InvariantCulture));
        }

        return table;
    }

    public static string Short(GraphNode node) => node.Abbreviation ?? node.Name;
}
