namespace UprGraph.Neo4j.Tests;

[Collection(Neo4jTests.Name)]
public sealed class HttpCypherClientTests(Neo4jServer server)
{
    [Fact]
    public async Task Finds_the_3x_commit_endpoint_through_discovery()
    {
        using var client = server.NewClient();

        var info = await client.ConnectAsync();

        Assert.Equal("3.1.1", info.Version);
        Assert.Equal(3, info.Major);
        Assert.Equal("/db/data/transaction/commit", info.CommitEndpoint.AbsolutePath);
        Assert.Same(CypherDialect.Neo4j3, info.Dialect);
    }

    [Fact]
    public async Task Passes_parameters_and_returns_rows_and_counters()
    {
        using var client = server.NewClient();
        var text = "Law \"On <Refugees>\" & ü\u0001";

        var results = await client.RunAsync(
        [
            new CypherStatement("RETURN $text AS text, $numbers AS numbers, $flag AS flag, $missing AS missing",
                new Dictionary<string, object?> { ["text"] = text, ["numbers"] = new[] { 1, 2 }, ["flag"] = true, ["missing"] = null }),
            new CypherStatement("CREATE (n:Scratch {name: $text}) DELETE n", new Dictionary<string, object?> { ["text"] = text }),
        ]);

        Assert.Equal(["text", "numbers", "flag", "missing"], results[0].Columns);
        Assert.Equal(text, results[0].Value(0, "text").GetString());
        Assert.Equal("[1,2]", GraphSnapshot.Canonical(results[0].Value(0, "numbers")));
        Assert.True(results[0].Value(0, "flag").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, results[0].Value(0, "missing").ValueKind);
        Assert.Equal((1, 1), (results[1].Stats.NodesCreated, results[1].Stats.NodesDeleted));
    }

    [Fact]
    public async Task A_failing_statement_is_an_error_with_its_code_and_description_and_rolls_back_the_transaction()
    {
        using var client = server.NewClient();
        await server.ClearAsync();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(
        [
            new CypherStatement("CREATE (:Scratch {name: 'rolled back'})"),
            new CypherStatement("MATCH (n RETURN n", new Dictionary<string, object?>(), "the broken query"),
        ]));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.StartsWith("Neo4j: the broken query failed: Neo.ClientError.Statement.SyntaxError: ", error.Message, StringComparison.Ordinal);
        var left = await client.RunAsync([new CypherStatement("MATCH (n:Scratch) RETURN count(n)")]);
        Assert.Equal(0, left[0].Rows[0][0].GetInt32());
    }

    [Fact]
    public async Task Wrong_password_is_an_authentication_error_that_does_not_show_the_password()
    {
        const string wrong = "not-the-Passw0rd";
        using var client = new HttpCypherClient(Neo4jSettings.Create(server.Settings.Uri.ToString(), "neo4j", wrong));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.ConnectAsync());

        Assert.Contains("authentication failed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_nobody_listens_on_is_a_cannot_reach_error()
    {
        var uri = $"http://127.0.0.1:{Neo4jServer.FreePort()}";
        using var client = new HttpCypherClient(Neo4jSettings.Create(uri, "neo4j", server.Password));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync([new CypherStatement("RETURN 1")]));

        Assert.StartsWith($"Neo4j: cannot reach {uri}/: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password, error.Message, StringComparison.Ordinal);
    }
}
