using System.Text;
using System.Text.Json;

namespace UprGraph.Cli.Tests;

public sealed class EncodingTests
{
    [Fact]
    public async Task A_utf8_file_with_a_stray_byte_is_built_with_a_warning_naming_the_file_and_line_and_exits_1()
    {
        // Arrange: the seed with one 0xFF byte at the start of its line 40
        var input = Path.Combine(CliRun.TempFolder(), "kaz.txt");
        var lines = File.ReadAllBytes(CliRun.Seed);
        var at = IndexOfLine(lines, 40);
        File.WriteAllBytes(input, [.. lines[..at], 0xFF, .. lines[at..]]);
        var output = CliRun.TempFolder();

        // Act
        var run = await CliRun.RunAsync("build", input, "--out", output, "--format", "json");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"warning: {input} (A/HRC/WG.6/34/KAZ/3): invalid-utf-8: line 40, column 1: 1 invalid UTF-8 byte sequence(s), the first 0xFF", run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "graph.json")));
        var document = json.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "Document");
        Assert.Equal("utf-8", document.GetProperty("encoding").GetString());
        Assert.Equal("invalid-utf-8", document.GetProperty("warnings")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_windows_1252_file_keeps_the_quoted_laws_of_the_utf8_one()
    {
        // Arrange
        var input = Path.Combine(CliRun.TempFolder(), "kaz.txt");
        File.WriteAllBytes(input, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(File.ReadAllText(CliRun.Seed)));
        var fromUtf8 = CliRun.TempFolder();
        var from1252 = CliRun.TempFolder();

        // Act
        var utf8 = await CliRun.RunAsync("query", "top-laws", "--json", "--limit", "50", "--graph", await Build(CliRun.Seed, fromUtf8));
        var windows = await CliRun.RunAsync("query", "top-laws", "--json", "--limit", "50", "--graph", await Build(input, from1252));

        // Assert
        Assert.Equal(utf8.Output, windows.Output);
        Assert.Contains("windows-1252", File.ReadAllText(Path.Combine(from1252, "graph.json")), StringComparison.Ordinal);
    }

    private static async Task<string> Build(string input, string output)
    {
        var run = await CliRun.RunAsync("build", input, "--out", output, "--format", "json", "-q");
        Assert.Equal(0, run.ExitCode);
        return Path.Combine(output, "graph.json");
    }

    private static int IndexOfLine(byte[] bytes, int line)
    {
        var at = 0;
        for (var l = 1; l < line; l++)
        {
            at = Array.IndexOf(bytes, (byte)'\n', at) + 1;
        }

        return at;
    }
}
