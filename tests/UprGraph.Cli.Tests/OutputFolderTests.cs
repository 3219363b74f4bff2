namespace UprGraph.Cli.Tests;

/// <summary>Output folders that cannot take the outputs: one line naming the path and the reason, exit 1, earlier outputs kept.</summary>
public sealed class OutputFolderTests
{
    [Fact]
    public async Task An_out_that_names_a_file_is_one_line_and_exit_1()
    {
        // Arrange
        var file = Path.Combine(CliRun.TempFolder(), "out");
        File.WriteAllText(file, "mine");

        // Act
        var run = await CliRun.RunAsync("build", CliRun.Seed, "--out", file, "-q");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: cannot write the outputs here: it is a file, not a folder", run.Error.TrimEnd());
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public async Task An_out_that_cannot_be_created_is_one_line_and_exit_1()
    {
        // Act: /sys refuses new folders to every user, root included
        var run = await CliRun.RunAsync("build", CliRun.Seed, "--out", "/sys/kernel/upr-graph-out", "-q");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^/sys/kernel/upr-graph-out: cannot write: [^\n]+\n$", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_folder_in_place_of_an_output_file_stops_the_build_before_it_writes_anything()
    {
        // Arrange
        var output = CliRun.TempFolder();
        Directory.CreateDirectory(Path.Combine(output, "graph.gexf"));

        // Act
        var run = await CliRun.RunAsync("build", CliRun.Seed, "--out", output, "-q");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{Path.Combine(output, "graph.gexf")}: cannot write this output: a folder of that name is in the way; move it or choose another --out", run.Error.TrimEnd());
        Assert.Equal(["graph.gexf"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_failed_build_keeps_the_earlier_build_and_the_other_files_of_the_folder()
    {
        // Arrange
        var output = CliRun.TempFolder();
        Assert.Equal(0, (await CliRun.RunAsync("build", CliRun.Seed, "--out", output, "-q")).ExitCode);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
        var before = Directory.GetFiles(output).ToDictionary(f => f, File.ReadAllBytes);
        Directory.Delete(Path.Combine(output, "neo4j-import"), recursive: true);
        File.WriteAllText(Path.Combine(output, "neo4j-import"), "in the way");
        var other = Path.Combine(CliRun.Root, "tests", "UprGraph.Cli.Tests", "Corpus", "A-HRC-WG.6-29-BRB-3.txt");

        // Act
        var run = await CliRun.RunAsync("build", other, "--out", output, "-q");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.All(before, b => Assert.Equal(b.Value, File.ReadAllBytes(b.Key)));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(output), e => Path.GetFileName(e).StartsWith(".upr-graph-tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_follows_the_same_rule()
    {
        // Arrange
        var output = CliRun.TempFolder();
        Directory.CreateDirectory(Path.Combine(output, "graph.graphml"));

        // Act
        var run = await CliRun.RunAsync("export", "--format", "graphml", CliRun.Seed, "--out", output, "-q");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(Path.Combine(output, "graph.graphml") + ": cannot write this output", run.Error, StringComparison.Ordinal);
    }
}
