namespace UprGraph.Curation.Tests.Operations;

public sealed class RenameOperationTests
{
    [Fact]
    public void A_renamed_law_keeps_its_id_and_its_old_name_as_an_alias_and_its_articles_follow()
    {
        // Arrange
        var yaml = $$"""
            rename:
              - {node: "{{Ruritania.PenalCode}}", name: "Criminal Code", why: "The official translation says Criminal Code."}
            """;

        // Act
        var result = Curate.Ruritania(yaml);

        // Assert
        var law = result.Graph[Ruritania.PenalCode];
        Assert.Equal(("Criminal Code", true, "The official translation says Criminal Code."), (law.Name, law.Curated, law.Why));
        Assert.Equal(["Penal Code"], law.Aliases);
        Assert.Equal("article 174 (Criminal Code)", result.Graph[Ruritania.Article174].Name);
        Assert.Equal((1, 0), (result.Applied, result.Stale.Count));
    }
}
