using System.Text.Json;

namespace UprGraph.Cli.Tests;

public sealed class EvalAndQueryTests
{
    private static string Gold => Path.Combine(CliRun.Root, "tests", "UprGraph.Cli.Tests", "Corpus", "seed-gold.json");

    [Fact]
    public async Task Eval_json_reports_precision_recall_and_f1_per_type_and_kind()
    {
        var run = await CliRun.RunAsync("eval", CliRun.Seed, "--gold", Gold, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("A/HRC/WG.6/34/KAZ/3", json.RootElement.GetProperty("document").GetString());
        var relations = json.RootElement.GetProperty("relations");
        foreach (var type in new[] { "all", "CRITICIZES", "RECOMMENDS_AMENDING", "RECOMMENDS_REPEALING", "RECOMMENDS_ADOPTING", "RECOMMENDS_RATIFYING" })
        {
            var score = relations.GetProperty(type);
            foreach (var field in new[] { "precision", "recall", "f1", "tp", "fp", "fn" })
            {
                Assert.True(score.TryGetProperty(field, out _), $"{type}.{field}");
            }
        }

        Assert.True(relations.GetProperty("all").GetProperty("f1").GetDouble() >= 0.90);
        Assert.True(relations.GetProperty("CRITICIZES").GetProperty("f1").GetDouble() >= 0.85);
        Assert.True(relations.GetProperty("RECOMMENDS_AMENDING").GetProperty("f1").GetDouble() >= 0.85);
        foreach (var kind in new[] { "stakeholders", "laws", "articles", "treaties", "issues" })
        {
            Assert.True(json.RootElement.GetProperty("entities").TryGetProperty(kind, out _), kind);
        }
    }

    [Fact]
    public async Task Query_top_laws_reads_the_built_graph()
    {
        var output = CliRun.TempFolder();
        await CliRun.RunAsync("build", CliRun.Seed, "--out", output, "-q", "--format", "json");

        var run = await CliRun.RunAsync("query", "top-laws", "--limit", "3", "--json", "--graph", Path.Combine(output, "graph.json"));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("Criminal Code", rows[0].GetProperty("name").GetString());
        Assert.True(rows[0].GetProperty("critics").GetInt32() >= rows[1].GetProperty("critics").GetInt32());
        Assert.Contains("AI", rows[0].GetProperty("criticNames").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task Query_without_a_built_graph_says_to_build_first()
    {
        var run = await CliRun.RunAsync("query", "top-laws", "--graph", Path.Combine(CliRun.TempFolder(), "graph.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("build", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_reviews_of_one_country_merge_their_laws_and_keep_joint_submissions_apart()
    {
        // Arrange: the seed and a later review of the same country (same text, another session)
        var input = CliRun.TempFolder();
        File.Copy(CliRun.Seed, Path.Combine(input, "first.txt"));
        var later = File.ReadAllText(CliRun.Seed).Replace("A/HRC/WG.6/34/KAZ/3", "A/HRC/WG.6/48/KAZ/3", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(input, "second.txt"), later);
        var output = CliRun.TempFolder();

        // Act
        var run = await CliRun.RunAsync("build", input, "--out", output, "-q", "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "graph.json")));
        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Single(nodes, n => n.GetProperty("kind").GetString() == "Law" && n.GetProperty("name").GetString() == "Criminal Code");
        Assert.Equal(2, nodes.Count(n => n.GetProperty("kind").GetString() == "Document"));
        Assert.Equal(2, nodes.Count(n => n.TryGetProperty("abbreviation", out var a) && a.GetString() == "JS7"));
        Assert.Single(nodes, n => n.TryGetProperty("abbreviation", out var a) && a.GetString() == "AI");
        var edges = json.RootElement.GetProperty("edges").EnumerateArray().ToList();
        var criminalCode = nodes.First(n => n.GetProperty("name").GetString() == "Criminal Code").GetProperty("id").GetString();
        var documents = edges.Where(e => e.GetProperty("target").GetString() == criminalCode && e.GetProperty("type").GetString() == "CRITICIZES")
            .Select(e => e.GetProperty("document").GetString()).Distinct().ToList();
        Assert.Equal(2, documents.Count);
    }
}
