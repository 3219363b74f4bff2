using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Neo4j;

/// <summary>
/// Loads a <see cref="KnowledgeGraph"/> into Neo4j: constraints and indexes first, then the nodes of each label and
/// the relationships of each type (per pair of end labels) in batches, one transaction per batch, by <c>MERGE</c> on
/// <c>id</c>. A label or relationship type the database has none of yet is written with the cheaper <c>CREATE</c>
/// (every id occurs once in a graph; a load cut off halfway leaves some, so its re-run merges). Loading the same graph
/// again changes nothing. Loading a document's graph again makes the database equal it for that document
/// (<see cref="StaleCleanup"/>): the relationships an earlier load wrote for it that the new graph lacks are deleted,
/// and so are the nodes only that document gave that the new graph no longer has (a law a curation file merged away);
/// stored counts (<c>critics</c>) are then counted anew from the database (<see cref="CriticRecount"/>). The node
/// statements return the nodes' Neo4j internal ids, and the relationship statements find their ends by those (a record
/// read instead of an index lookup).
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
        var statements = server.Dialect.Load;
        var labels = await LabelsPresentAsync(run, graph).ConfigureAwait(false);
        var internalIds = new Dictionary<string, object>(graph.Nodes.Count, StringComparer.Ordinal);
        foreach (var group in graph.Nodes.GroupBy(n => n.Kind).OrderBy(g => g.Key))
        {
            var statement = labels.Contains(group.Key) ? statements.MergeNodes(group.Key) : statements.CreateNodes(group.Key);
            var (written, created) = await WriteAsync(
                run, "nodes", group.Key.ToString(), statement, group.ToList(), n => PropertyMaps.Of(n), s => s.NodesCreated, r => ReadInternalIds(r, internalIds))
                .ConfigureAwait(false);
            nodes += written;
            nodesCreated += created;
        }

        var (stale, staleNodes, touched) = await new StaleCleanup(run, statements, _batchSize).RunAsync(graph).ConfigureAwait(false);
        var present = await TypesPresentAsync(run, graph).ConfigureAwait(false);

        var relationships = 0;
        var relationshipsCreated = 0;
        var groups = graph.Edges
            .GroupBy(e => (e.Type, Source: graph[e.Source].Kind, Target: graph[e.Target].Kind))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Source).ThenBy(g => g.Key.Target);
        foreach (var group in groups)
        {
            var name = $"{group.Key.Type} ({group.Key.Source} -> {group.Key.Target})";
            var statement = present.Contains(group.Key.Type)
                ? statements.MergeRelationships(group.Key.Type, group.Key.Source, group.Key.Target)
                : statements.CreateRelationships(group.Key.Type, group.Key.Source, group.Key.Target);
            var (written, created) = await WriteAsync(
                run, "relationships", name, statement, group.ToList(), e => RelationshipRow(e, internalIds), s => s.RelationshipsCreated)
                .ConfigureAwait(false);
            relationships += written;
            relationshipsCreated += created;
        }

        // The graph's counts hold for a database of its documents alone; one that had other nodes gets them counted anew.
        if (labels.Count > 0)
        {
            var counted = graph.Nodes.Select(n => (n.Id, n.Kind)).Concat(touched);
            await new CriticRecount(run, _batchSize).RunAsync(counted).ConfigureAwait(false);
        }

        return new LoadReport(server.Version, nodes, nodesCreated, relationships, relationshipsCreated, stale, run.Batches, clock.Elapsed)
        {
            StaleNodesDeleted = staleNodes,
        };
    }

    /// <summary>
    /// Writes <paramref name="items"/> in batches, one transaction each. The next batch's rows are made and serialised
    /// while the server writes the current one. <paramref name="read"/> sees each batch's result.
    /// </summary>
    private async Task<(int Written, int Created)> WriteAsync<T>(
        LoadRun run, string stage, string name, string text, List<T> items, Func<T, object?> row, Func<CypherStats, int> created,
        Action<CypherResult>? read = null)
    {
        var written = 0;
        var made = 0;
        var batches = (items.Count + _batchSize - 1) / _batchSize;
        JsonRows Rows(int b) => JsonRows.Of(items.GetRange(b * _batchSize, Math.Min(_batchSize, items.Count - (b * _batchSize))).Select(row));
        Task<JsonRows>? next = batches > 0 ? Task.Run(() => Rows(0)) : null;
        for (var b = 0; b < batches; b++)
        {
            var batch = await next!.ConfigureAwait(false);
            var following = b + 1;
            next = following < batches ? Task.Run(() => Rows(following)) : null;
            var what = string.Create(CultureInfo.InvariantCulture, $"{stage} {name}, batch {b + 1} of {batches} (rows {(b * _batchSize) + 1}-{(b * _batchSize) + batch.Count})");
            var result = (await run.ExecuteAsync([new CypherStatement(text, new Dictionary<string, object?> { ["rows"] = batch }, what)]).ConfigureAwait(false))[0];
            var count = result.Rows.Count == 1 ? result.Rows[0][0].GetInt32() : 0;
            if (count != batch.Count)
            {
                throw Neo4jException.StatementFailed("UprGraph.Load.Incomplete", $"wrote {count} of {batch.Count} rows; a relationship's end node is missing from the database", what);
            }

            read?.Invoke(result);
            written += count;
            made += created(result.Stats);
            run.Report(stage, name, written, items.Count);
        }

        return (written, made);
    }

    private static Dictionary<string, object?> RelationshipRow(GraphEdge edge, Dictionary<string, object> internalIds) => new(StringComparer.Ordinal)
    {
        ["a"] = internalIds[edge.Source],
        ["b"] = internalIds[edge.Target],
        ["p"] = PropertyMaps.Of(edge),
    };

    /// <summary>Adds a node batch's ids and Neo4j internal ids (<see cref="LoadStatements.MergeNodes"/>) to <paramref name="internalIds"/>.</summary>
    private static void ReadInternalIds(CypherResult result, Dictionary<string, object> internalIds)
    {
        foreach (var (id, internalId) in result.Value(0, "ids").EnumerateArray().Zip(result.Value(0, "internal").EnumerateArray()))
        {
            internalIds[id.GetString()!] = InternalId(internalId);
        }
    }

    private static object InternalId(JsonElement value) => LoadStatements.ReadInternalId(value);

    /// <summary>The labels of the graph the database already has nodes of (those must be merged, not created).</summary>
    private static async Task<HashSet<NodeKind>> LabelsPresentAsync(LoadRun run, KnowledgeGraph graph)
    {
        var kinds = graph.Nodes.Select(n => n.Kind).Distinct().Order().ToList();
        var counts = await run.ExecuteAsync(kinds
            .Select(k => new CypherStatement(LoadStatements.CountNodes(k), new Dictionary<string, object?>(), "counting nodes of label " + k))
            .ToList()).ConfigureAwait(false);
        return kinds.Where((_, i) => counts[i].Rows[0][0].GetInt64() > 0).ToHashSet();
    }

    /// <summary>The relationship types of the graph the database already has some of (those must be merged, not created).</summary>
    private static async Task<HashSet<string>> TypesPresentAsync(LoadRun run, KnowledgeGraph graph)
    {
        var types = graph.Edges.Select(e => e.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var counts = await run.ExecuteAsync(types
            .Select(t => new CypherStatement(LoadStatements.CountRelationships(t), new Dictionary<string, object?>(), "counting relationships of type " + t))
            .ToList()).ConfigureAwait(false);
        return types.Where((_, i) => counts[i].Rows[0][0].GetInt64() > 0).ToHashSet(StringComparer.Ordinal);
    }
}
