using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Evaluation;

/// <summary>
/// Maps extracted nodes to gold ids as the gold README says: entities by name and aliases (case-, punctuation- and
/// footnote-insensitive), articles by (law, number), stakeholders by abbreviation or name. A node no gold entity
/// matches keeps its own id, so it counts as spurious.
/// </summary>
public sealed class EntityMatcher
{
    private readonly Dictionary<string, string> _goldIdOf = new(StringComparer.Ordinal);

    public EntityMatcher(KnowledgeGraph graph, GoldDocument gold)
    {
        Match(graph.NodesOf(NodeKind.Stakeholder), gold.Stakeholders, n => [n.Name, n.Abbreviation, .. n.Aliases]);
        Match(graph.NodesOf(NodeKind.Law), gold.Laws, n => [n.Name, .. n.Aliases]);
        Match(graph.NodesOf(NodeKind.Treaty), gold.Treaties, n => [n.Name, .. n.Aliases]);
        Match(graph.NodesOf(NodeKind.Issue), gold.Issues, n => [n.Name]);
        foreach (var article in graph.NodesOf(NodeKind.Article))
        {
            var law = article.Law is null ? null : GoldId(article.Law);
            var match = gold.Articles.FirstOrDefault(a => a.Law == law && Normalise(a.Number ?? "") == Normalise(article.Number ?? ""));
            if (match is not null)
            {
                _goldIdOf[article.Id] = match.Id;
            }
        }
    }

    /// <summary>The gold id an extracted node matches, or the node's own id prefixed with "extracted:".</summary>
    public string GoldId(string nodeId) => _goldIdOf.TryGetValue(nodeId, out var id) ? id : "extracted:" + nodeId;

    public static string Normalise(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    private void Match(IEnumerable<GraphNode> nodes, IReadOnlyList<GoldEntity> gold, Func<GraphNode, IEnumerable<string?>> names)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in gold)
        {
            foreach (var name in entity.Names)
            {
                byName.TryAdd(Normalise(name), entity.Id);
            }
        }

        foreach (var node in nodes)
        {
            var id = names(node).OfType<string>().Select(Normalise).Where(n => n.Length > 0)
                .Select(n => byName.GetValueOrDefault(n)).FirstOrDefault(i => i is not null);
            if (id is not null)
            {
                _goldIdOf[node.Id] = id;
            }
        }
    }
}
