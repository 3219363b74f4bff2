using UprGraph.Export.Neo4jImport;
using UprGraph.Graph;

namespace UprGraph.Neo4j.Tests;

/// <summary>
/// The neo4j-import folder of the curated seed (its top two laws merged, an edge dropped), imported offline with Neo4j's
/// own neo4j-admin into an empty database, gives the same nodes and relationships, per label and type, as the online
/// load of the same graph, and the same curated nodes and edges with their reasons.
/// </summary>
[Collection(Neo4jTests.Name)]
public sealed class OfflineImportTests(Neo4jServer server)
{
    private const string CountByLabel = "MATCH (n) RETURN labels(n)[0] AS key, count(*) AS count ORDER BY key";
    private const string CountByType = "MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count ORDER BY key";

    [Fact]
    public async Task Csv_files_imported_offline_give_the_counts_of_the_online_load()
    {
        // Arrange: the seed's graph, its CSV folder, and the same graph loaded online into the shared test server
        var seed = new ExtractionPipelineBuilder().Build().ExtractFile(RepoRoot.File("seeds", "A-HRC-WG.6-34-KAZ-3.txt"));
        Assert.True(seed.Edges.Count > 0, "The seed's graph is empty.");
        var top = GraphRankings.TopLaws(seed, 2);
        var dropped = seed.Edges.First(e => e.Type == Model.RelationTypes.Criticizes && e.Target != top[0].Node.Id && e.Target != top[1].Node.Id);
        var yaml = $"merge:\n  - {{into: \"{top[0].Node.Id}\", nodes: [\"{top[1].Node.Id}\"], why: \"one act, \\\"two\\\" names; merged\"}}\n"
            + $"drop:\n  - {{edge: \"{dropped.Id}\", why: \"not a criticism\"}}\n";
        var graph = Curation.GraphCurator.Apply(seed, Curation.CurationReader.Read(new StringReader(yaml), "curation.yaml")).Graph;
        var work = Path.Combine(Path.GetTempPath(), "upr-graph-import-test-" + Guid.NewGuid().ToString("N")[..12]);
        var csv = Path.Combine(work, "neo4j-import");
        new Neo4jImportWriter().WriteFile(graph, csv);
        await server.ClearAsync();
        using (var online = server.NewClient())
        {
            await new GraphLoader(online).LoadAsync(graph);
        }

        var instance = Path.Combine(work, "server");
        var password = "upr-" + Guid.NewGuid().ToString("N");
        var environment = new Dictionary<string, string>
        {
            ["NEO4J_PASSWORD"] = password,
            ["NEO4J_HTTP_PORT"] = Neo4jServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NEO4J_BOLT_PORT"] = Neo4jServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        try
        {
            // Act: neo4j-admin import into a new database, then start a server on it
            var (imported, importOutput) = await ScriptRunner.RunAsync("scripts/neo4j/server.sh", ["import", instance, csv], environment, TimeSpan.FromMinutes(3));
            Assert.True(imported == 0, "neo4j-admin import failed:\n" + importOutput);
            var (started, startOutput) = await ScriptRunner.RunAsync("scripts/neo4j/server.sh", ["start", instance], environment, TimeSpan.FromMinutes(3));
            Assert.True(started == 0, "the imported server did not start:\n" + startOutput);
            var port = File.ReadAllText(Path.Combine(instance, "http-port")).Trim();
            using var offline = new HttpCypherClient(Neo4jSettings.Create($"http://127.0.0.1:{port}", "neo4j", password));
            using var onlineClient = server.NewClient();

            // Assert
            var expectedLabels = graph.Nodes.GroupBy(n => n.Kind.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}").ToList();
            var expectedTypes = graph.Edges.GroupBy(e => e.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}").ToList();
            Assert.Equal(expectedLabels, await Counts(offline, CountByLabel));
            Assert.Equal(expectedTypes, await Counts(offline, CountByType));
            Assert.Equal(await Counts(onlineClient, CountByLabel), await Counts(offline, CountByLabel));
            Assert.Equal(await Counts(onlineClient, CountByType), await Counts(offline, CountByType));
            var curated = (await offline.RunAsync(
            [
                new CypherStatement("MATCH (n) WHERE n.curated = true RETURN n.id AS id, n.why AS why ORDER BY id"),
                new CypherStatement("MATCH ()-[r]->() WHERE r.curated = true RETURN r.id AS id, r.why AS why ORDER BY id"),
            ])).Select(r => Enumerable.Range(0, r.Rows.Count).Select(i => $"{r.Value(i, "id").GetString()} {r.Value(i, "why").GetString()}").ToList()).ToList();
            Assert.Equal(graph.Nodes.Where(n => n.Curated).Select(n => $"{n.Id} {n.Why}").Order(StringComparer.Ordinal), curated[0]);
            Assert.Equal(graph.Edges.Where(e => e.Curated).Select(e => $"{e.Id} {e.Why}").Order(StringComparer.Ordinal), curated[1]);
            Assert.Contains(top[0].Node.Id + " one act, \"two\" names; merged", curated[0]);
        }
        finally
        {
            await ScriptRunner.RunAsync("scripts/neo4j/server.sh", ["stop", instance], environment, TimeSpan.FromMinutes(2));
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<List<string>> Counts(HttpCypherClient client, string query)
    {
        var result = (await client.RunAsync([new CypherStatement(query)]))[0];
        return Enumerable.Range(0, result.Rows.Count)
            .Select(i => $"{result.Value(i, "key").GetString()}={result.Value(i, "count").GetInt32()}")
            .ToList();
    }
}
