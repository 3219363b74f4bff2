using System.Text.Json;

namespace UprGraph.Cli.Tests;

/// <summary>The tool tried as a new user would: what README promises works.</summary>
public sealed class FrontDoorTests
{
    [Theory]
    [InlineData("html")]
    [InlineData("report-html")]
    public async Task Export_format_html_writes_the_html_report(string format)
    {
        // Arrange
        var output = CliRun.TempFolder();

        // Act
        var run = await CliRun.RunAsync("export", "--format", format, CliRun.Seed, "--out", output);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(Path.Combine(output, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_format_html_writes_only_the_html_report()
    {
        // Arrange
        var output = CliRun.TempFolder();

        // Act
        var run = await CliRun.RunAsync("build", CliRun.Seed, "--out", output, "--format", "html", "-q");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["report.html"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Build_with_no_input_and_no_seeds_folder_builds_the_embedded_seed_and_says_so()
    {
        // Arrange: a folder that has no seeds/
        var folder = CliRun.TempFolder();

        // Act
        var run = await CliRun.RunInAsync(folder, "build", "--out", Path.Combine(folder, "out"), "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("built the seed embedded in upr-graph, A/HRC/WG.6/34/KAZ/3 (Kazakhstan, session 34", run.Output, StringComparison.Ordinal);
        var built = await File.ReadAllTextAsync(Path.Combine(folder, "out", "graph.json"));
        var fromRepository = CliRun.TempFolder();
        await CliRun.RunAsync("build", CliRun.Seed, "--out", fromRepository, "--format", "json", "-q", "--no-curation");
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(fromRepository, "graph.json")), built);
    }

    [Fact]
    public async Task Top_stakeholders_heads_its_last_column_acts_addressed()
    {
        // Arrange
        var output = CliRun.TempFolder();
        await CliRun.RunAsync("build", CliRun.Seed, "--out", output, "-q", "--format", "json");

        // Act
        var run = await CliRun.RunAsync("query", "top-stakeholders", "--graph", Path.Combine(output, "graph.json"));

        // Assert
        Assert.Contains("Acts addressed", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Who", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Top_laws_json_gives_the_first_review_year_and_the_laws_own_year()
    {
        // Arrange
        var output = CliRun.TempFolder();
        await CliRun.RunAsync("build", CliRun.Seed, "--out", output, "-q", "--format", "json");

        // Act
        var run = await CliRun.RunAsync("query", "top-laws", "--limit", "1000", "--json", "--graph", Path.Combine(output, "graph.json"));

        // Assert
        var rows = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal(2019, r.GetProperty("firstReviewYear").GetInt32()));
        Assert.All(rows, r => Assert.False(r.TryGetProperty("firstYear", out _)));
        var graph = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "graph.json"))).RootElement;
        var years = graph.GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "Law" && n.TryGetProperty("year", out _))
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("year").GetInt32());
        Assert.Contains(rows, r => years.ContainsKey(r.GetProperty("id").GetString()!));
        Assert.All(rows, r => Assert.Equal(
            years.TryGetValue(r.GetProperty("id").GetString()!, out var year) ? year : null,
            r.TryGetProperty("year", out var given) ? given.GetInt32() : (int?)null));
    }
}
