namespace UprGraph.Tests.Fixtures;

/// <summary>
/// Examples of one rule, one per line, as Markdig's Specs: <c>input =&gt; expected</c>. Blank lines and lines
/// starting with '#' are comments. Each case carries its line number, so a failing case names where it stands.
/// </summary>
internal static class SpecFile
{
    public const string Arrow = " => ";

    public static TheoryData<int, string, string> Cases(string relativePath)
    {
        var data = new TheoryData<int, string, string>();
        var lines = File.ReadAllLines(RepositoryFiles.Output(relativePath));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var arrow = line.LastIndexOf(Arrow, StringComparison.Ordinal);
            if (arrow < 0)
            {
                throw new FormatException($"{relativePath}:{i + 1}: no '{Arrow.Trim()}' in a case line.");
            }

            data.Add(i + 1, line[..arrow].Trim(), line[(arrow + Arrow.Length)..].Trim());
        }

        if (data.Count == 0)
        {
            throw new FormatException($"{relativePath}: no cases.");
        }

        return data;
    }

    /// <summary>The fields of an expectation: "a | b | c".</summary>
    public static string[] Fields(string expected) => expected.Split('|', StringSplitOptions.TrimEntries);

    /// <summary>A field that may be empty ("-").</summary>
    public static string? Optional(string field) => field is "-" or "" ? null : field;
}
