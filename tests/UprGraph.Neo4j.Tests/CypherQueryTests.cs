using UprGraph.Graph;

namespace UprGraph.Neo4j.Tests;

[Collection(Neo4jTests.Name)]
public sealed class CypherQueryTests(Neo4jServer server) : IAsyncLifetime
{
    private readonly KnowledgeGraph _graph = SampleGraph.Build();

    public static TheoryData<string> Files => [.. QueryFiles.Names()];

    public async Task InitializeAsync()
    {
        await server.ClearAsync();
        using var client = server.NewClient();
        await new GraphLoader(client).LoadAsync(_graph);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Every_query_file_has_parameters_for_the_tests()
    {
        Assert.Equal(QueryFiles.Parameters.Keys.Order(StringComparer.Ordinal), QueryFiles.Names());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Query_file_says_what_it_answers_and_returns_rows(string file)
    {
        using var client = server.NewClient();
        var text = QueryFiles.Text(file);

        var result = Assert.Single(await client.RunAsync([QueryFiles.Statement(file)]));

        Assert.StartsWith("// ", text, StringComparison.Ordinal);
        Assert.Contains("// Parameters: ", text, StringComparison.Ordinal);
        Assert.NotEmpty(result.Rows);
    }

    [Fact]
    public async Task Top_laws_query_agrees_with_the_rankings()
    {
        using var client = server.NewClient();

        var rows = (await client.RunAsync([QueryFiles.Statement("top-laws.cypher")]))[0];

        var expected = GraphRankings.TopLaws(_graph, 10);
        Assert.Equal(3, expected.Count);
        Assert.Equal(
            expected.Select(r => $"{r.Node.Id} {r.Count} {r.Statements} {string.Join(",", r.Related.Select(c => c.Abbreviation ?? c.Name))}"),
            Enumerable.Range(0, rows.Rows.Count).Select(i =>
                $"{rows.Value(i, "id").GetString()} {rows.Value(i, "critics").GetInt32()} {rows.Value(i, "statements").GetInt32()} "
                + string.Join(",", rows.Value(i, "criticNames").EnumerateArray().Select(n => n.GetString()))));
    }

    [Fact]
    public async Task Top_articles_query_agrees_with_the_rankings()
    {
        using var client = server.NewClient();

        var rows = (await client.RunAsync([QueryFiles.Statement("top-articles.cypher")]))[0];

        Assert.Equal(
            GraphRankings.TopArticles(_graph, 10).Select(r => $"{r.Node.Id} {r.Count} {r.Statements}"),
            Enumerable.Range(0, rows.Rows.Count).Select(i =>
                $"{rows.Value(i, "id").GetString()} {rows.Value(i, "critics").GetInt32()} {rows.Value(i, "statements").GetInt32()}"));
    }

    [Fact]
    public async Task Critics_of_a_law_by_alias_include_its_articles_evidence_and_the_unattributed_statement()
    {
        using var client = server.NewClient();

        var penal = (await client.RunAsync([QueryFiles.Statement("critics-of-law.cypher", new() { ["law"] = "2015 Penal Code" })]))[0];
        var media = (await client.RunAsync([QueryFiles.Statement("critics-of-law.cypher", new() { ["law"] = SampleGraph.Media })]))[0];

        Assert.Equal(4, penal.Rows.Count);
        Assert.Contains(penal.Rows, r => r[7].GetString() == SampleGraph.TrickyEvidence);
        Assert.Equal(3, media.Rows.Count);
        Assert.Single(media.Rows, r => r[9].GetBoolean());
    }

    [Fact]
    public async Task Laws_across_documents_gives_the_first_year_of_the_rankings()
    {
        using var client = server.NewClient();

        var rows = (await client.RunAsync([QueryFiles.Statement("laws-across-documents.cypher")]))[0];

        var row = Assert.Single(rows.Rows);
        Assert.Equal(SampleGraph.PenalCode, row[0].GetString());
        Assert.Equal(GraphRankings.TopLaws(_graph).Single(r => r.Node.Id == SampleGraph.PenalCode).FirstReviewYear, row[3].GetInt32());
    }

    [Fact]
    public async Task Co_criticism_pairs_stakeholders_sharing_laws()
    {
        using var client = server.NewClient();

        var rows = (await client.RunAsync([QueryFiles.Statement("co-criticism.cypher")]))[0];

        Assert.Equal("AI HRW 2", $"{rows.Value(0, "stakeholder1").GetString()} {rows.Value(0, "stakeholder2").GetString()} {rows.Value(0, "sharedLaws").GetInt32()}");
    }

    [Fact]
    public async Task Schema_script_runs_statement_by_statement()
    {
        using var client = server.NewClient();
        var statements = QueryFiles.Text("schema-3.x.cypher").Split(";\n")
            .Select(s => string.Join("\n", s.Split('\n').Where(l => !l.StartsWith("//", StringComparison.Ordinal))).Trim())
            .Where(s => s.Length > 0)
            .Select(s => new CypherStatement(s))
            .ToList();

        foreach (var statement in statements)
        {
            await client.RunAsync([statement]);
        }

        Assert.Equal(10, statements.Count);
    }
}
