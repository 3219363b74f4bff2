using UprGraph.Curation.Entries;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Curation.Operations;

/// <summary>
/// merge: each listed node goes into the target: its edges follow, its names become aliases, and a law's articles move
/// to the target law (an article the target already has of that number takes them in).
/// </summary>
internal static class MergeOperation
{
    public static void Apply(CurationState state, MergeEntry entry)
    {
        var into = state.Node(entry.Into);
        if (into is null)
        {
            state.MarkStale(entry, $"node '{entry.Into}' is not in the graph");
            return;
        }

        var merged = 0;
        foreach (var id in entry.Nodes)
        {
            var node = state.Node(id);
            if (node is null)
            {
                state.MarkStale(entry, $"node '{id}' is not in the graph");
                continue;
            }

            if (node.Id == into.Id)
            {
                state.MarkStale(entry, $"node '{id}' is part of '{into.Id}' already");
                continue;
            }

            if (node.Kind != into.Kind)
            {
                throw state.Error(entry, $"cannot merge the {node.Kind} '{node.Id}' into the {into.Kind} '{into.Id}'");
            }

            into = NodeMerger.Merge(into, node, entry.Why);
            state.Nodes[into.Id] = into;
            state.Redirect(node.Id, into.Id, entry.Why);
            if (node.Kind == NodeKind.Law)
            {
                MoveArticles(state, node.Id, into, entry.Why);
            }

            merged++;
        }

        if (merged > 0)
        {
            state.MarkApplied(entry);
        }
    }

    private static void MoveArticles(CurationState state, string fromLaw, GraphNode toLaw, string why)
    {
        foreach (var article in state.Nodes.Values.Where(n => n.Kind == NodeKind.Article && n.Law == fromLaw && n.Number is not null).ToList())
        {
            var id = DocumentIds.Article(toLaw.Id, article.Number!);
            var moved = state.Nodes.TryGetValue(id, out var existing)
                ? existing with { Curated = true, Why = why }
                : article with { Id = id, Law = toLaw.Id, Name = NodeMerger.ArticleName(article.Number!, toLaw.Name), Curated = true, Why = why };
            state.Nodes[id] = moved;
            state.Redirect(article.Id, id, why);
        }
    }
}
