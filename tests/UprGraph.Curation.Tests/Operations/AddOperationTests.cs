using UprGraph.Model;

namespace UprGraph.Curation.Tests.Operations;

public sealed class AddOperationTests
{
    [Fact]
    public void An_added_edge_takes_its_sentence_footnotes_and_issue_from_the_paragraph()
    {
        // Arrange: JS3's recommendation the extractor missed, in paragraph 7
        var yaml = $$"""
            add:
              - {type: RECOMMENDS_AMENDING, source: "{{Ruritania.Js3}}", target: "{{Ruritania.Article174Of2014}}",
                 document: {{Ruritania.Symbol}}, paragraph: 7, why: "JS3 asks that the article be made precise."}
            """;

        // Act
        var result = Curate.Ruritania(yaml);

        // Assert
        var id = Ruritania.Statement(RelationTypes.RecommendsAmending, Ruritania.Js3, Ruritania.Article174Of2014, 7);
        var edge = Assert.Single(result.Graph.Edges, e => e.Id == id);
        Assert.Equal((1, Ruritania.Expression, Via.Named, true, "JS3 asks that the article be made precise."), (edge.Sentence, edge.Issue, edge.Via, edge.Curated, edge.Why));
        Assert.Equal([14], edge.Footnotes);
        Assert.Equal("article 174", edge.Evidence!.Substring(edge.ActSpan[0], edge.ActSpan[1]));
        Assert.Equal(2, result.AddedAt[id]);
    }

    [Fact]
    public void A_new_law_target_gets_the_id_the_extractor_would_give_it()
    {
        // Arrange
        var yaml = $$"""
            add:
              - type: RECOMMENDS_AMENDING
                source: "{{Ruritania.Hrw}}"
                target: {kind: Law, name: "Law on Peaceful Assemblies", country: RUR}
                document: {{Ruritania.Symbol}}
                paragraph: 6
                why: "HRW's footnote names the law."
            """;

        // Act
        var result = Curate.Ruritania(yaml);

        // Assert
        var law = result.Graph["law:RUR:law/assembly-peaceful"];
        Assert.Equal(("Law on Peaceful Assemblies", "RUR", true, false), (law.Name, law.Country, law.Curated, law.Proposed));
        Assert.Single(result.Graph.OutEdges(law.Id), e => e.Type == RelationTypes.LawOf);
        var edge = Assert.Single(result.Graph.InEdges(law.Id), e => e.Type == RelationTypes.RecommendsAmending);
        Assert.Equal((Ruritania.Hrw, 1, Via.Named), (edge.Source, edge.Sentence, edge.Via));
    }

    [Fact]
    public void A_paragraph_the_document_does_not_have_is_an_error()
    {
        // Arrange
        var yaml = $$"""
            add:
              - {type: CRITICIZES, source: "{{Ruritania.Ai}}", target: "{{Ruritania.MediaLaw}}", document: {{Ruritania.Symbol}}, paragraph: 77, why: "x"}
            """;

        // Act
        var error = Assert.Throws<InputException>(() => Curate.Ruritania(yaml));

        // Assert
        Assert.Equal($"curation.yaml:2:5: '{Ruritania.Symbol}' has no paragraph 77", error.Message);
    }

    [Fact]
    public void An_edge_the_graph_has_already_makes_the_entry_stale()
    {
        // Arrange
        var yaml = $$"""
            add:
              - {type: RECOMMENDS_REPEALING, source: "{{Ruritania.Ai}}", target: "{{Ruritania.MediaLaw}}", document: {{Ruritania.Symbol}}, paragraph: 9, why: "x"}
            """;

        // Act
        var result = Curate.Ruritania(yaml);

        // Assert
        Assert.Equal((0, $"curation.yaml:2: stale add: the graph has '{Ruritania.AiRepealsMedia}' already"), (result.Applied, Assert.Single(result.Stale).ToString()));
    }

    [Fact]
    public void An_added_edge_without_a_source_starts_at_the_document_unattributed()
    {
        // Arrange
        var yaml = $$"""
            add:
              - {type: CRITICIZES, target: "{{Ruritania.PenalCode2014}}", document: {{Ruritania.Symbol}}, paragraph: 5, sentence: 2, why: "x"}
            """;

        // Act
        var result = Curate.Ruritania(yaml);

        // Assert
        var edge = Assert.Single(result.Graph.Edges, e => e.Source == Ruritania.DocumentId && e.Target == Ruritania.PenalCode2014);
        Assert.Equal((true, Via.Unattributed, 2), (edge.Unattributed, edge.Via, edge.Sentence));
    }
}
