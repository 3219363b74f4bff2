using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Evaluation;

/// <summary>
/// The blind summaries of Evaluation/Blind (written and annotated by sessions that never saw the extractor; see its
/// README) scored as the reference scorer scores them, each against a floor: its relation F1 when the floor was last
/// raised, rounded down to 0.02. They cover the four cycles and the four layouts of the genre beyond the dev documents.
/// </summary>
public class BlindCorpusFloorTests
{
    [Theory]
    [InlineData("A-HRC-WG.6-1-TUN-3", 0.90)]
    [InlineData("A-HRC-WG.6-10-NPL-3", 0.84)]
    [InlineData("A-HRC-WG.6-12-ZWE-3", 0.88)]
    [InlineData("A-HRC-WG.6-13-ECU-3", 0.84)]
    [InlineData("A-HRC-WG.6-21-KEN-3", 0.92)]
    [InlineData("A-HRC-WG.6-22-BLR-3", 0.96)]
    [InlineData("A-HRC-WG.6-26-UGA-3", 0.92)]
    [InlineData("A-HRC-WG.6-28-LKA-3", 0.86)]
    [InlineData("A-HRC-WG.6-31-NGA-3", 0.88)]
    [InlineData("A-HRC-WG.6-32-KHM-3", 0.82)]
    [InlineData("A-HRC-WG.6-32-VNM-3", 0.90)]
    [InlineData("A-HRC-WG.6-33-NIC-3", 0.92)]
    [InlineData("A-HRC-WG.6-35-TUR-3", 0.90)]
    [InlineData("A-HRC-WG.6-4-BGD-3", 0.86)]
    [InlineData("A-HRC-WG.6-41-IDN-3", 0.78)]
    [InlineData("A-HRC-WG.6-41-IND-3", 0.86)]
    [InlineData("A-HRC-WG.6-42-PAK-3", 0.94)]
    [InlineData("A-HRC-WG.6-44-AZE-3", 0.94)]
    [InlineData("A-HRC-WG.6-44-RUS-3", 0.92)]
    [InlineData("A-HRC-WG.6-48-EGY-3", 0.92)]
    [InlineData("A-HRC-WG.6-3-UZB-3", 0.88)]
    [InlineData("A-HRC-WG.6-13-PHL-3", 0.84)]
    [InlineData("A-HRC-WG.6-33-ETH-3", 0.92)]
    [InlineData("A-HRC-WG.6-25-TJK-3", 0.92)]
    [InlineData("A-HRC-WG.6-40-VEN-3", 0.82)]
    [InlineData("A-HRC-WG.6-4-JOR-3", 0.90)]
    [InlineData("A-HRC-WG.6-10-RWA-3", 0.74)]
    [InlineData("A-HRC-WG.6-16-COL-3", 0.74)]
    [InlineData("A-HRC-WG.6-30-CMR-3", 0.92)]
    [InlineData("A-HRC-WG.6-37-MMR-3", 0.90)]
    [InlineData("A-HRC-WG.6-4-MEX-3", 0.84)]
    [InlineData("A-HRC-WG.6-45-MYS-3", 0.86)]
    public void Scores_each_blind_document_at_least_its_floor(string name, double floor)
    {
        var folder = RepositoryFiles.Output(Path.Combine("Evaluation", "Blind"));
        FloorAssert.AtLeast(Path.Combine(folder, name + ".txt"), Path.Combine(folder, name + "-gold.json"), floor);
    }

    [Fact]
    public void Pairs_every_blind_document_with_its_gold()
    {
        // Act
        var folder = RepositoryFiles.Output(Path.Combine("Evaluation", "Blind"));
        var texts = Directory.EnumerateFiles(folder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);
        var golds = Directory.EnumerateFiles(folder, "*-gold.json").Select(f => Path.GetFileName(f)[..^"-gold.json".Length]).Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(texts, golds);
        Assert.Equal(32, texts.Count());
    }
}
