using System.Text.Json;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Neo4j;

/// <summary>
/// Makes the database equal the graph for the documents it loads. The relationships an earlier load wrote for those
/// documents (their statements, the stakeholders SUBMITTED_TO them, the members of their joint submissions) that the new
/// graph lacks are deleted; then the nodes at their ends that the new graph no longer has (a law merged away by a
/// curation file) are deleted too, unless another document still ties them in (a statement with a document, a
/// SUBMITTED_TO or MEMBER_OF, a statement about one of a law's articles).
/// </summary>
internal sealed class StaleCleanup(LoadRun run, LoadStatements statements, int batchSize)
{
    // Relationships found by Neo4j's own id: id(r) on 3.x and 4.x, elementId(r) on 5.x (the dialect's).
    private readonly string[] _scans =
    [
        $"MATCH (a)-[r]->(b) WHERE r.document IN $documents RETURN {statements.InternalIdOf("r")} AS internal, r.id AS id, a.id AS source, labels(a)[0] AS sourceLabel, b.id AS target, labels(b)[0] AS targetLabel",
        $"MATCH (a:Stakeholder)-[r:SUBMITTED_TO]->(b:Document) WHERE b.symbol IN $documents RETURN {statements.InternalIdOf("r")} AS internal, r.id AS id, a.id AS source, labels(a)[0] AS sourceLabel, b.id AS target, labels(b)[0] AS targetLabel",
        $"MATCH (a:Stakeholder)-[r:MEMBER_OF]->(b:Stakeholder) WHERE b.document IN $documents RETURN {statements.InternalIdOf("r")} AS internal, r.id AS id, a.id AS source, labels(a)[0] AS sourceLabel, b.id AS target, labels(b)[0] AS targetLabel",
    ];

    /// <summary>Relationships and nodes deleted, and the nodes at the ends of deleted relationships that remain (their counts change).</summary>
    public async Task<(int Relationships, int Nodes, IReadOnlyList<(string Id, NodeKind Kind)> Touched)> RunAsync(KnowledgeGraph graph)
    {
        var documents = Documents(graph);
        if (documents.Count == 0)
        {
            return (0, 0, []);
        }

        var parameters = new Dictionary<string, object?> { ["documents"] = documents };
        var scans = await run.ExecuteAsync(_scans.Select(s => new CypherStatement(s, parameters, "finding what an earlier load wrote for these documents")).ToList())
            .ConfigureAwait(false);
        var keep = graph.Edges.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var stale = scans.SelectMany(r => r.Rows).Where(r => r[1].ValueKind != JsonValueKind.String || !keep.Contains(r[1].GetString()!)).ToList();
        var deleted = 0;
        var ids = stale.Select(r => (object?)LoadStatements.ReadInternalId(r[0])).Distinct().ToList();
        for (var b = 0; b < ids.Count; b += batchSize)
        {
            var batch = ids.GetRange(b, Math.Min(batchSize, ids.Count - b));
            var result = (await run.ExecuteAsync([new CypherStatement(
                statements.DeleteRelationships,
                new Dictionary<string, object?> { ["ids"] = batch },
                "deleting relationships the reloaded documents no longer have")]).ConfigureAwait(false))[0];
            deleted += result.Stats.RelationshipsDeleted;
            run.Report("stale", "relationships", deleted, ids.Count);
        }

        var ends = stale.SelectMany(r => new[] { (r[2], r[3]), (r[4], r[5]) })
            .Where(e => e.Item1.ValueKind == JsonValueKind.String && e.Item2.ValueKind == JsonValueKind.String)
            .Select(e => (Id: e.Item1.GetString()!, Label: e.Item2.GetString()!))
            .Where(e => Enum.TryParse<NodeKind>(e.Label, out _))
            .Select(e => (e.Id, Kind: Enum.Parse<NodeKind>(e.Label)))
            .Distinct()
            .ToList();
        var gone = ends.Where(e => !graph.TryGetNode(e.Id, out _) && e.Kind is not (NodeKind.Document or NodeKind.Country)).ToList();
        var removed = await DeleteOrphansAsync(gone).ConfigureAwait(false);
        var touched = ends.Where(e => !removed.Contains(e.Id)).ToList();
        return (deleted, removed.Count, touched);
    }

    private async Task<HashSet<string>> DeleteOrphansAsync(List<(string Id, NodeKind Kind)> candidates)
    {
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in candidates.GroupBy(c => c.Kind).OrderBy(g => g.Key))
        {
            var ids = group.Select(c => (object?)c.Id).ToList();
            var ties = (await run.ExecuteAsync([new CypherStatement(
                LoadStatements.DocumentTies(group.Key),
                new Dictionary<string, object?> { ["ids"] = ids },
                $"finding {group.Key} nodes no document gives any more")]).ConfigureAwait(false))[0];
            var orphans = ties.Rows.Where(r => r[1].GetInt64() == 0).Select(r => (object?)r[0].GetString()).ToList();
            if (orphans.Count == 0)
            {
                continue;
            }

            await run.ExecuteAsync([new CypherStatement(
                LoadStatements.DeleteNodes(group.Key),
                new Dictionary<string, object?> { ["ids"] = orphans },
                $"deleting {group.Key} nodes no document gives any more")]).ConfigureAwait(false);
            removed.UnionWith(orphans.OfType<string>());
        }

        return removed;
    }

    private static List<string> Documents(KnowledgeGraph graph)
    {
        var evidence = GraphSchema.Default.Relationships.Where(r => r.HasEvidence).Select(r => r.Type).ToHashSet(StringComparer.Ordinal);
        return graph.NodesOf(NodeKind.Document).Select(d => d.Symbol)
            .Concat(graph.Edges.Where(e => evidence.Contains(e.Type)).Select(e => e.Document))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
