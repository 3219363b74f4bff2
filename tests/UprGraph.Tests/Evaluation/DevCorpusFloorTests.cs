using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Evaluation;

/// <summary>
/// Each gold document of ../shared scored as the reference scorer scores it, against a floor: the document's relation
/// F1 when the floor was last raised, rounded down to 0.02. A rule that drops any document below its floor fails here;
/// raise a floor whenever its document improves.
/// </summary>
public class DevCorpusFloorTests
{
    [Theory]
    [InlineData("seeds/000_de0f66b6cb9a8a0e.txt", "gold/seed-gold.json", 1.00)]
    [InlineData("dev-docs/A-HRC-WG.6-29-BRB-3.txt", "gold/BRB-29-gold.json", 0.96)]
    [InlineData("dev-docs/A-HRC-WG.6-32-AFG-3.txt", "gold/AFG-32-gold.json", 1.00)]
    [InlineData("dev-docs/A-HRC-WG.6-48-SVN-3.txt", "gold/SVN-48-gold.json", 1.00)]
    [InlineData("dev-docs/A-HRC-WG.6-52-PRY-3.txt", "gold/PRY-52-gold.json", 0.98)]
    public void Scores_each_gold_document_at_least_its_floor(string document, string gold, double floor) =>
        FloorAssert.AtLeast(SharedFiles.Path(document), SharedFiles.Path(gold), floor);

    [Fact]
    public void Lists_every_gold_document_of_the_shared_folder()
    {
        // Act
        var golds = Directory.EnumerateFiles(Path.Combine(SharedFiles.Root, "gold"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(SharedFiles.GoldDocuments.Select(g => Path.GetFileName(g.Gold)).Order(StringComparer.Ordinal), golds);
    }
}
