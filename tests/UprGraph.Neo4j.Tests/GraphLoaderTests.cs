using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Neo4j.Tests;

[Collection(Neo4jTests.Name)]
public sealed class GraphLoaderTests(Neo4jServer server) : IAsyncLifetime
{
    public Task InitializeAsync() => server.ClearAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Loads_every_node_and_relationship_per_label_and_type()
    {
        var graph = SampleGraph.Build();
        using var client = server.NewClient();

        var report = await new GraphLoader(client, batchSize: 3).LoadAsync(graph);

        var counts = await client.RunAsync(
        [
            new CypherStatement("MATCH (n) RETURN labels(n)[0] AS label, count(*) AS count"),
            new CypherStatement("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count"),
        ]);
        Assert.Equal(
            graph.Nodes.GroupBy(n => n.Kind.ToString()).Select(g => $"{g.Key}={g.Count()}").Order(StringComparer.Ordinal),
            counts[0].Rows.Select(r => $"{r[0].GetString()}={r[1].GetInt32()}").Order(StringComparer.Ordinal));
        Assert.Equal(
            graph.Edges.GroupBy(e => e.Type).Select(g => $"{g.Key}={g.Count()}").Order(StringComparer.Ordinal),
            counts[1].Rows.Select(r => $"{r[0].GetString()}={r[1].GetInt32()}").Order(StringComparer.Ordinal));
        Assert.Equal((graph.Nodes.Count, graph.Nodes.Count), (report.NodesWritten, report.NodesCreated));
        Assert.Equal((graph.Edges.Count, graph.Edges.Count), (report.RelationshipsWritten, report.RelationshipsCreated));
        Assert.Equal("3.1.1", report.ServerVersion);
    }

    [Fact]
    public async Task Stores_properties_exactly_including_quotes_markup_characters_and_control_characters()
    {
        var graph = SampleGraph.Build();
        using var client = server.NewClient();

        await new GraphLoader(client).LoadAsync(graph);

        var results = await client.RunAsync(
        [
            new CypherStatement(
                "MATCH (:Stakeholder {id: $ai})-[r:CRITICIZES]->(:Article {id: $article}) WHERE r.paragraph = 12 RETURN r.evidence, r.footnotes, r.unattributed",
                new Dictionary<string, object?> { ["ai"] = SampleGraph.Ai, ["article"] = SampleGraph.Article130 }),
            new CypherStatement("MATCH (n:Law {id: $id}) RETURN n.name, n.year, n.aliases, n.proposed, n.critics",
                new Dictionary<string, object?> { ["id"] = SampleGraph.Refugees }),
            new CypherStatement("MATCH (n:Stakeholder {id: $id}) RETURN n.name, n.aliases", new Dictionary<string, object?> { ["id"] = SampleGraph.Clinic }),
        ]);
        var edge = Assert.Single(results[0].Rows);
        Assert.Equal(SampleGraph.TrickyEvidence, edge[0].GetString());
        Assert.Equal("[31,32]", GraphSnapshot.Canonical(edge[1]));
        Assert.False(edge[2].GetBoolean());
        var law = Assert.Single(results[1].Rows);
        Assert.Equal(graph[SampleGraph.Refugees].Name, law[0].GetString());
        Assert.Equal(2009, law[1].GetInt32());
        Assert.Equal("[\"Refugee Law\"]", GraphSnapshot.Canonical(law[2]));
        Assert.False(law[3].GetBoolean());
        Assert.Equal(graph[SampleGraph.Refugees].Critics, law[4].GetInt32());
        var clinic = Assert.Single(results[2].Rows);
        Assert.Equal("Ruritanian Legal Clinic “Zaщita”", clinic[0].GetString());
        Assert.Equal("[]", GraphSnapshot.Canonical(clinic[1]));
    }

    [Fact]
    public async Task Database_holds_exactly_the_graph()
    {
        var graph = SampleGraph.Build();
        using var client = server.NewClient();

        await new GraphLoader(client).LoadAsync(graph);

        var expected = GraphSnapshot.Of(graph);
        var actual = await GraphSnapshot.ReadAsync(client);
        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(expected.Relationships, actual.Relationships);
    }

    [Fact]
    public async Task Loading_twice_leaves_the_same_nodes_relationships_and_properties()
    {
        var graph = SampleGraph.Build();
        using var client = server.NewClient();
        var loader = new GraphLoader(client, batchSize: 4);
        await loader.LoadAsync(graph);
        var first = await GraphSnapshot.ReadAsync(client);

        var again = await loader.LoadAsync(graph);

        var second = await GraphSnapshot.ReadAsync(client);
        Assert.Equal(first.Nodes, second.Nodes);
        Assert.Equal(first.Relationships, second.Relationships);
        Assert.Equal((0, 0, 0), (again.NodesCreated, again.RelationshipsCreated, again.StaleRelationshipsDeleted));
        Assert.Equal((graph.Nodes.Count, graph.Edges.Count), (again.NodesWritten, again.RelationshipsWritten));
    }

