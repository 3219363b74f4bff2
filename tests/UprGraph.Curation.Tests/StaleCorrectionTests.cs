namespace UprGraph.Curation.Tests;

public sealed class StaleCorrectionTests
{
    [Fact]
    public void Corrections_that_match_nothing_are_reported_with_their_lines_and_the_rest_is_applied()
    {
        // Arrange: ids an earlier extractor gave
        var yaml = $$"""
            merge:
              - {into: "law:RUR:code/old-penal", nodes: ["{{Ruritania.PenalCode2014}}"], why: "gone"}
            rename:
              - {node: "{{Ruritania.MediaLaw}}", name: "Law on the Media", why: "its title"}
            drop:
              - {edge: "CRITICIZES|stakeholder:hrw|law:RUR:law/press|{{Ruritania.Symbol}}|6", why: "gone"}
            retype:
              - {edge: "{{Ruritania.AiRepealsMedia}}", type: RECOMMENDS_REPEALING, why: "already so"}
            """;

        // Act
        var result = Curate.Ruritania(yaml);

        // Assert
        Assert.Equal("curation: curation.yaml, 1 applied, 3 stale", result.Summary);
        Assert.Equal([2, 6, 8], result.Stale.Select(s => s.Line));
        Assert.Equal("curation.yaml:2: stale merge: node 'law:RUR:code/old-penal' is not in the graph", result.Stale[0].ToString());
        Assert.Equal("Law on the Media", result.Graph[Ruritania.MediaLaw].Name);
        Assert.True(result.Graph.TryGetNode(Ruritania.PenalCode2014, out _));
    }

    [Fact]
    public void Renaming_a_node_a_merge_took_away_is_stale_and_says_where_it_went()
    {
        // Arrange
        var yaml = $$"""
            merge:
              - {into: "{{Ruritania.PenalCode}}", nodes: ["{{Ruritania.PenalCode2014}}"], why: "one code"}
            rename:
              - {node: "{{Ruritania.PenalCode2014}}", name: "Penal Code of 2014", why: "its title"}
            """;

        // Act
        var result = Curate.Ruritania(yaml);

        // Assert
        Assert.Equal($"curation.yaml:4: stale rename: node '{Ruritania.PenalCode2014}' was merged into '{Ruritania.PenalCode}'; name that node instead",
            Assert.Single(result.Stale).ToString());
        Assert.Equal("Penal Code", result.Graph[Ruritania.PenalCode].Name);
    }
}
