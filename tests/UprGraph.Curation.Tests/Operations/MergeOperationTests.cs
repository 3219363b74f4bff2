using UprGraph.Model;

namespace UprGraph.Curation.Tests.Operations;

public sealed class MergeOperationTests
{
    private const string Merge2014IntoPenal = $$"""
        merge:
          - {into: "{{Ruritania.PenalCode}}", nodes: ["{{Ruritania.PenalCode2014}}"], why: "One code: the 2014 Penal Code is the Penal Code in force."}
        """;

    [Fact]
    public void Merged_nodes_names_become_aliases_of_the_target_and_the_merged_node_is_gone()
    {
        // Act
        var result = Curate.Ruritania(Merge2014IntoPenal);

        // Assert
        var penal = result.Graph[Ruritania.PenalCode];
        Assert.Equal(["2014 Penal Code", "new Penal Code"], penal.Aliases);
        Assert.Equal((true, "One code: the 2014 Penal Code is the Penal Code in force.", (int?)2014), (penal.Curated, penal.Why, penal.Year));
        Assert.False(result.Graph.TryGetNode(Ruritania.PenalCode2014, out _));
        Assert.DoesNotContain(result.Graph.Edges, e => e.Source == Ruritania.PenalCode2014 || e.Target == Ruritania.PenalCode2014);
    }

    [Fact]
    public void The_merged_laws_critics_are_the_union_of_both()
    {
        // Act
        var result = Curate.Ruritania(Merge2014IntoPenal);

        // Assert: AI (both), HRW (the 2014 name), JS3 (its article 174)
        Assert.Equal(3, result.Graph[Ruritania.PenalCode].Critics);
        Assert.Equal(["AI", "HRW", "JS3"], UprGraph.Graph.GraphRankings.TopLaws(result.Graph)[0].Related.Select(c => c.Abbreviation));
    }

    [Fact]
    public void Articles_of_a_merged_law_move_to_the_target_law()
    {
        // Act
        var result = Curate.Ruritania(Merge2014IntoPenal);

        // Assert: article 174 of the 2014 name is article 174 of the Penal Code, which takes in its edge
        Assert.False(result.Graph.TryGetNode(Ruritania.Article174Of2014, out _));
        var article = result.Graph[Ruritania.Article174];
        Assert.Equal((Ruritania.PenalCode, true), (article.Law, article.Curated));
        var moved = Assert.Single(result.Graph.InEdges(Ruritania.Article174), e => e.Type == RelationTypes.Criticizes);
        Assert.Equal((Ruritania.Js3, Ruritania.Statement(RelationTypes.Criticizes, Ruritania.Js3, Ruritania.Article174, 7)), (moved.Source, moved.Id));
        Assert.Equal(Ruritania.Js3Criticizes174Of2014, result.OriginalId(moved.Id));
    }

    [Fact]
    public void Edges_that_become_one_collapse_keeping_the_earliest_evidence()
    {
        // Act: AI criticised both names in paragraph 5, sentences 1 and 2
        var result = Curate.Ruritania(Merge2014IntoPenal);

        // Assert
        var edge = Assert.Single(result.Graph.Edges, e => e.Source == Ruritania.Ai && e.Target == Ruritania.PenalCode && e.Paragraph == 5);
        Assert.Equal((1, "AI noted that the Penal Code criminalised defamation of officials.", true), (edge.Sentence, edge.Evidence, edge.Curated));
        Assert.Single(result.Graph.Edges, e => e.Type == RelationTypes.LawOf && e.Source == Ruritania.PenalCode);
    }

    [Fact]
    public void A_node_merged_into_a_node_of_another_kind_is_an_error_at_its_line()
    {
        // Arrange
        var yaml = $$"""
            merge:
              - {into: "{{Ruritania.PenalCode}}", nodes: ["{{Ruritania.Ai}}"], why: "wrong"}
            """;

        // Act
        var error = Assert.Throws<InputException>(() => Curate.Ruritania(yaml));

        // Assert
        Assert.StartsWith("curation.yaml:2:5: cannot merge the Stakeholder", error.Message, StringComparison.Ordinal);
    }
}
