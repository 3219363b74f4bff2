using UprGraph.Model;

namespace UprGraph.Curation.Tests.Operations;

public sealed class SplitOperationTests
{
    [Fact]
    public void The_listed_edges_go_to_a_new_node_that_belongs_to_the_same_country()
    {
        // Arrange: the extractor took the Media Law of paragraph 9 for the one of paragraph 8
        var yaml = $$"""
            split:
              - node: "{{Ruritania.MediaLaw}}"
                into: {id: "law:RUR:law/mass-media", name: "Law on Mass Media"}
                edges: ["{{Ruritania.AiRepealsMedia}}"]
                why: "Paragraph 9 is about the Law on Mass Media."
            """;

        // Act
        var result = Curate.Ruritania(yaml);

        // Assert
        var created = result.Graph["law:RUR:law/mass-media"];
        Assert.Equal(("Law on Mass Media", NodeKind.Law, "RUR", true), (created.Name, created.Kind, created.Country, created.Curated));
        var moved = Assert.Single(result.Graph.InEdges(created.Id), e => e.Type == RelationTypes.RecommendsRepealing);
        Assert.Equal((Ruritania.Ai, 9, true), (moved.Source, moved.Paragraph, moved.Curated));
        Assert.Single(result.Graph.OutEdges(created.Id), e => e.Type == RelationTypes.LawOf && e.Target == Ruritania.Country);
        Assert.Single(result.Graph.InEdges(Ruritania.MediaLaw), e => e.Id == Ruritania.UnattributedMedia);
        Assert.True(result.Graph[Ruritania.MediaLaw].Curated);
    }

    [Fact]
    public void Splitting_into_an_id_that_exists_is_an_error()
    {
        // Arrange
        var yaml = $$"""
            split:
              - {node: "{{Ruritania.MediaLaw}}", into: {id: "{{Ruritania.PenalCode}}", name: "Penal Code"}, edges: ["{{Ruritania.AiRepealsMedia}}"], why: "x"}
            """;

        // Act
        var error = Assert.Throws<InputException>(() => Curate.Ruritania(yaml));

        // Assert
        Assert.Contains("curation.yaml:2:5: node 'law:RUR:code/penal' exists already", error.Message, StringComparison.Ordinal);
    }
}
