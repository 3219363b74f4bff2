using System.Text.Json;

namespace UprGraph.Cli.Tests;

public sealed class BuildCommandTests
{
    [Fact]
    public async Task Build_writes_graph_json_with_the_fields_other_tools_rely_on()
    {
        // Arrange
        var output = CliRun.TempFolder();

        // Act
        var run = await CliRun.RunAsync("build", CliRun.Seed, "--out", output, "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "graph.json")));
        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var edges = json.RootElement.GetProperty("edges").EnumerateArray().ToList();
        Assert.All(nodes, n => Assert.True(n.TryGetProperty("id", out _) && n.TryGetProperty("kind", out _) && n.TryGetProperty("name", out _)));
        var article = nodes.First(n => n.GetProperty("kind").GetString() == "Article");
        Assert.True(article.TryGetProperty("law", out _) && article.TryGetProperty("number", out _));
        var criticism = edges.First(e => e.GetProperty("type").GetString() == "CRITICIZES");
        Assert.Equal("A/HRC/WG.6/34/KAZ/3", criticism.GetProperty("document").GetString());
        Assert.True(criticism.GetProperty("paragraph").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(criticism.GetProperty("evidence").GetString()));
        var unattributed = edges.First(e => e.TryGetProperty("unattributed", out var u) && u.GetBoolean());
        Assert.StartsWith("doc:", unattributed.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_prints_the_most_criticised_laws()
    {
        var run = await CliRun.RunAsync("build", CliRun.Seed, "--out", CliRun.TempFolder(), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Most criticised laws", run.Output, StringComparison.Ordinal);
        Assert.Contains("Criminal Code", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sequential_and_parallel_builds_write_identical_files()
    {
        // Arrange: a corpus of three documents of two countries
        var input = CliRun.TempFolder();
        File.Copy(CliRun.Seed, Path.Combine(input, "a.txt"));
        foreach (var dev in Directory.GetFiles(Path.Combine(CliRun.Root, "tests", "UprGraph.Cli.Tests", "Corpus"), "*.txt"))
        {
            File.Copy(dev, Path.Combine(input, Path.GetFileName(dev)));
        }

        var sequential = CliRun.TempFolder();
        var parallel = CliRun.TempFolder();

        // Act
        var one = await CliRun.RunAsync("build", input, "--out", sequential, "--jobs", "1", "-q");
        var many = await CliRun.RunAsync("build", input, "--out", parallel, "--jobs", "4", "-q");

        // Assert
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(0, many.ExitCode);
        foreach (var file in new[] { "graph.json", "graph.graphml", "graph.gexf", "report.md" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(sequential, file)), File.ReadAllBytes(Path.Combine(parallel, file)));
        }
    }

    [Fact]
    public async Task A_folder_with_a_bad_file_processes_the_good_ones_and_reports_the_bad_one()
    {
        // Arrange
        var input = CliRun.TempFolder();
        File.Copy(CliRun.Seed, Path.Combine(input, "good.txt"));
        File.WriteAllText(Path.Combine(input, "notes.txt"), "Shopping list.\nMilk, bread.\n");
        File.WriteAllBytes(Path.Combine(input, "broken.pdf"), [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00, 0x01]);
        var output = CliRun.TempFolder();

        // Act
        var run = await CliRun.RunAsync("build", input, "--out", output, "-q");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notes.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("broken.pdf", run.Error, StringComparison.Ordinal);
        Assert.Contains("A/HRC/WG.6/34/KAZ/3", File.ReadAllText(Path.Combine(output, "graph.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("binary")]
    [InlineData("prose")]
    [InlineData("missing")]
    public async Task Bad_input_gives_a_one_line_error_naming_the_file_and_writes_nothing(string kind)
    {
        // Arrange
        var folder = CliRun.TempFolder();
        var file = Path.Combine(folder, "input.txt");
        switch (kind)
        {
            case "":
                File.WriteAllText(file, "");
                break;
            case "binary":
                File.WriteAllBytes(file, Enumerable.Range(0, 512).Select(i => (byte)(i * 7 % 256)).ToArray());
                break;
            case "prose":
                File.WriteAllText(file, "It was a bright cold day in April, and the clocks were striking thirteen.\n");
                break;
        }

        var output = Path.Combine(folder, "out");

        // Act
        var run = await CliRun.RunAsync("build", file, "--out", output);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(file, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_failed_build_keeps_the_output_of_an_earlier_one()
    {
        var output = CliRun.TempFolder();
        await CliRun.RunAsync("build", CliRun.Seed, "--out", output, "-q", "--format", "json");
        var before = File.ReadAllBytes(Path.Combine(output, "graph.json"));
        var empty = Path.Combine(CliRun.TempFolder(), "empty.txt");
        File.WriteAllText(empty, "");

        var run = await CliRun.RunAsync("build", empty, "--out", output, "-q");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "graph.json")));
    }
}
