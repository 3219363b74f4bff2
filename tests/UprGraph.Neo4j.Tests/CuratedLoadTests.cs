using UprGraph.Curation;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Neo4j.Tests;

/// <summary>
/// Loading makes Neo4j equal the graph for the loaded documents: the seed loaded, then loaded again curated (the second
/// law of the top-laws ranking merged into the first, both picked at run time), leaves no merged-away node, and the
/// stored counts and cypher/top-laws.cypher agree with the curated graph.
/// </summary>
[Collection(Neo4jTests.Name)]
public sealed class CuratedLoadTests(Neo4jServer server) : IAsyncLifetime
{
    private static readonly Lazy<(KnowledgeGraph Seed, IReadOnlyList<Segmentation.SegmentedDocument> Documents)> s_seed = new(() =>
    {
        var pipeline = new ExtractionPipelineBuilder().Build();
        var result = new CorpusExtractor(pipeline).Extract([RepoRoot.File("seeds", "A-HRC-WG.6-34-KAZ-3.txt")], keepDocuments: true);
        return (result.Graph, result.Segmented);
    });

    public Task InitializeAsync() => server.ClearAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_load_after_a_merge_leaves_no_merged_away_node_and_the_top_laws_query_gives_the_union_of_critics()
    {
        // Arrange: the seed loaded as extracted; a curation file merging the ranking's second law into its first
        var (seed, documents) = s_seed.Value;
        var top = GraphRankings.TopLaws(seed, 2);
        Assert.True(top.Count == 2, "The seed has fewer than two criticised laws.");
        var (first, second) = (top[0], top[1]);
        var yaml = $"merge:\n  - {{into: \"{first.Node.Id}\", nodes: [\"{second.Node.Id}\"], why: \"one act under two names\"}}\n";
        var curated = GraphCurator.Apply(seed, CurationReader.Read(new StringReader(yaml), "curation.yaml"), new SegmentedDocuments(documents)).Graph;
        var articlesOfSecond = seed.NodesOf(NodeKind.Article).Where(a => a.Law == second.Node.Id).Select(a => a.Id).ToList();
        using var client = server.NewClient();
        await new GraphLoader(client).LoadAsync(seed);

        // Act
        var report = await new GraphLoader(client).LoadAsync(curated);

        // Assert: the merged-away law and its moved articles are gone; the database is the curated graph
        var gone = (await client.RunAsync([new CypherStatement("MATCH (n) WHERE n.id IN $ids RETURN count(n)",
            new Dictionary<string, object?> { ["ids"] = articlesOfSecond.Prepend(second.Node.Id).ToList() })]))[0];
        Assert.Equal(0, gone.Rows[0][0].GetInt32());
        Assert.Equal(1 + articlesOfSecond.Count, report.StaleNodesDeleted);
        var expected = GraphSnapshot.Of(curated);
        var actual = await GraphSnapshot.ReadAsync(client);
        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(expected.Relationships, actual.Relationships);
        var rows = (await client.RunAsync([QueryFiles.Statement("top-laws.cypher", new() { ["limit"] = 1000 })]))[0];
        var ids = Enumerable.Range(0, rows.Rows.Count).Select(i => rows.Value(i, "id").GetString()).ToList();
        Assert.DoesNotContain(second.Node.Id, ids);
        var union = first.Related.Concat(second.Related).Select(c => c.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        var row = ids.IndexOf(first.Node.Id);
        Assert.Equal(union.Count, rows.Value(row, "critics").GetInt32());
        Assert.Equal(union.Count, curated[first.Node.Id].Critics);
        Assert.Equal(
            GraphRankings.TopLaws(curated, 1000).Single(r => r.Node.Id == first.Node.Id).Related.Select(c => c.Abbreviation ?? c.Name),
            rows.Value(row, "criticNames").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task Two_reviews_loaded_one_after_the_other_give_the_counts_of_their_merged_graph()
    {
        // Arrange: the seed and a later review of the same country (same text, another session)
        var seed = s_seed.Value.Seed;
        var folder = Directory.CreateTempSubdirectory("upr-graph-later-").FullName;
        var later = Path.Combine(folder, "A-HRC-WG.6-48-KAZ-3.txt");
        await File.WriteAllTextAsync(later, (await File.ReadAllTextAsync(RepoRoot.File("seeds", "A-HRC-WG.6-34-KAZ-3.txt")))
            .Replace("A/HRC/WG.6/34/KAZ/3", "A/HRC/WG.6/48/KAZ/3", StringComparison.Ordinal));
        var second = new ExtractionPipelineBuilder().Build().ExtractFile(later);
        Directory.Delete(folder, recursive: true);
        var merged = ExtractionPipeline.Merge([seed, second]);
        using var client = server.NewClient();

        // Act
        await new GraphLoader(client).LoadAsync(seed);
        await new GraphLoader(client).LoadAsync(second);

        // Assert: each critics count is that of both reviews, not only of the one loaded last
        var expected = GraphSnapshot.Of(merged);
        var actual = await GraphSnapshot.ReadAsync(client);
        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(expected.Relationships, actual.Relationships);
    }
}
