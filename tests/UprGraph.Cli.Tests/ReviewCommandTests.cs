using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace UprGraph.Cli.Tests;

public sealed partial class ReviewCommandTests
{
    [Fact]
    public async Task Review_lists_a_paragraphs_edges_beside_their_sentences_with_curated_edges_marked()
    {
        // Arrange: the seed's first two criticisms, one dropped and one retyped
        var edges = await SeedCriticisms();
        var (dropped, retyped) = (edges[0], edges.First(e => e.Paragraph != edges[0].Paragraph));
        var curation = Path.Combine(CliRun.TempFolder(), "curation.yaml");
        await File.WriteAllTextAsync(curation, $"""
            drop:
              - {"{"}edge: "{dropped.Id}", why: "no problem stated"{"}"}
            retype:
              - {"{"}edge: "{retyped.Id}", type: RECOMMENDS_AMENDING, why: "asks for an amendment"{"}"}
            """);

        // Act
        var run = await CliRun.RunAsync("review", CliRun.Seed, "--paragraph", retyped.Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture), "--curation", curation);

        // Assert: the retyped edge, starred, under its sentence, with the id curation entries name
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var at = lines.IndexOf("      " + retyped.Id);
        Assert.True(at > 0, run.Output);
        Assert.StartsWith("    * ", lines[at - 1], StringComparison.Ordinal);
        Assert.Contains(" RECOMMENDS_AMENDING ", lines[at - 1], StringComparison.Ordinal);
        Assert.Equal("      curated: asks for an amendment", lines[at + 1]);
        Assert.Contains(lines.Take(at), l => l.StartsWith($"  [{retyped.Sentence}] ", StringComparison.Ordinal));
        Assert.Contains($"paragraph {retyped.Paragraph}", lines);
        Assert.DoesNotContain(dropped.Id, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_pages_drop_entry_copied_into_a_curation_file_drops_the_edge()
    {
        // Arrange
        var edge = (await SeedCriticisms())[0];
        var folder = CliRun.TempFolder();
        var page = Path.Combine(folder, "review.html");
        await CliRun.RunAsync("review", CliRun.Seed, "--html", page, "--no-curation", "-q");
        var html = await File.ReadAllTextAsync(page);
        var item = html[html.IndexOf($"data-edge=\"{WebUtility.HtmlEncode(edge.Id)}\"", StringComparison.Ordinal)..];
        var snippet = WebUtility.HtmlDecode(DropSnippet().Match(item).Groups[1].Value);
        await File.WriteAllTextAsync(Path.Combine(folder, "curation.yaml"), snippet.Replace("<your reason>", "copied from the review page", StringComparison.Ordinal));
        var output = Path.Combine(folder, "out");

        // Act
        var run = await CliRun.RunInAsync(folder, "build", CliRun.Seed, "--out", output, "--format", "json");

        // Assert
        Assert.Contains("1 applied, 0 stale", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(edge.Id, await File.ReadAllTextAsync(Path.Combine(output, "graph.json")), StringComparison.Ordinal);
        Assert.Contains("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_entry_the_review_page_offers_applies_to_the_seed_and_changes_it()
    {
        // Arrange: the page of the uncurated seed, and the seed's graph the entries name
        var page = Path.Combine(CliRun.TempFolder(), "review.html");
        await CliRun.RunAsync("review", CliRun.Seed, "--html", page, "--no-curation", "-q");
        var html = await File.ReadAllTextAsync(page);
        var seed = new CorpusExtractor(new ExtractionPipelineBuilder().Build()).Extract([CliRun.Seed]).Graph;
        var snippets = AnySnippet().Matches(html).Select(m => (Kind: m.Groups[1].Value, Yaml: WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();

        // Act
        var results = snippets.Select(s => (s.Kind, Result: Curation.GraphCurator.Apply(
            seed, Curation.CurationReader.Read(new StringReader(s.Yaml.Replace("<your reason>", "a reason", StringComparison.Ordinal)), "curation.yaml")))).ToList();

        // Assert: one drop per edge with evidence, an attribution per unattributed edge, each entry applied and none stale
        var evidence = seed.Edges.Where(e => e.Evidence is not null).ToList();
        Assert.Equal(evidence.Count, results.Count(r => r.Kind == "drop"));
        Assert.Contains(evidence, e => e.Unattributed);
        Assert.Equal(evidence.Count(e => e.Unattributed), results.Count(r => r.Kind == "attribute"));
        Assert.Contains(results, r => r.Kind == "retype");
        Assert.All(results, r => Assert.Equal((1, 0), (r.Result.Applied, r.Result.Stale.Count)));
    }

    [Fact]
    public async Task Review_of_a_graph_with_several_documents_asks_which()
    {
        // Arrange
        var input = CliRun.TempFolder();
        File.Copy(CliRun.Seed, Path.Combine(input, "a.txt"));
        File.WriteAllText(Path.Combine(input, "b.txt"), File.ReadAllText(CliRun.Seed).Replace("A/HRC/WG.6/34/KAZ/3", "A/HRC/WG.6/48/KAZ/3", StringComparison.Ordinal));
        var output = CliRun.TempFolder();
        await CliRun.RunAsync("build", input, "--out", output, "-q", "--format", "json");

        // Act
        var run = await CliRun.RunAsync("review", "--graph", Path.Combine(output, "graph.json"));
        var chosen = await CliRun.RunAsync("review", "--graph", Path.Combine(output, "graph.json"), "--document", "A/HRC/WG.6/48/KAZ/3");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("choose one with --document (A/HRC/WG.6/34/KAZ/3, A/HRC/WG.6/48/KAZ/3)", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, chosen.ExitCode);
        Assert.StartsWith("A/HRC/WG.6/48/KAZ/3: ", chosen.Output, StringComparison.Ordinal);
    }

    private static async Task<List<(string Id, int Paragraph, int Sentence)>> SeedCriticisms()
    {
        var output = CliRun.TempFolder();
        await CliRun.RunAsync("build", CliRun.Seed, "--out", output, "-q", "--format", "json", "--no-curation");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "graph.json")));
        return json.RootElement.GetProperty("edges").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "CRITICIZES" && !e.TryGetProperty("unattributed", out _))
            .Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("paragraph").GetInt32(), e.GetProperty("sentence").GetInt32()))
            .OrderBy(e => e.Item2).ThenBy(e => e.Item3)
            .ToList();
    }

    [GeneratedRegex("<pre class=\"snippet drop\" id=\"s\\d+\">([^<]*)</pre>")]
    private static partial Regex DropSnippet();

    [GeneratedRegex("<pre class=\"snippet (drop|retype|attribute)\" id=\"s\\d+\"[^>]*>([^<]*)</pre>")]
    private static partial Regex AnySnippet();
}
