using UprGraph.Model;

namespace UprGraph.Graph;

/// <summary>
/// Counts, for each law and article, the distinct stakeholders that criticise it or recommend amending or repealing it;
/// criticism of an article counts for its law too. For stakeholders, the number of distinct targets they criticise.
/// </summary>
internal static class CriticCounter
{
    public static Dictionary<string, int> Count(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges)
    {
        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var critics = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var targets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            if (!RelationTypes.Critical.Contains(edge.Type) || edge.Unattributed
                || !byId.TryGetValue(edge.Source, out var source) || source.Kind != NodeKind.Stakeholder)
            {
                continue;
            }

            Add(critics, edge.Target, edge.Source);
            Add(targets, edge.Source, edge.Target);
            if (byId.TryGetValue(edge.Target, out var target) && target.Kind == NodeKind.Article && target.Law is { } law)
            {
                Add(critics, law, edge.Source);
            }
        }

        return critics.Concat(targets).ToDictionary(kv => kv.Key, kv => kv.Value.Count, StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, HashSet<string>> sets, string key, string value)
    {
        if (!sets.TryGetValue(key, out var set))
        {
            sets[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(value);
    }
}
