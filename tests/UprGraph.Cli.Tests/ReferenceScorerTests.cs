using System.Diagnostics;
using System.Text.Json;

namespace UprGraph.Cli.Tests;

/// <summary>
/// <c>upr-graph eval</c> agrees with the reference scorer, <c>../shared/gold/score.py</c>, run on the graph.json that
/// <c>upr-graph build</c> writes for the same document: the same tp, fp and fn per relation type and entity kind, on the
/// seed and every development document. Fails (never skips) when ../shared or python3 is missing.
/// </summary>
public sealed class ReferenceScorerTests
{
    private static string Shared => Path.GetFullPath(Path.Combine(CliRun.Root, "..", "shared"));

    public static TheoryData<string, string> GoldDocuments => new()
    {
        { "seeds/000_de0f66b6cb9a8a0e.txt", "gold/seed-gold.json" },
        { "dev-docs/A-HRC-WG.6-29-BRB-3.txt", "gold/BRB-29-gold.json" },
        { "dev-docs/A-HRC-WG.6-32-AFG-3.txt", "gold/AFG-32-gold.json" },
        { "dev-docs/A-HRC-WG.6-48-SVN-3.txt", "gold/SVN-48-gold.json" },
        { "dev-docs/A-HRC-WG.6-52-PRY-3.txt", "gold/PRY-52-gold.json" },
    };

    [Theory]
    [MemberData(nameof(GoldDocuments))]
    public async Task Eval_gives_the_reference_scorers_counts(string document, string gold)
    {
        // Arrange
        var documentPath = Path.Combine(Shared, document);
        var goldPath = Path.Combine(Shared, gold);
        Assert.True(File.Exists(documentPath) && File.Exists(goldPath), $"../shared is missing {document} or {gold}");
        var output = CliRun.TempFolder();
        var build = await CliRun.RunAsync("build", documentPath, "--out", output, "-q", "--format", "json");
        Assert.Equal(0, build.ExitCode);

        // Act
        var reference = Python(Path.Combine(Shared, "gold", "score.py"), Path.Combine(output, "graph.json"), goldPath, "--json");
        var eval = await CliRun.RunAsync("eval", documentPath, "--gold", goldPath, "--json");

        // Assert
        Assert.Equal(0, eval.ExitCode);
        using var expected = JsonDocument.Parse(reference);
        using var actual = JsonDocument.Parse(eval.Output);
        foreach (var (group, names) in new[] { ("relations", Types), ("entities", Kinds) })
        {
            foreach (var name in names)
            {
                var want = Counts(expected.RootElement.GetProperty(group).GetProperty(name));
                var got = Counts(actual.RootElement.GetProperty(group).GetProperty(name));
                Assert.True(want == got, $"{document} {group}.{name}: score.py {want}, eval {got}");
                Assert.Equal(F1(expected.RootElement.GetProperty(group).GetProperty(name)), F1(actual.RootElement.GetProperty(group).GetProperty(name)), 3);
            }
        }
    }

    private static readonly string[] Types = ["all", "CRITICIZES", "RECOMMENDS_AMENDING", "RECOMMENDS_REPEALING", "RECOMMENDS_ADOPTING", "RECOMMENDS_RATIFYING"];

    private static readonly string[] Kinds = ["stakeholders", "laws", "articles", "treaties", "issues"];

    private static (int Tp, int Fp, int Fn) Counts(JsonElement score) =>
        (score.GetProperty("tp").GetInt32(), score.GetProperty("fp").GetInt32(), score.GetProperty("fn").GetInt32());

    private static double F1(JsonElement score) =>
        score.GetProperty("f1").ValueKind == JsonValueKind.Number ? score.GetProperty("f1").GetDouble() : -1;

    private static string Python(params string[] args)
    {
        var start = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"score.py exited {process.ExitCode}: {error}");
        return output.Result;
    }
}
