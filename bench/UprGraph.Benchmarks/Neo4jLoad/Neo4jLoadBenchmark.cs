using System.Diagnostics;
using System.Globalization;
using UprGraph.Graph;
using UprGraph.Model;
using UprGraph.Neo4j;

namespace UprGraph.Benchmarks.Neo4jLoad;

/// <summary>
/// <c>neo4j-load [--nodes N] [--edges M] [--batch B] [--naive K]</c>: loads a synthetic graph (default 100,000 nodes,
/// 1,000,000 relationships) with the batched <see cref="GraphLoader"/> into a fresh Neo4j (or the one NEO4J_URI names),
/// then deletes K of its relationships (default 10,000, spread over the graph) and loads them again one request per
/// relationship, and prints both rates and their ratio.
/// </summary>
internal sealed class Neo4jLoadBenchmark : IBenchmarkCommand
{
    public string Name => "neo4j-load";

    public string Description => "batched vs one-request-per-relationship loading into Neo4j (--nodes --edges --batch --naive)";

    public async Task<int> RunAsync(string[] args)
    {
        var nodes = Option(args, "--nodes", 100_000);
        var edges = Option(args, "--edges", 1_000_000);
        var batch = Option(args, "--batch", Neo4jSettings.DefaultBatchSize);
        var naive = Option(args, "--naive", 10_000);

        var clock = Stopwatch.StartNew();
        var graph = new SyntheticGraph(nodes, edges).Build();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synthetic graph: {graph.Nodes.Count:N0} nodes, {graph.Edges.Count:N0} relationships, built in {clock.Elapsed.TotalSeconds:F1} s"));

        await using var server = await BenchNeo4jServer.StartAsync(heap: "2g", pageCache: "1g").ConfigureAwait(false);
        using var client = new HttpCypherClient(server.Settings);
        var info = await client.ConnectAsync().ConfigureAwait(false);
        Console.WriteLine($"Neo4j {info.Version} at {server.Settings.Uri} ({(server.Owned ? "started for this run" : "from NEO4J_URI")}), batch size {batch:N0}");

        var phases = new PhaseClock();
        var report = await new GraphLoader(client, batch).LoadAsync(graph, phases).ConfigureAwait(false);
        var relationshipSeconds = phases.RelationshipSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batched: {report.NodesWritten:N0} nodes + {report.RelationshipsWritten:N0} relationships in {report.Elapsed.TotalSeconds:F1} s, {report.Batches} transactions"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batched: {report.RelationshipsWritten / relationshipSeconds:N0} rel/s over the relationship phase ({relationshipSeconds:F1} s); {report.RelationshipsPerSecond:N0} rel/s over the whole load"));

        var step = Math.Max(1, graph.Edges.Count / naive);
        var sample = graph.Edges.Where((_, i) => i % step == 0).Take(naive).ToList();
        await DeleteAsync(client, graph, sample).ConfigureAwait(false);
        clock.Restart();
        await NaiveLoader.LoadAsync(client, graph, sample).ConfigureAwait(false);
        var naiveRate = sample.Count / clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"naive: {sample.Count:N0} relationships, one request each, in {clock.Elapsed.TotalSeconds:F1} s: {naiveRate:N0} rel/s"));

        var total = (await client.RunAsync([new CypherStatement("MATCH ()-[r]->() RETURN count(r)")]).ConfigureAwait(false))[0].Rows[0][0].GetInt64();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"relationships in the database afterwards: {total:N0} (expected {graph.Edges.Count:N0})"));
        var ratio = report.RelationshipsWritten / relationshipSeconds / naiveRate;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio batched/naive: {ratio:F1}x (relationship phase), {report.RelationshipsPerSecond / naiveRate:F1}x (whole load)"));
        return total == graph.Edges.Count ? 0 : 1;
    }

    private static async Task DeleteAsync(HttpCypherClient client, KnowledgeGraph graph, IReadOnlyList<GraphEdge> edges)
    {
        foreach (var group in edges.GroupBy(e => graph[e.Source].Kind))
        {
            foreach (var chunk in group.Chunk(5_000))
            {
                await client.RunAsync([new CypherStatement(
                    $"UNWIND $rows AS row MATCH (a:{group.Key} {{id: row.s}})-[r]->() WHERE r.id = row.id DELETE r",
                    new Dictionary<string, object?> { ["rows"] = chunk.Select(e => new Dictionary<string, object?> { ["s"] = e.Source, ["id"] = e.Id }).ToList() })])
                    .ConfigureAwait(false);
            }
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
