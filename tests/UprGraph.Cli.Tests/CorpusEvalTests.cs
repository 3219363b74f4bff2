using System.Text.Json;

namespace UprGraph.Cli.Tests;

/// <summary><c>upr-graph eval</c> over several documents: pairing by symbol, the corpus JSON, unpaired and duplicate inputs.</summary>
public sealed class CorpusEvalTests
{
    private static string Shared => Path.GetFullPath(Path.Combine(CliRun.Root, "..", "shared"));

    [Fact]
    public async Task Pairs_documents_and_gold_files_by_symbol_and_reports_micro_and_macro()
    {
        // Act
        var run = await CliRun.RunAsync("eval", Path.Combine(CliRun.Root, "seeds"), Path.Combine(Shared, "dev-docs"), "--gold", Path.Combine(Shared, "gold"), "--json");

        // Assert
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("document").GetString()).ToList();
        Assert.Equal(["A/HRC/WG.6/34/KAZ/3", "A/HRC/WG.6/29/BRB/3", "A/HRC/WG.6/32/AFG/3", "A/HRC/WG.6/48/SVN/3", "A/HRC/WG.6/52/PRY/3"], documents);
        var tp = json.RootElement.GetProperty("documents").EnumerateArray().Sum(d => d.GetProperty("relations").GetProperty("all").GetProperty("tp").GetInt32());
        Assert.Equal(tp, json.RootElement.GetProperty("micro").GetProperty("all").GetProperty("tp").GetInt32());
        var f1s = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("relations").GetProperty("all").GetProperty("f1").GetDouble()).ToList();
        Assert.Equal(f1s.Average(), json.RootElement.GetProperty("macro").GetProperty("all").GetProperty("f1").GetDouble(), 2);
        Assert.Empty(json.RootElement.GetProperty("unpaired").EnumerateArray());
    }

    [Fact]
    public async Task Warns_of_a_gold_file_without_its_document_and_exits_1()
    {
        // Act
        var run = await CliRun.RunAsync("eval", CliRun.Seed, "--gold", Path.Combine(Shared, "gold", "seed-gold.json"), Path.Combine(Shared, "gold", "BRB-29-gold.json"), "--json");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BRB-29-gold.json (A/HRC/WG.6/29/BRB/3): no document with this symbol", run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Single(json.RootElement.GetProperty("unpaired").EnumerateArray());
    }

    [Fact]
    public async Task Warns_of_a_document_without_its_gold_file_and_exits_1()
    {
        // Act
        var run = await CliRun.RunAsync("eval", CliRun.Seed, Path.Combine(Shared, "dev-docs", "A-HRC-WG.6-29-BRB-3.txt"), "--gold", Path.Combine(Shared, "gold", "seed-gold.json"));

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("A-HRC-WG.6-29-BRB-3.txt (A/HRC/WG.6/29/BRB/3): no gold file for this symbol", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_two_documents_with_one_symbol_as_a_usage_error()
    {
        // Act
        var run = await CliRun.RunAsync("eval", CliRun.Seed, Path.Combine(Shared, "seeds", "000_de0f66b6cb9a8a0e.txt"), "--gold", Path.Combine(Shared, "gold"));

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("documents with one symbol, A/HRC/WG.6/34/KAZ/3", run.Error, StringComparison.Ordinal);
    }
}
