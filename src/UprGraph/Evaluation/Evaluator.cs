using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Evaluation;

/// <summary>
/// Compares the graph extracted from one document with its gold annotation: a relation matches when type, source,
/// target and paragraph match; entities per kind. With a paragraph range, only that range's relations count, and only
/// the entities they touch.
/// </summary>
public static class Evaluator
{
    public static EvaluationReport Evaluate(KnowledgeGraph graph, GoldDocument gold)
    {
        var matcher = new EntityMatcher(graph, gold);
        bool InRange(int paragraph) => gold.ParagraphRange is not { } r || (paragraph >= r.First && paragraph <= r.Last);

        var extracted = graph.Edges
            .Where(e => RelationTypes.Statements.Contains(e.Type) && e.Paragraph is { } p && InRange(p)
                        && (e.Document is null || string.Equals(e.Document, gold.Document, StringComparison.Ordinal)))
            .Select(e => new GoldRelation(e.Type, e.Unattributed ? null : matcher.GoldId(e.Source), matcher.GoldId(e.Target), e.Paragraph!.Value)
            {
                Evidence = e.Evidence, Via = e.Via,
            })
            .DistinctBy(r => (r.Type, r.Source, r.Target, r.Paragraph))
            .ToList();
        var goldRelations = gold.Relations.Where(r => InRange(r.Paragraph)).DistinctBy(r => (r.Type, r.Source, r.Target, r.Paragraph)).ToList();
        var extractedKeys = extracted.Select(Key).ToHashSet();
        var goldKeys = goldRelations.Select(Key).ToHashSet();

        var relations = new SortedDictionary<string, Score>(StringComparer.Ordinal) { ["all"] = Score.Of(extractedKeys, goldKeys) };
        foreach (var type in RelationTypes.Statements)
        {
            relations[type] = Score.Of(extractedKeys.Where(k => k.Type == type).ToHashSet(), goldKeys.Where(k => k.Type == type).ToHashSet());
        }

        var entities = new SortedDictionary<string, Score>(StringComparer.Ordinal)
        {
            ["stakeholders"] = Entities(graph.NodesOf(NodeKind.Stakeholder).Where(n => graph.OutEdges(n.Id).Any(e => e.Evidence is not null)), gold.Stakeholders),
            ["laws"] = Entities(graph.NodesOf(NodeKind.Law), gold.Laws),
            ["articles"] = Entities(graph.NodesOf(NodeKind.Article), gold.Articles),
            ["treaties"] = Entities(graph.NodesOf(NodeKind.Treaty), gold.Treaties),
            ["issues"] = Entities(graph.NodesOf(NodeKind.Issue), gold.Issues),
        };

        if (gold.ParagraphRange is not null)
        {
            var touchedGold = goldRelations.SelectMany(r => new[] { r.Source, r.Target }).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var touchedExtracted = extracted.SelectMany(r => new[] { r.Source, r.Target }).OfType<string>().ToHashSet(StringComparer.Ordinal);
            entities["stakeholders"] = Entities(graph.NodesOf(NodeKind.Stakeholder).Where(n => touchedExtracted.Contains(matcher.GoldId(n.Id))), gold.Stakeholders.Where(s => touchedGold.Contains(s.Id)));
            foreach (var (kind, nodeKind, list) in new[] { ("laws", NodeKind.Law, gold.Laws), ("articles", NodeKind.Article, gold.Articles), ("treaties", NodeKind.Treaty, gold.Treaties) })
            {
                entities[kind] = Entities(graph.NodesOf(nodeKind).Where(n => touchedExtracted.Contains(matcher.GoldId(n.Id))), list.Where(e => touchedGold.Contains(e.Id)));
            }

            entities["issues"] = Entities(graph.NodesOf(NodeKind.Issue).Where(n => gold.Issues.Any(i => i.Id == matcher.GoldId(n.Id) && i.Paragraphs.Any(InRange))), gold.Issues.Where(i => i.Paragraphs.Any(InRange)));
        }

        return new EvaluationReport(
            gold.Document,
            relations,
            entities,
            goldRelations.Where(r => !extractedKeys.Contains(Key(r))).OrderBy(r => r.Paragraph).ThenBy(r => r.Type, StringComparer.Ordinal).ToList(),
            extracted.Where(r => !goldKeys.Contains(Key(r))).OrderBy(r => r.Paragraph).ThenBy(r => r.Type, StringComparer.Ordinal).ToList());

        Score Entities(IEnumerable<GraphNode> nodes, IEnumerable<GoldEntity> goldEntities) =>
            Score.Of(nodes.Select(n => matcher.GoldId(n.Id)).ToHashSet(StringComparer.Ordinal), goldEntities.Select(g => g.Id).ToHashSet(StringComparer.Ordinal));
    }

    private static (string Type, string? Source, string Target, int Paragraph) Key(GoldRelation r) => (r.Type, r.Source, r.Target, r.Paragraph);
}
