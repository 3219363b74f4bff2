using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Neo4j;

/// <summary>
/// Loads a <see cref="KnowledgeGraph"/> into Neo4j: constraints and indexes first, then the nodes of each label and
/// the relationships of each type (per pair of end labels) in batches, one transaction per batch, all by <c>MERGE</c>
/// on <c>id</c>. Loading the same graph again changes nothing. Loading a document's graph again replaces that
/// document's relationships: those an earlier load wrote for it that the new graph lacks are deleted first.
/// Nodes are only added or updated, never deleted.
/// </summary>
public sealed class GraphLoader
{
    private readonly ICypherClient _client;
    private readonly int _batchSize;

    public GraphLoader(ICypherClient client, int batchSize = Neo4jSettings.DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _client = client;
        _batchSize = batchSize;
    }

    public async Task<LoadReport> LoadAsync(KnowledgeGraph graph, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var clock = Stopwatch.StartNew();
        var server = await _client.ConnectAsync(cancellationToken).ConfigureAwait(false);
        var run = new LoadRun(_client, progress, cancellationToken);

        var schema = server.Dialect.SchemaStatements(GraphSchema.Default.Indexes)
            .Select(s => new CypherStatement(s, new Dictionary<string, object?>(), "schema: " + s))
            .ToList();
        await run.ExecuteAsync(schema).ConfigureAwait(false);
        progress?.Report(new LoadProgress("schema", server.Dialect.Name, schema.Count, schema.Count));

        var nodes = 0;
        var nodesCreated = 0;
        foreach (var group in graph.Nodes.GroupBy(n => n.Kind).OrderBy(g => g.Key))
        {
            var rows = group.Select(n => (object?)PropertyMaps.Of(n)).ToList();
            var (written, created) = await WriteAsync(run, "nodes", group.Key.ToString(), LoadStatements.MergeNodes(group.Key), rows, s => s.NodesCreated)
                .ConfigureAwait(false);
            nodes += written;
            nodesCreated += created;
        }

        var stale = await DeleteStaleAsync(run, graph).ConfigureAwait(false);

        var relationships = 0;
        var relationshipsCreated = 0;
        var groups = graph.Edges
            .GroupBy(e => (e.Type, Source: graph[e.Source].Kind, Target: graph[e.Target].Kind))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Source).ThenBy(g => g.Key.Target);
        foreach (var group in groups)
        {
            var rows = group.Select(e => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["s"] = e.Source,
                ["t"] = e.Target,
                ["p"] = PropertyMaps.Of(e),
            }).ToList();
            var name = $"{group.Key.Type} ({group.Key.Source} -> {group.Key.Target})";
            var statement = LoadStatements.MergeRelationships(group.Key.Type, group.Key.Source, group.Key.Target);
            var (written, created) = await WriteAsync(run, "relationships", name, statement, rows, s => s.RelationshipsCreated).ConfigureAwait(false);
            relationships += written;
            relationshipsCreated += created;
        }

        return new LoadReport(server.Version, nodes, nodesCreated, relationships, relationshipsCreated, stale, run.Batches, clock.Elapsed);
    }

    private async Task<(int Written, int Created)> WriteAsync(
        LoadRun run, string stage, string name, string text, List<object?> rows, Func<CypherStats, int> created)
    {
        var written = 0;
        var made = 0;
        var batches = (rows.Count + _batchSize - 1) / _batchSize;
        for (var b = 0; b < batches; b++)
        {
            var batch = rows.GetRange(b * _batchSize, Math.Min(_batchSize, rows.Count - (b * _batchSize)));
            var what = string.Create(CultureInfo.InvariantCulture, $"{stage} {name}, batch {b + 1} of {batches} (rows {(b * _batchSize) + 1}-{(b * _batchSize) + batch.Count})");
            var result = (await run.ExecuteAsync([new CypherStatement(text, new Dictionary<string, object?> { ["rows"] = batch }, what)]).ConfigureAwait(false))[0];
            var count = result.Rows.Count == 1 ? result.Rows[0][0].GetInt32() : 0;
            if (count != batch.Count)
            {
                throw Neo4jException.StatementFailed("UprGraph.Load.Incomplete", $"wrote {count} of {batch.Count} rows; a relationship's end node is missing from the database", what);
            }

            written += count;
            made += created(result.Stats);
            run.Report(stage, name, written, rows.Count);
        }

        return (written, made);
    }

    private async Task<int> DeleteStaleAsync(LoadRun run, KnowledgeGraph graph)
    {
        var evidence = GraphSchema.Default.Relationships.Where(r => r.HasEvidence).Select(r => r.Type).ToHashSet(StringComparer.Ordinal);
        var documents = graph.NodesOf(NodeKind.Document).Select(d => d.Symbol)
            .Concat(graph.Edges.Where(e => evidence.Contains(e.Type)).Select(e => e.Document))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (documents.Count == 0)
        {
            return 0;
        }

        var existing = (await run.ExecuteAsync([new CypherStatement(
            LoadStatements.RelationshipsOfDocuments,
            new Dictionary<string, object?> { ["documents"] = documents },
            "finding the relationships an earlier load wrote for these documents")]).ConfigureAwait(false))[0];
        var keep = graph.Edges.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var stale = existing.Rows
            .Where(r => r[1].ValueKind != JsonValueKind.String || !keep.Contains(r[1].GetString()!))
            .Select(r => (object?)r[0].GetInt64())
            .ToList();
        var deleted = 0;
        for (var b = 0; b < stale.Count; b += _batchSize)
        {
            var batch = stale.GetRange(b, Math.Min(_batchSize, stale.Count - b));
            var result = (await run.ExecuteAsync([new CypherStatement(
                LoadStatements.DeleteRelationships,
                new Dictionary<string, object?> { ["ids"] = batch },
                "deleting relationships the reloaded documents no longer have")]).ConfigureAwait(false))[0];
            deleted += result.Stats.RelationshipsDeleted;
            run.Report("stale", "relationships", deleted, stale.Count);
        }

        return deleted;
    }
}