    [Fact]
    public async Task Reloading_a_changed_document_replaces_its_relationships_and_unset_properties()
    {
        var original = SampleGraph.Build();
        var dropped = original.Edges.Single(e => e.Source == SampleGraph.Hrw && e.Target == SampleGraph.Media);
        var moved = original.Edges.Single(e => e.Type == RelationTypes.RecommendsAmending);
        var builder = new KnowledgeGraphBuilder();
        foreach (var node in original.Nodes)
        {
            builder.AddNode(node.Id == SampleGraph.Refugees ? node with { Year = null, Aliases = [], Critics = null } : node with { Critics = null });
        }

        foreach (var edge in original.Edges.Where(e => e != dropped))
        {
            builder.AddEdge(edge == moved
                ? edge with { Id = DocumentIds.Edge(edge.Type, edge.Source, edge.Target, edge.Document, 22), Paragraph = 22, Evidence = "JS4 recommended amending it." }
                : edge);
        }

        var changed = builder.Build();
        using var client = server.NewClient();
        var loader = new GraphLoader(client);
        await loader.LoadAsync(original);

        var report = await loader.LoadAsync(changed);

        var actual = await GraphSnapshot.ReadAsync(client);
        var expected = GraphSnapshot.Of(changed);
        Assert.Equal(expected.Relationships, actual.Relationships);
        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(2, report.StaleRelationshipsDeleted);
        Assert.Equal(1, report.RelationshipsCreated);
    }

    [Fact]
    public async Task A_failing_batch_names_itself_and_a_rerun_completes_the_load()
    {
        var graph = SampleGraph.Build();
        using var client = server.NewClient();
        await client.RunAsync([new CypherStatement("CREATE CONSTRAINT ON (n:Issue) ASSERT n.name IS UNIQUE")]);
        try
        {
            await client.RunAsync([new CypherStatement("CREATE (:Issue {id: 'issue:elsewhere', name: $name})",
                new Dictionary<string, object?> { ["name"] = graph[SampleGraph.Asylum].Name })]);

            var error = await Assert.ThrowsAsync<Neo4jException>(() => new GraphLoader(client).LoadAsync(graph));

            Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
            Assert.Contains("nodes Issue, batch 1 of 1", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
            await client.RunAsync([new CypherStatement("MATCH (n:Issue {id: 'issue:elsewhere'}) DELETE n")]);
            await new GraphLoader(client).LoadAsync(graph);
            var actual = await GraphSnapshot.ReadAsync(client);
            Assert.Equal(GraphSnapshot.Of(graph).Nodes, actual.Nodes);
            Assert.Equal(GraphSnapshot.Of(graph).Relationships, actual.Relationships);
        }
        finally
        {
            await client.RunAsync([new CypherStatement("DROP CONSTRAINT ON (n:Issue) ASSERT n.name IS UNIQUE")]);
        }
    }

    [Fact]
    public async Task A_load_cut_off_among_the_relationships_completes_on_rerun_without_duplicates()
    {
        var graph = SampleGraph.Build();
        using var client = server.NewClient();
        var cut = new FailingClient(client, marker: ":CRITICIZES]->(b)", failAt: 3);

        await Assert.ThrowsAsync<Neo4jException>(() => new GraphLoader(cut, batchSize: 2).LoadAsync(graph));
        var partial = await GraphSnapshot.ReadAsync(client);
        var report = await new GraphLoader(client, batchSize: 2).LoadAsync(graph);

        var actual = await GraphSnapshot.ReadAsync(client);
        Assert.Equal(3, partial.Relationships.Count(r => r.StartsWith("CRITICIZES ", StringComparison.Ordinal)));
        Assert.Equal(GraphSnapshot.Of(graph).Relationships, actual.Relationships);
        Assert.Equal(graph.Edges.Count - partial.Relationships.Count, report.RelationshipsCreated);
    }

    [Fact]
    public async Task Reports_progress_per_batch_up_to_every_row()
    {
        var graph = SampleGraph.Build();
        using var client = server.NewClient();
        var reports = new List<LoadProgress>();

        await new GraphLoader(client, batchSize: 2).LoadAsync(graph, new SynchronousProgress(reports.Add));

        Assert.Contains(reports, p => p.Stage == "schema");
        Assert.Equal(graph.Nodes.Count, reports.Where(p => p.Stage == "nodes").GroupBy(p => p.Name).Sum(g => g.Max(p => p.Done)));
        Assert.Equal(graph.Edges.Count, reports.Where(p => p.Stage == "relationships").GroupBy(p => p.Name).Sum(g => g.Max(p => p.Done)));
        Assert.All(reports, p => Assert.InRange(p.Done, 0, p.Total));
    }
}
