using System.Text.Json;

namespace UprGraph.Cli.Tests;

/// <summary>A document whose numbered paragraphs do not run 1..N is built, with its warning in the summary, on its Document node and in the exit code.</summary>
public sealed class SegmentationWarningTests
{
    private static string Broken => Path.Combine(CliRun.Root, "tests", "UprGraph.Cli.Tests", "Documents", "A-HRC-WG.6-31-PER-3.txt");

    [Fact]
    public async Task Build_of_a_document_with_broken_numbering_writes_it_warns_and_exits_1()
    {
        // Arrange
        var output = CliRun.TempFolder();

        // Act
        var run = await CliRun.RunAsync("build", Broken, "--out", output);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("warning: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("A-HRC-WG.6-31-PER-3.txt (A/HRC/WG.6/31/PER/3): paragraph-sequence: paragraph 6 follows paragraph 3", run.Error, StringComparison.Ordinal);
        Assert.Contains("documents built with warnings", run.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "graph.json")));
        var document = json.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "Document");
        var warning = Assert.Single(document.GetProperty("warnings").EnumerateArray());
        Assert.Equal("paragraph-sequence", warning.GetProperty("code").GetString());
        Assert.Contains("paragraph-sequence: paragraph 6 follows paragraph 3", File.ReadAllText(Path.Combine(output, "graph.graphml")), StringComparison.Ordinal);
        Assert.Contains("paragraph-sequence: paragraph 6 follows paragraph 3", File.ReadAllText(Path.Combine(output, "graph.gexf")), StringComparison.Ordinal);
        Assert.Contains("paragraph-sequence: paragraph 6 follows paragraph 3", File.ReadAllText(Path.Combine(output, "neo4j-import", "nodes-Document.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_of_a_clean_document_has_no_warnings()
    {
        // Arrange
        var output = CliRun.TempFolder();

        // Act
        var run = await CliRun.RunAsync("build", CliRun.Seed, "--out", output, "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("warning", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\"warnings\"", File.ReadAllText(Path.Combine(output, "graph.json")), StringComparison.Ordinal);
    }
}
