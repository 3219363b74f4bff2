using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Tests.Graph;

public class StakeholderOrderTests
{
    private static GraphNode Joint(int number) =>
        new($"stakeholder:A/HRC/WG.6/41/ZMB/3#JS{number}", NodeKind.Stakeholder, $"Joint submission {number}")
        {
            Abbreviation = $"JS{number}", Category = StakeholderCategory.JointSubmission,
        };

    private static GraphNode Named(string id, string name, string? abbreviation = null) =>
        new(id, NodeKind.Stakeholder, name) { Abbreviation = abbreviation, Category = StakeholderCategory.Ngo };

    [Fact]
    public void Sorts_named_organisations_first_then_joint_submissions_by_number()
    {
        // Arrange
        var critics = new[]
        {
            Joint(11), Named("stakeholder:hrw", "Human Rights Watch", "HRW"), Joint(2), Named("stakeholder:ai", "Amnesty International", "AI"),
            Joint(1), Named("stakeholder:article-19", "ARTICLE 19"),
        };

        // Act
        var sorted = critics.Order(StakeholderOrder.Instance).Select(c => c.Abbreviation ?? c.Name).ToList();

        // Assert
        Assert.Equal(["AI", "ARTICLE 19", "HRW", "JS1", "JS2", "JS11"], sorted);
    }

    [Fact]
    public void Ranks_a_laws_critics_in_stakeholder_order()
    {
        // Arrange
        const string law = "law:ZMB:code/penal";
        var builder = new KnowledgeGraphBuilder().AddNode(new GraphNode(law, NodeKind.Law, "Penal Code"));
        var critics = new[] { Joint(11), Joint(2), Named("stakeholder:zambia-ngo", "Zambia NGO Forum"), Named("stakeholder:ai", "Amnesty International", "AI") };
        foreach (var critic in critics)
        {
            builder.AddNode(critic).AddEdge(new GraphEdge("CRITICIZES|" + critic.Id, RelationTypes.Criticizes, critic.Id, law)
            {
                Document = "A/HRC/WG.6/41/ZMB/3", Paragraph = 9, Evidence = "The Penal Code criminalised defamation of the President.",
            });
        }

        // Act
        var ranked = Assert.Single(GraphRankings.TopLaws(builder.Build()));

        // Assert
        Assert.Equal(["AI", "Zambia NGO Forum", "JS2", "JS11"], ranked.Related.Select(c => c.Abbreviation ?? c.Name));
    }
}
