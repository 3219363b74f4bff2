namespace UprGraph.Cli.Tests;

/// <summary><c>--vocabulary DIR</c> adds a researcher's word lists to the built-in ones for a run.</summary>
public sealed class VocabularyOptionTests
{
    private static string Document()
    {
        var folder = CliRun.TempFolder();
        var path = Path.Combine(folder, "A-HRC-WG.6-40-GHA-3.txt");
        File.WriteAllText(path, "I. Background\n1. The present report was prepared pursuant to resolutions 5/1 and 16/21.\n"
            + "II. Information provided by stakeholders\nA. National human rights framework\n"
            + "2. JS3 bemoaned that the Press Act criminalized defamation.2\n3. JS4 noted that the Labour Code excluded domestic workers.3\n");
        return path;
    }

    [Fact]
    public async Task A_reporting_verb_of_the_folder_names_its_subject_as_the_source()
    {
        // Arrange
        var lists = CliRun.TempFolder();
        File.WriteAllText(Path.Combine(lists, "reporting-verbs.txt"), "# verbs of my corpus\nbemoaned\n");
        var plain = CliRun.TempFolder();
        var extended = CliRun.TempFolder();

        // Act
        var before = await CliRun.RunAsync("build", Document(), "--out", plain, "--format", "json", "-q");
        var after = await CliRun.RunAsync("build", Document(), "--out", extended, "--format", "json", "-q", "--vocabulary", lists);

        // Assert
        Assert.Equal((0, 0), (before.ExitCode, after.ExitCode));
        Assert.DoesNotContain("#JS3\"", File.ReadAllText(Path.Combine(plain, "graph.json")).Split("\"edges\"")[1], StringComparison.Ordinal);
        Assert.Contains("\"source\": \"stakeholder:A/HRC/WG.6/40/GHA/3#JS3\"", File.ReadAllText(Path.Combine(extended, "graph.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_names_no_list_is_an_error_naming_it()
    {
        // Arrange
        var lists = CliRun.TempFolder();
        File.WriteAllText(Path.Combine(lists, "reportng-verbs.txt"), "bemoaned\n");

        // Act
        var run = await CliRun.RunAsync("build", Document(), "--out", CliRun.TempFolder(), "--vocabulary", lists);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("reportng-verbs.txt:1:1: not a vocabulary list", run.Error, StringComparison.Ordinal);
    }
}
