using UprGraph.Graph;
using UprGraph.Model;
using UprGraph.Resolution;

namespace UprGraph.Curation.Gold;

/// <summary>
/// The ids a gold file gives entities, as the annotation guidelines do: a stakeholder's abbreviation, else a slug of its
/// name; a slug of a law's, treaty's or issue's name without years; <c>&lt;law id&gt;/&lt;number&gt;</c> for an article.
/// An id taken already gets the node id's slug instead, so every id is unique.
/// </summary>
internal static class GoldIds
{
    public static Dictionary<string, string> Of(KnowledgeGraph graph)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes.Where(n => n.Kind != NodeKind.Article))
        {
            var wanted = node.Kind switch
            {
                NodeKind.Stakeholder => node.Abbreviation ?? Slug.Of(node.Name),
                _ => Slug.Of(WithoutYears(node.Name)),
            };
            ids[node.Id] = Unique(wanted, node.Id, taken);
        }

        foreach (var article in graph.NodesOf(NodeKind.Article))
        {
            var law = article.Law is { } lawId && ids.TryGetValue(lawId, out var l) ? l : "law";
            var wanted = $"{law}/{article.Number}";
            ids[article.Id] = Unique(wanted, article.Id, taken);
        }

        return ids;
    }

    private static string Unique(string wanted, string nodeId, HashSet<string> taken)
    {
        if (wanted.Length > 0 && taken.Add(wanted))
        {
            return wanted;
        }

        var fallback = Slug.Of(nodeId);
        taken.Add(fallback);
        return fallback;
    }

    private static string WithoutYears(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !(w.Length == 4 && w.All(char.IsAsciiDigit) && (w.StartsWith("19", StringComparison.Ordinal) || w.StartsWith("20", StringComparison.Ordinal)))));
}
