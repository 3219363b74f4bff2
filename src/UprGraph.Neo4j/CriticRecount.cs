using UprGraph.Model;

namespace UprGraph.Neo4j;

/// <summary>
/// Rewrites the stored <c>critics</c> counts from the database's relationships (the rule of
/// <c>CriticCounter</c> of the graph): a graph counts only its own documents, and a database that holds others, or lost
/// relationships to a reload, needs the counts made anew for the nodes the load touched.
/// </summary>
internal sealed class CriticRecount(LoadRun run, int batchSize)
{
    private static readonly NodeKind[] s_counted = [NodeKind.Law, NodeKind.Article, NodeKind.Stakeholder];

    public async Task RunAsync(IEnumerable<(string Id, NodeKind Kind)> nodes)
    {
        foreach (var group in nodes.Where(n => s_counted.Contains(n.Kind)).Distinct().GroupBy(n => n.Kind).OrderBy(g => g.Key))
        {
            var ids = group.Select(n => (object?)n.Id).ToList();
            for (var b = 0; b < ids.Count; b += batchSize)
            {
                var batch = ids.GetRange(b, Math.Min(batchSize, ids.Count - b));
                await run.ExecuteAsync([new CypherStatement(
                    LoadStatements.RecountCritics(group.Key),
                    new Dictionary<string, object?> { ["ids"] = batch },
                    $"counting the critics of {group.Key} nodes")]).ConfigureAwait(false);
                run.Report("critics", group.Key.ToString(), Math.Min(b + batchSize, ids.Count), ids.Count);
            }
        }
    }
}
