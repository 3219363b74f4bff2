namespace UprGraph.Curation.Tests.Operations;

public sealed class DropOperationTests
{
    [Fact]
    public void A_dropped_edge_leaves_the_graph_and_the_counts()
    {
        // Arrange
        var yaml = $$"""
            drop:
              - {edge: "{{Ruritania.HrwCriticizes2014}}", why: "HRW reports prosecutions; it states no problem with the Code."}
            """;

        // Act
        var result = Curate.Ruritania(yaml);

        // Assert
        Assert.DoesNotContain(result.Graph.Edges, e => e.Id == Ruritania.HrwCriticizes2014);
        Assert.Equal(2, result.Graph[Ruritania.PenalCode2014].Critics); // AI, and JS3 through article 174
        Assert.Equal("curation: curation.yaml, 1 applied, 0 stale", result.Summary);
    }
}
