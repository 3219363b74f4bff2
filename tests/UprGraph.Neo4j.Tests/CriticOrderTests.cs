using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Neo4j.Tests;

/// <summary>cypher/top-laws.cypher lists critics as the rankings do: named organisations first, then JS2 before JS11.</summary>
[Collection(Neo4jTests.Name)]
public sealed class CriticOrderTests(Neo4jServer server) : IAsyncLifetime
{
    private const string Symbol = "A/HRC/WG.6/41/ZMB/3";
    private const string PenalCode = "law:ZMB:code/penal";

    public Task InitializeAsync() => server.ClearAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Top_laws_lists_named_critics_first_then_joint_submissions_by_number()
    {
        // Arrange
        var builder = new KnowledgeGraphBuilder()
            .AddNode(new GraphNode("doc:" + Symbol, NodeKind.Document, Symbol) { Symbol = Symbol, Year = 2022 })
            .AddNode(new GraphNode(PenalCode, NodeKind.Law, "Penal Code") { Country = "ZMB" });
        var critics = new[]
        {
            new GraphNode($"stakeholder:{Symbol}#JS11", NodeKind.Stakeholder, "Joint submission 11") { Abbreviation = "JS11", Category = StakeholderCategory.JointSubmission },
            new GraphNode($"stakeholder:{Symbol}#JS2", NodeKind.Stakeholder, "Joint submission 2") { Abbreviation = "JS2", Category = StakeholderCategory.JointSubmission },
            new GraphNode("stakeholder:zambia-ngo-forum", NodeKind.Stakeholder, "Zambia NGO Forum") { Category = StakeholderCategory.Ngo },
            new GraphNode("stakeholder:amnesty-international", NodeKind.Stakeholder, "Amnesty International") { Abbreviation = "AI", Category = StakeholderCategory.Ngo },
        };
        var paragraph = 0;
        foreach (var critic in critics)
        {
            paragraph++;
            builder.AddNode(critic).AddEdge(new GraphEdge(DocumentIds.Edge(RelationTypes.Criticizes, critic.Id, PenalCode, Symbol, paragraph), RelationTypes.Criticizes, critic.Id, PenalCode)
            {
                Document = Symbol, Paragraph = paragraph, Evidence = "The Penal Code criminalised defamation of the President.",
            });
        }

        var graph = builder.Build();
        using var client = server.NewClient();
        await new GraphLoader(client).LoadAsync(graph);

        // Act
        var rows = (await client.RunAsync([QueryFiles.Statement("top-laws.cypher")]))[0];

        // Assert
        var names = rows.Value(0, "criticNames").EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.Equal(["AI", "Zambia NGO Forum", "JS2", "JS11"], names);
        Assert.Equal(GraphRankings.TopLaws(graph)[0].Related.Select(c => c.Abbreviation ?? c.Name), names);
    }
}
