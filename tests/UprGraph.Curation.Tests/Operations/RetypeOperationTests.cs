using UprGraph.Model;

namespace UprGraph.Curation.Tests.Operations;

public sealed class RetypeOperationTests
{
    [Fact]
    public void A_retyped_edge_gets_the_new_type_and_the_id_of_that_type()
    {
        // Arrange
        var yaml = $$"""
            retype:
              - {edge: "{{Ruritania.AiRepealsMedia}}", type: RECOMMENDS_AMENDING, why: "AI asks to remove the blocking powers, not the Law."}
            """;

        // Act
        var result = Curate.Ruritania(yaml);

        // Assert
        var edge = Assert.Single(result.Graph.Edges, e => e.Source == Ruritania.Ai && e.Target == Ruritania.MediaLaw);
        Assert.Equal((RelationTypes.RecommendsAmending, Ruritania.Statement(RelationTypes.RecommendsAmending, Ruritania.Ai, Ruritania.MediaLaw, 9), true),
            (edge.Type, edge.Id, edge.Curated));
        Assert.Equal(Ruritania.AiRepealsMedia, result.OriginalId(edge.Id));
    }

    [Fact]
    public void A_type_the_schema_does_not_allow_between_the_ends_is_an_error()
    {
        // Arrange
        var yaml = $$"""
            retype:
              - {edge: "{{Ruritania.AiRepealsMedia}}", type: RECOMMENDS_RATIFYING, why: "x"}
            """;

        // Act
        var error = Assert.Throws<InputException>(() => Curate.Ruritania(yaml));

        // Assert
        Assert.Equal("curation.yaml:2:5: a RECOMMENDS_RATIFYING edge goes from Stakeholder or Document to Treaty, not from Stakeholder to Law", error.Message);
    }
}
