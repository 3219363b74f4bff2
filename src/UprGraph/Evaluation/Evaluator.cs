using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Evaluation;

/// <summary>
/// Scores the graph of one document against its gold annotation exactly as the reference scorer
/// (<c>shared/gold/score.py</c>) does: entities matched one-to-one (<see cref="GreedyMatcher"/>) with the graph's
/// countries' names as stop words; articles by matched law and number; a relation matches on type, source, target and
/// paragraph, an unattributed one (or one from the Document node) on a gold relation whose source is null. With a
/// paragraph range only that range's relations count, and only the entities they touch can be spurious.
/// </summary>
public static class Evaluator
{
    public static EvaluationReport Evaluate(KnowledgeGraph graph, GoldDocument gold)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(gold);
        var stop = new HashSet<string>(ScorerNames.BaseStopWords, StringComparer.Ordinal);
        foreach (var country in graph.NodesOf(NodeKind.Country))
        {
            stop.UnionWith(ScorerNames.CountryWords(country.Name));
        }

        bool InRange(GraphEdge e) => gold.ParagraphRange is not { } r || (e.Paragraph is { } p && p >= r.First && p <= r.Last);
        var statements = graph.Edges.Where(e => RelationTypes.Statements.Contains(e.Type) && InRange(e)).ToList();
        HashSet<string>? touched = gold.ParagraphRange is null ? null
            : statements.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);

        var stakeholders = Match(gold.Stakeholders, graph, NodeKind.Stakeholder, stop, prefix: false);
        var laws = Match(gold.Laws, graph, NodeKind.Law, stop, prefix: true);
        var treaties = Match(gold.Treaties, graph, NodeKind.Treaty, stop, prefix: false);
        var issues = Match(gold.Issues, graph, NodeKind.Issue, stop, prefix: false);
        var articles = MatchArticles(gold.Articles, graph, laws);

        var entities = new SortedDictionary<string, Score>(StringComparer.Ordinal)
        {
            ["stakeholders"] = EntityScore(stakeholders, graph, NodeKind.Stakeholder, touched),
            ["laws"] = EntityScore(laws, graph, NodeKind.Law, touched),
            ["articles"] = EntityScore(articles, graph, NodeKind.Article, touched),
            ["treaties"] = EntityScore(treaties, graph, NodeKind.Treaty, touched),
            ["issues"] = EntityScore(issues, graph, NodeKind.Issue, touched),
        };

        var targets = new Dictionary<string, string?>(laws, StringComparer.Ordinal);
        foreach (var (id, node) in articles.Concat(treaties))
        {
            targets[id] = node;
        }

        var predicted = statements.Select(e => (Key: Key(graph, e), Edge: e)).DistinctBy(x => x.Key).ToList();
        var goldKeys = gold.Relations
            .Select(r => (Key: new RelationKey(
                r.Type,
                r.Source is null ? null : stakeholders.GetValueOrDefault(r.Source) ?? "?missing:" + r.Source,
                targets.GetValueOrDefault(r.Target) ?? "?missing:" + r.Target,
                r.Paragraph), Relation: r))
            .DistinctBy(x => x.Key)
            .ToList();
        var predictedSet = predicted.Select(p => p.Key).ToHashSet();
        var goldSet = goldKeys.Select(g => g.Key).ToHashSet();

        var relations = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        var all = Score.Zero;
        foreach (var type in RelationTypes.Statements)
        {
            var score = Score.Of(predictedSet.Where(k => k.Type == type).ToHashSet(), goldSet.Where(k => k.Type == type).ToHashSet());
            relations[type] = score;
            all += score;
        }

        relations["all"] = all;
        var goldIdOf = stakeholders.Concat(targets).Where(kv => kv.Value is not null)
            .GroupBy(kv => kv.Value!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        var missed = goldKeys.Where(g => !predictedSet.Contains(g.Key)).Select(g => g.Relation)
            .OrderBy(r => r.Paragraph).ThenBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.ToString(), StringComparer.Ordinal).ToList();
        var spurious = predicted.Where(p => !goldSet.Contains(p.Key))
            .Select(p => new GoldRelation(p.Key.Type, p.Key.Source is { } s ? goldIdOf.GetValueOrDefault(s, s) : null, goldIdOf.GetValueOrDefault(p.Key.Target, p.Key.Target), p.Key.Paragraph)
            {
                Evidence = p.Edge.Evidence, Via = p.Edge.Via,
            })
            .OrderBy(r => r.Paragraph).ThenBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.ToString(), StringComparer.Ordinal).ToList();
        return new EvaluationReport(gold.Document, relations, entities, missed, spurious);
    }

    private static RelationKey Key(KnowledgeGraph graph, GraphEdge edge)
    {
        var unattributed = edge.Unattributed || (graph.TryGetNode(edge.Source, out var source) && source.Kind == NodeKind.Document);
        return new RelationKey(edge.Type, unattributed ? null : edge.Source, edge.Target, edge.Paragraph ?? -1);
    }

    private static Dictionary<string, string?> Match(IReadOnlyList<GoldEntity> gold, KnowledgeGraph graph, NodeKind kind, IReadOnlySet<string> stop, bool prefix) =>
        GreedyMatcher.Match(
            gold.Select(g => (g.Id, g.Names)).ToList(),
            graph.NodesOf(kind).Select(n => (n.Id, (IReadOnlyList<string>)Names(n))).ToList(),
            stop,
            prefix);

    /// <summary>What the reference matches a node by: name, abbreviation, id and aliases, the empty ones left out.</summary>
    private static List<string> Names(GraphNode node) =>
        new[] { node.Name, node.Abbreviation ?? "", node.Id }.Concat(node.Aliases).Where(n => n.Length > 0).ToList();

    private static Dictionary<string, string?> MatchArticles(IReadOnlyList<GoldEntity> gold, KnowledgeGraph graph, Dictionary<string, string?> laws)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var article in gold)
        {
            var law = article.Law is null ? null : laws.GetValueOrDefault(article.Law);
            var number = Number(article.Number);
            var hit = law is null ? null : graph.NodesOf(NodeKind.Article)
                .FirstOrDefault(n => n.Law == law && !used.Contains(n.Id) && Number(n.Number) == number)?.Id;
            if (hit is not null)
            {
                used.Add(hit);
            }

            result[article.Id] = hit;
        }

        return result;
    }

    private static string Number(string? number) => (number ?? "").ToLowerInvariant().TrimStart('0');

    private static Score EntityScore(Dictionary<string, string?> mapping, KnowledgeGraph graph, NodeKind kind, HashSet<string>? touched)
    {
        var matched = mapping.Values.OfType<string>().ToHashSet(StringComparer.Ordinal);
        var fp = graph.NodesOf(kind).Count(n => !matched.Contains(n.Id) && (touched is null || touched.Contains(n.Id)));
        return new Score(matched.Count, fp, mapping.Count - matched.Count);
    }

    private readonly record struct RelationKey(string Type, string? Source, string Target, int Paragraph);
}
