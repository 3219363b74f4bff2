using System.Text.Json;

namespace UprGraph.Cli.Tests;

/// <summary>The curation file through the CLI, on the seed: the top-laws merge the issue asks for, picked at run time.</summary>
public sealed class CurationCommandTests
{
    [Fact]
    public async Task Merging_the_second_top_law_into_the_first_gives_the_first_the_union_of_critics_and_removes_the_second()
    {
        // Arrange: the uncurated ranking, and a curation file merging its second law into its first
        var uncurated = CliRun.TempFolder();
        await CliRun.RunAsync("build", CliRun.Seed, "--out", uncurated, "-q", "--format", "json", "--no-curation");
        var before = await TopLaws(uncurated);
        var (first, second) = (before[0], before[1]);
        var curation = Path.Combine(CliRun.TempFolder(), "curation.yaml");
        await File.WriteAllTextAsync(curation, $"""
            merge:
              - into: "{Id(first)}"
                nodes: ["{Id(second)}"]
                why: "One act under two names."
            """);
        var curated = CliRun.TempFolder();

        // Act
        var run = await CliRun.RunAsync("build", CliRun.Seed, "--out", curated, "--format", "json", "--curation", curation);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"curation: {curation}, 1 applied, 0 stale", run.Output, StringComparison.Ordinal);
        var after = await TopLaws(curated);
        Assert.DoesNotContain(after, r => Id(r) == Id(second));
        var merged = Assert.Single(after, r => Id(r) == Id(first));
        var union = Names(first).Union(Names(second)).Order(StringComparer.Ordinal);
        Assert.Equal(union, Names(merged).Order(StringComparer.Ordinal));
        Assert.Equal(Names(merged).Count, merged.GetProperty("critics").GetInt32());
    }

    [Fact]
    public async Task A_curation_yaml_in_the_working_directory_applies_and_its_stale_entries_are_shown_with_their_lines()
    {
        // Arrange
        var folder = CliRun.TempFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, "curation.yaml"), """
            # the extractor no longer gives these
            drop:
              - {edge: "CRITICIZES|stakeholder:nobody|law:KAZ:code/nothing|A/HRC/WG.6/34/KAZ/3|7", why: "gone"}
            """);

        // Act
        var run = await CliRun.RunInAsync(folder, "build", CliRun.Seed, "--out", Path.Combine(folder, "out"), "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"curation: {Path.Combine(folder, "curation.yaml")}, 0 applied, 1 stale", run.Output, StringComparison.Ordinal);
        Assert.Contains("curation.yaml:3: stale drop: edge 'CRITICIZES|stakeholder:nobody|", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_curation_ignores_the_working_directorys_file()
    {
        // Arrange
        var folder = CliRun.TempFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, "curation.yaml"), "drop:\n  - {edge: \"x\", why: \"y\"}\n");

        // Act
        var run = await CliRun.RunInAsync(folder, "build", CliRun.Seed, "--out", Path.Combine(folder, "out"), "--format", "json", "--no-curation");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("curation:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contradicting_curation_file_stops_the_build_with_both_lines()
    {
        // Arrange
        var curation = Path.Combine(CliRun.TempFolder(), "curation.yaml");
        await File.WriteAllTextAsync(curation, """
            rename:
              - {node: "law:KAZ:code/crimin", name: "Criminal Code of the Republic of Kazakhstan", why: "full title"}
              - {node: "law:KAZ:code/crimin", name: "Penal Code", why: "translation"}
            """);

        // Act
        var run = await CliRun.RunAsync("build", CliRun.Seed, "--out", CliRun.TempFolder(), "--curation", curation);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{curation}:3:5: renaming 'law:KAZ:code/crimin' a second time contradicts the entry at line 2", run.Error.Trim());
    }

    [Fact]
    public async Task Export_applies_the_curation_file_and_marks_what_it_changed()
    {
        // Arrange: the most criticised law, renamed
        var uncurated = CliRun.TempFolder();
        await CliRun.RunAsync("build", CliRun.Seed, "--out", uncurated, "-q", "--format", "json", "--no-curation");
        var id = Id((await TopLaws(uncurated))[0]);
        var folder = CliRun.TempFolder();
        var curation = Path.Combine(folder, "curation.yaml");
        await File.WriteAllTextAsync(curation, $$"""
            rename:
              - {node: "{{id}}", name: "Criminal Code of the Republic of Kazakhstan", why: "its full title"}
            """);

        // Act
        var run = await CliRun.RunAsync("export", "--format", "graphml", CliRun.Seed, "--out", folder, "--curation", curation);

        // Assert
        Assert.Equal(0, run.ExitCode);
        var graphml = await File.ReadAllTextAsync(Path.Combine(folder, "graph.graphml"));
        var law = graphml[graphml.IndexOf($"<node id=\"{id}\">", StringComparison.Ordinal)..];
        law = law[..law.IndexOf("</node>", StringComparison.Ordinal)];
        Assert.Contains("Criminal Code of the Republic of Kazakhstan", law, StringComparison.Ordinal);
        Assert.Contains("<data key=\"n_curated\">true</data>", law, StringComparison.Ordinal);
        Assert.Contains("<data key=\"n_why\">its full title</data>", law, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_of_a_graph_json_takes_no_curation_file()
    {
        // Act
        var run = await CliRun.RunAsync("load", "--graph", "graph.json", "--curation", "curation.yaml");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is used as it is", run.Error, StringComparison.Ordinal);
    }

    private static async Task<List<JsonElement>> TopLaws(string folder)
    {
        var run = await CliRun.RunAsync("query", "top-laws", "--limit", "1000", "--json", "--graph", Path.Combine(folder, "graph.json"));
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
    }

    private static string Id(JsonElement row) => row.GetProperty("id").GetString()!;

    private static List<string> Names(JsonElement row) => row.GetProperty("criticNames").EnumerateArray().Select(n => n.GetString()!).ToList();
}
