using System.Diagnostics;
using System.Text.Json;

namespace UprGraph.Cli.Tests;

/// <summary>
/// A curated document becomes gold: eval of the uncurated extraction against it lists exactly the curated differences
/// (the dropped edge as spurious, the added one as missed), and with the curation file it scores 1.0, in eval and in
/// the reference scorer shared/gold/score.py alike.
/// </summary>
public sealed class GoldRoundTripTests
{
    private static string ScorePy => Path.Combine(CliRun.Root, "..", "shared", "gold", "score.py");

    [Fact]
    public async Task Eval_against_a_curated_gold_lists_exactly_the_curated_differences_and_scores_one_with_the_curation()
    {
        // Arrange: the seed's first named criticism dropped; a recommendation to amend added where another criticism stands
        var folder = CliRun.TempFolder();
        var uncurated = Path.Combine(folder, "uncurated");
        await CliRun.RunAsync("build", CliRun.Seed, "--out", uncurated, "-q", "--format", "json", "--no-curation");
        var edges = Edges(Path.Combine(uncurated, "graph.json"));
        var criticisms = edges.Where(e => e.Type == "CRITICIZES" && !e.Unattributed).ToList();
        var dropped = criticisms[0];
        var host = criticisms.First(c => c.Paragraph != dropped.Paragraph && !edges.Any(e => e.Type == "RECOMMENDS_AMENDING" && e.Source == c.Source && e.Target == c.Target && e.Paragraph == c.Paragraph));
        var curation = Path.Combine(folder, "curation.yaml");
        await File.WriteAllTextAsync(curation, $"""
            drop:
              - {"{"}edge: "{dropped.Id}", why: "no problem is stated"{"}"}
            add:
              - type: RECOMMENDS_AMENDING
                source: "{host.Source}"
                target: "{host.Target}"
                document: A/HRC/WG.6/34/KAZ/3
                paragraph: {host.Paragraph}
                why: "it also asks for an amendment"
            """);
        var gold = Path.Combine(folder, "gold.json");

        // Act
        var written = await CliRun.RunAsync("gold", CliRun.Seed, "--curation", curation, "--out", gold);
        var plain = await CliRun.RunAsync("eval", CliRun.Seed, "--gold", gold, "--json", "--no-curation");
        var curated = await CliRun.RunAsync("eval", CliRun.Seed, "--gold", gold, "--json", "--curation", curation);

        // Assert: uncurated, one spurious (the dropped edge) and one missed (the added one)
        Assert.Equal(0, written.ExitCode);
        using var goldJson = JsonDocument.Parse(await File.ReadAllTextAsync(gold));
        var laws = goldJson.RootElement.GetProperty("laws").EnumerateArray().ToList();
        Assert.All(laws, l => Assert.True(l.TryGetProperty("draft", out _) && l.TryGetProperty("proposed", out _) && l.TryGetProperty("aliases", out _)));
        Assert.All(goldJson.RootElement.GetProperty("relations").EnumerateArray(), r => Assert.True(r.TryGetProperty("via", out _) && r.TryGetProperty("evidence", out _)));
        using var plainJson = JsonDocument.Parse(plain.Output);
        var missed = Keys(plainJson.RootElement.GetProperty("missed"));
        var spurious = Keys(plainJson.RootElement.GetProperty("spurious"));
        Assert.Equal([$"RECOMMENDS_AMENDING {host.Paragraph}"], missed);
        Assert.Equal([$"CRITICIZES {dropped.Paragraph}"], spurious);
        Assert.Equal(1, plainJson.RootElement.GetProperty("relations").GetProperty("all").GetProperty("fp").GetInt32());
        Assert.Equal(1, plainJson.RootElement.GetProperty("relations").GetProperty("all").GetProperty("fn").GetInt32());

        // ... and with the curation file, 1.0 for every relation type and entity kind that has any
        Assert.Contains("curation: " + curation + ", 2 applied, 0 stale", curated.Error, StringComparison.Ordinal);
        using var curatedJson = JsonDocument.Parse(curated.Output);
        AssertAllOne(curatedJson.RootElement);

        // ... and score.py agrees on the curated graph.json
        var curatedBuild = Path.Combine(folder, "curated");
        await CliRun.RunAsync("build", CliRun.Seed, "--out", curatedBuild, "-q", "--format", "json", "--curation", curation);
        using var reference = JsonDocument.Parse(ScoreReference(Path.Combine(curatedBuild, "graph.json"), gold));
        AssertAllOne(reference.RootElement);
        using var referencePlain = JsonDocument.Parse(ScoreReference(Path.Combine(uncurated, "graph.json"), gold));
        Assert.Equal((1, 1), (referencePlain.RootElement.GetProperty("relations").GetProperty("all").GetProperty("fp").GetInt32(),
            referencePlain.RootElement.GetProperty("relations").GetProperty("all").GetProperty("fn").GetInt32()));
    }

    private static void AssertAllOne(JsonElement report)
    {
        foreach (var group in new[] { "relations", "entities" })
        {
            foreach (var score in report.GetProperty(group).EnumerateObject().Where(s => s.Value.GetProperty("f1").ValueKind == JsonValueKind.Number))
            {
                Assert.True(score.Value.GetProperty("f1").GetDouble() == 1.0, $"{group}.{score.Name}: {score.Value}");
            }
        }
    }

    private static List<string> Keys(JsonElement relations) =>
        relations.EnumerateArray().Select(r => $"{r.GetProperty("type").GetString()} {r.GetProperty("paragraph").GetInt32()}").ToList();

    private static List<(string Id, string Type, string Source, string Target, int Paragraph, bool Unattributed)> Edges(string graph)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(graph));
        return json.RootElement.GetProperty("edges").EnumerateArray()
            .Where(e => e.TryGetProperty("paragraph", out _))
            .Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("type").GetString()!, e.GetProperty("source").GetString()!,
                e.GetProperty("target").GetString()!, e.GetProperty("paragraph").GetInt32(), e.TryGetProperty("unattributed", out _)))
            .OrderBy(e => e.Item5).ThenBy(e => e.Item1, StringComparer.Ordinal)
            .ToList();
    }

    private static string ScoreReference(string graph, string gold)
    {
        Assert.True(File.Exists(ScorePy), ScorePy + " is missing: the tests run with ../shared beside the repository.");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { ScorePy, graph, gold, "--json" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "score.py failed: " + error);
        return output;
    }
}
