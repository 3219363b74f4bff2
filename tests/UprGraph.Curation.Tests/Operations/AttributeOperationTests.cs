using UprGraph.Model;

namespace UprGraph.Curation.Tests.Operations;

public sealed class AttributeOperationTests
{
    [Fact]
    public void An_unattributed_edge_gets_its_stakeholder_and_counts_as_its_criticism()
    {
        // Arrange
        var yaml = $$"""
            attribute:
              - {edge: "{{Ruritania.UnattributedMedia}}", source: "{{Ruritania.Hrw}}", via: footnote, why: "Footnote 15 cites HRW, p. 4."}
            """;

        // Act
        var result = Curate.Ruritania(yaml);

        // Assert
        var edge = Assert.Single(result.Graph.InEdges(Ruritania.MediaLaw), e => e.Type == RelationTypes.Criticizes);
        Assert.Equal((Ruritania.Hrw, false, Via.Footnote, true), (edge.Source, edge.Unattributed, edge.Via, edge.Curated));
        Assert.Equal(2, result.Graph[Ruritania.MediaLaw].Critics);
    }

    [Fact]
    public void An_edge_that_has_a_source_already_makes_the_entry_stale()
    {
        // Arrange
        var yaml = $$"""
            attribute:
              - {edge: "{{Ruritania.AiRepealsMedia}}", source: "{{Ruritania.Hrw}}", why: "x"}
            """;

        // Act
        var result = Curate.Ruritania(yaml);

        // Assert
        var stale = Assert.Single(result.Stale);
        Assert.Equal($"curation.yaml:2: stale attribute: edge '{Ruritania.AiRepealsMedia}' is attributed already (to '{Ruritania.Ai}')", stale.ToString());
    }
}
