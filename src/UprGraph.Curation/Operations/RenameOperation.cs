using UprGraph.Curation.Entries;
using UprGraph.Model;

namespace UprGraph.Curation.Operations;

/// <summary>rename: the node's name; the old one becomes an alias, and a law's articles are named after the new name.</summary>
internal static class RenameOperation
{
    public static void Apply(CurationState state, RenameEntry entry)
    {
        var node = state.Own(entry, entry.Node);
        if (node is null)
        {
            return;
        }

        var aliases = node.Aliases.Append(node.Name)
            .Where(a => !string.Equals(a, entry.Name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        state.Nodes[node.Id] = node with
        {
            Name = entry.Name, Aliases = node.Kind == NodeKind.Article ? node.Aliases : aliases, Curated = true, Why = entry.Why,
        };
        if (node.Kind == NodeKind.Law)
        {
            foreach (var article in state.Nodes.Values.Where(n => n.Kind == NodeKind.Article && n.Law == node.Id && n.Number is not null).ToList())
            {
                state.Nodes[article.Id] = article with { Name = NodeMerger.ArticleName(article.Number!, entry.Name), Curated = true, Why = entry.Why };
            }
        }

        state.MarkApplied(entry);
    }
}
